using System.IO.Compression;
using ReportRules.Parsing;

namespace ReportRules.Documents;

/// <summary>Tells the format of an input from its bytes, not its name (the core's sniffer, plus the zip check).</summary>
internal static class FormatSniffer
{
    public static DocumentKind Sniff(ReadOnlySpan<byte> bytes) => InputSniffer.Sniff(bytes) switch
    {
        InputKind.Pdf => DocumentKind.Pdf,
        InputKind.Html => DocumentKind.Html,
        InputKind.Zip => DocumentKind.Unknown, // decided by IsDocx, which needs the whole package
        _ => DocumentKind.Text,
    };

    /// <summary>Whether a zip package is a Word document (has <c>word/document.xml</c>).</summary>
    public static bool IsDocx(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        return zip.Entries.Any(e => string.Equals(e.FullName, "word/document.xml", StringComparison.OrdinalIgnoreCase));
    }
}
