using System.Text;

namespace ReportRules.Parsing.Document;

/// <summary>
/// Turns bytes into text: BOMs (UTF-8, UTF-16 LE/BE), BOM-less UTF-16 sniffed from NUL patterns, strict UTF-8,
/// UTF-8 with a few invalid bytes replaced by U+FFFD (one damaged byte must not turn a UTF-8 report into GB18030
/// mojibake; the caller reports the count as <c>PARSE-14</c>), BOM-less UTF-16 told by its content (Chinese text in
/// UTF-16 has no NUL bytes), then GB18030 (a superset of GBK and GB2312). Binary input is refused with a reason, never
/// an exception.
/// </summary>
internal static class InputDecoder
{
    static InputDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Gets the GB18030 encoding (code page 54936).</summary>
    public static Encoding Gb18030 { get; } = CreateGb18030();

    /// <summary>At most one invalid byte sequence per this many well-formed multi-byte characters is "rare": UTF-8 with replacement.</summary>
    internal const int RareInvalidRatio = 50;

    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string encodingName, out string? error) =>
        TryDecode(bytes, out text, out encodingName, out _, out error);

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="replaced"/> counts invalid UTF-8 sequences shown as U+FFFD.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string encodingName, out int replaced, out string? error)
    {
        replaced = 0;
        text = string.Empty;
        encodingName = string.Empty;
        error = null;
        if (bytes.IsEmpty)
        {
            error = "the input is empty";
            return false;
        }

        if (bytes.StartsWith("\xEF\xBB\xBF"u8))
        {
            return Finish(new UTF8Encoding(false, false).GetString(bytes[3..]), "utf-8 (BOM)", out text, out encodingName, out error);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return Finish(Encoding.Unicode.GetString(bytes[2..]), "utf-16le (BOM)", out text, out encodingName, out error);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return Finish(Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be (BOM)", out text, out encodingName, out error);
        }

        // BOM-less UTF-16: NULs concentrated on one byte parity (ASCII and CJK punctuation in UTF-16 have them).
        var sample = bytes[..Math.Min(bytes.Length, 4096)];
        int evenNul = 0, oddNul = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            if (sample[i] == 0)
            {
                if (i % 2 == 0)
                {
                    evenNul++;
                }
                else
                {
                    oddNul++;
                }
            }
        }

        var half = sample.Length / 2;
        if (half > 0 && oddNul > half / 4 && evenNul < oddNul / 8)
        {
            return Finish(Encoding.Unicode.GetString(bytes), "utf-16le", out text, out encodingName, out error);
        }

        if (half > 0 && evenNul > half / 4 && oddNul < evenNul / 8)
        {
            return Finish(Encoding.BigEndianUnicode.GetString(bytes), "utf-16be", out text, out encodingName, out error);
        }

        // Chinese text in UTF-16 has NULs in its few ASCII characters (digits, line breaks) and in 一 (U+4E00) and the
        // like: too few for the parity test above, so let the content decide (binary data does not read as text).
        if (evenNul + oddNul > 0 && TryUtf16ByContent(bytes, null, out var utf16, out var utf16Name))
        {
            return Finish(utf16, utf16Name, out text, out encodingName, out error);
        }

        if (evenNul + oddNul > 0)
        {
            error = "the input is binary (it contains NUL bytes) and no known text encoding fits";
            return false;
        }

        try
        {
            return Finish(new UTF8Encoding(false, true).GetString(bytes), "utf-8", out text, out encodingName, out error);
        }
        catch (DecoderFallbackException)
        {
            // Not strict UTF-8: a few damaged bytes in UTF-8 text, UTF-16 without a BOM, or GB18030.
        }

        var (invalid, wellFormed) = Utf8Damage(bytes);
        if (invalid > 0 && (long)invalid * RareInvalidRatio <= wellFormed)
        {
            replaced = invalid;
            return Finish(new UTF8Encoding(false, false).GetString(bytes), "utf-8 (invalid bytes replaced)", out text, out encodingName, out error);
        }

        // GB18030 decodes every byte sequence, so compare it with UTF-16 by how much of each reads as Chinese text.
        var gb = Gb18030.GetString(bytes);
        if (TryUtf16ByContent(bytes, TextScore(gb), out var wide, out var wideName))
        {
            return Finish(wide, wideName, out text, out encodingName, out error);
        }

        return Finish(gb, "gb18030", out text, out encodingName, out error);
    }

    /// <summary>UTF-16 (LE, then BE) when nearly all of it reads as text, and better than <paramref name="rival"/>'s score.</summary>
    private static bool TryUtf16ByContent(ReadOnlySpan<byte> bytes, double? rival, out string text, out string name)
    {
        text = string.Empty;
        name = string.Empty;
        if (bytes.Length < 4)
        {
            return false;
        }

        var even = bytes[..(bytes.Length & ~1)];
        foreach (var (encoding, encodingName) in new[] { (Encoding.Unicode, "utf-16le"), (Encoding.BigEndianUnicode, "utf-16be") })
        {
            // A sample first, so GB18030 text is not decoded twice more in full only to be turned down.
            if (TextScore(encoding.GetString(even[..Math.Min(even.Length, 1 << 16)])) < 0.9)
            {
                continue;
            }

            var decoded = encoding.GetString(even);
            var score = TextScore(decoded);
            if (score >= 0.9 && (rival is null || score > rival))
            {
                text = decoded;
                name = encodingName;
                return true;
            }
        }

        return false;
    }

    /// <summary>Invalid UTF-8 sequences and well-formed multi-byte characters, one linear pass.</summary>
    internal static (int Invalid, long WellFormed) Utf8Damage(ReadOnlySpan<byte> bytes)
    {
        var invalid = 0;
        long wellFormed = 0;
        var rest = bytes;
        while (!rest.IsEmpty)
        {
            var status = System.Text.Rune.DecodeFromUtf8(rest, out var rune, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                if (rune.Value >= 0x80)
                {
                    wellFormed++;
                }
            }
            else
            {
                invalid++;
            }

            rest = rest[Math.Max(1, consumed)..];
        }

        return (invalid, wellFormed);
    }

    /// <summary>The share of characters that read as Chinese or ASCII text (CJK ideographs, CJK punctuation, full-width forms, printable ASCII, line breaks).</summary>
    internal static double TextScore(string text)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        var good = 0;
        foreach (var c in text)
        {
            if ((c >= ' ' && c < '\u007F') || c is '\n' or '\r' or '\t'
                || (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFFEF')
                || (c >= '\u2010' && c <= '\u2027'))
            {
                good++;
            }
        }

        return (double)good / text.Length;
    }

    private static bool Finish(string decoded, string name, out string text, out string encodingName, out string? error)
    {
        text = decoded;
        encodingName = name;
        error = null;
        var control = 0;
        var replacement = 0;
        foreach (var c in decoded)
        {
            if (c < ' ' && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                control++;
            }
            else if (c == '\uFFFD')
            {
                replacement++;
            }
        }

        if (decoded.Length > 0 && (control + replacement) * 20 > decoded.Length)
        {
            error = $"the input does not look like text (decoded as {name}, {control + replacement} of {decoded.Length} characters are control or undecodable characters)";
            return false;
        }

        if (decoded.AsSpan().Trim().IsEmpty)
        {
            error = "the input holds no text (only white space)";
            return false;
        }

        return true;
    }

    private static Encoding CreateGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936);
    }
}
