using System.Globalization;
using ReportRules.Tests.TestSupport;

namespace ReportRules.Benchmarks;

/// <summary>
/// <c>generate DIR COUNT [ERROR_PERCENT]</c>: writes the synthetic corpus (the one the correctness test checks) to
/// DIR: <c>NAME.txt</c> / <c>NAME.md</c>, and beside each <c>NAME.expected</c> with the rule ids of its expected
/// findings, one per line, sorted.
/// </summary>
internal static class GenerateCommand
{
    public static int Run(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: generate DIR COUNT [ERROR_PERCENT]");
            return 2;
        }

        var directory = args[0];
        var count = int.Parse(args[1], CultureInfo.InvariantCulture);
        var errorPercent = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10;
        Directory.CreateDirectory(directory);
        var errors = 0;
        for (var i = 0; i < count; i++)
        {
            var item = SyntheticCorpus.Case(i, errorPercent);
            var extension = item.Layout == TextLayout.Markdown ? ".md" : ".txt";
            File.WriteAllText(Path.Combine(directory, item.Name + extension), item.Text);
            File.WriteAllLines(Path.Combine(directory, item.Name + ".expected"), item.ExpectedRuleIds);
            errors += item.InjectedCell is null ? 0 : 1;
        }

        Console.WriteLine(FormattableString.Invariant($"{count} reports in {directory}, {errors} with an injected error"));
        return 0;
    }
}
