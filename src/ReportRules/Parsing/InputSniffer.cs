using System.Text;

namespace ReportRules.Parsing;

/// <summary>What an input is, told from its first bytes (not its name).</summary>
internal enum InputKind
{
    Text,
    Pdf,
    Zip,
    Html,
}

/// <summary>
/// Tells the format of an input from its bytes: the core uses it to name the package that reads a published format,
/// ReportRules.Documents to choose its reader.
/// </summary>
internal static class InputSniffer
{
    private static readonly string[] HtmlMarkers = ["<!doctype html", "<html", "<table", "<head", "<body", "<meta", "<div", "<p>", "<p "];

    public static InputKind Sniff(ReadOnlySpan<byte> bytes)
    {
        // "%PDF-" at the start only (after white space at most): a text report quoting "%PDF-" is still text.
        if (bytes.TrimStart(" \t\r\n\f\0"u8).StartsWith("%PDF-"u8))
        {
            return InputKind.Pdf;
        }

        if (bytes.StartsWith("PK\x03\x04"u8))
        {
            return InputKind.Zip;
        }

        var head = DecodeHead(bytes[..Math.Min(bytes.Length, 4096)]).TrimStart().ToLowerInvariant();
        if (head.StartsWith("<?xml", StringComparison.Ordinal) && head.Contains("<html", StringComparison.Ordinal))
        {
            return InputKind.Html;
        }

        foreach (var marker in HtmlMarkers)
        {
            if (head.StartsWith(marker, StringComparison.Ordinal) || head.StartsWith("<!--", StringComparison.Ordinal))
            {
                return InputKind.Html;
            }
        }

        // A page saved with some leading text: still HTML when it has a html/table element early on.
        return head.Contains("<html", StringComparison.Ordinal) || head.Contains("<table", StringComparison.Ordinal)
            ? InputKind.Html
            : InputKind.Text;
    }

    private static string DecodeHead(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("\xFF\xFE"u8))
        {
            return Encoding.Unicode.GetString(head[2..]);
        }

        if (head.StartsWith("\xFE\xFF"u8))
        {
            return Encoding.BigEndianUnicode.GetString(head[2..]);
        }

        // ASCII markup reads the same in UTF-8 and GB18030; the BOM is skipped by TrimStart after decoding.
        return Encoding.UTF8.GetString(head).TrimStart('\uFEFF');
    }
}
