using System.Text;

namespace ReportRules.Parsing.Document;

/// <summary>
/// Turns bytes into text: BOMs (UTF-8, UTF-16 LE/BE), BOM-less UTF-16 sniffed from NUL patterns, strict UTF-8,
/// then GB18030 (a superset of GBK and GB2312). Binary input is refused with a reason, never an exception.
/// </summary>
internal static class InputDecoder
{
    static InputDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Gets the GB18030 encoding (code page 54936).</summary>
    public static Encoding Gb18030 { get; } = CreateGb18030();

    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string encodingName, out string? error)
    {
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
            // Not UTF-8: GB18030 decodes every byte sequence, so judge the result by its share of control characters.
        }

        return Finish(Gb18030.GetString(bytes), "gb18030", out text, out encodingName, out error);
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
