namespace ReportRules.Cli;

/// <summary>Entry point of the reportrules tool (the commands arrive with the CLI issue).</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        Console.Error.WriteLine("usage: reportrules check <input>... | parse <input> | rules");
        return args.Length == 0 ? 64 : 64;
    }
}
