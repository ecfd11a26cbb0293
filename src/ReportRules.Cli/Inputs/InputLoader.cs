using ReportRules.Parsing;

namespace ReportRules.Cli.Inputs;

/// <summary>
/// THE one place where an input becomes a <see cref="ParseResult"/>. Every format goes through the text parser
/// for now; when the ReportRules.Documents package (HTML, DOCX, PDF readers) lands, swap the body here.
/// </summary>
internal static class InputLoader
{
    public static ParseResult Load(InputItem item, ReportParserOptions options, CliHost host)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.IsStandardInput)
        {
            using var stdin = host.OpenStandardInput();
            return ReportParser.Parse(stdin, InputItem.StandardInputName, options);
        }

        return ReportParser.ParseFile(item.Path ?? throw new InvalidOperationException("An unusable input has nothing to load."), options);
    }
}
