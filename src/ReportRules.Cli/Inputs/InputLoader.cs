using ReportRules.Documents;
using ReportRules.Parsing;

namespace ReportRules.Cli.Inputs;

/// <summary>
/// THE one place where an input becomes a <see cref="ParseResult"/>: the document parser sniffs HTML, DOCX,
/// PDF and text by content and sends every format through the same table logic.
/// </summary>
internal static class InputLoader
{
    public static ParseResult Load(InputItem item, ReportParserOptions options, CliHost host)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.IsStandardInput)
        {
            using var stdin = host.OpenStandardInput();
            return DocumentParser.Parse(stdin, InputItem.StandardInputName, new DocumentParserOptions { Parser = options });
        }

        return DocumentParser.ParseFile(item.Path ?? throw new InvalidOperationException("An unusable input has nothing to load."), new DocumentParserOptions { Parser = options });
    }
}
