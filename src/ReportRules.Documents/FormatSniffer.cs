using System.IO.Compression;
using System.Text;

namespace ReportRules.Documents;

/// <summary>Tells the format of an input from its bytes, not its name.</summary>
internal static class FormatSniffer
{
    private static readonly string[] HtmlMarkers = ["<!doctype html", "<html", "<table", "<head", "<body", "<meta", "<div", "<p>", "<p "];

    public static DocumentKind Sniff(ReadOnlySpan<byte> bytes)
    {
        // "%PDF-" at the start only (after white space at most): a text report quoting "%PDF-" is still text.
        if (bytes.TrimStart(" \t\r\n\f\0"u8).StartsWith("%PDF-"u8))
        {
            return DocumentKind.Pdf;
        }

        if (bytes.StartsWith("PK\x03\x04"u8))
        {
            return DocumentKind.Unknown; // decided by SniffZip, which needs the whole package
        }

        var head = DecodeHead(bytes[..Math.Min(bytes.Length, 4096)]).TrimStart().ToLowerInvariant();
        if (head.StartsWith("<?xml", StringComparison.Ordinal) && head.Contains("<html", StringComparison.Ordinal))
        {
            return DocumentKind.Html;
        }

        foreach (var marker in HtmlMarkers)
        {
            if (head.StartsWith(marker, StringComparison.Ordinal) || head.StartsWith("<!--", StringComparison.Ordinal))
            {
                return DocumentKind.Html;
            }
        }

        // A page saved with some leading text: still HTML when it has a html/table element early on.
        return head.Contains("<html", StringComparison.Ordinal) || head.Contains("<table", StringComparison.Ordinal)
            ? DocumentKind.Html
            : DocumentKind.Text;
    }

    /// <summary>Whether a zip package is a Word document (has <c>word/document.xml</c>).</summary>
    public static bool IsDocx(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        return zip.Entries.Any(e => string.Equals(e.FullName, "word/document.xml", StringComparison.OrdinalIgnoreCase));
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
