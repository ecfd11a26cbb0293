using System.Globalization;
using ReportRules.Findings;
using ReportRules.Model;
using ReportRules.Parsing.Document;
using ReportRules.Rules;

namespace ReportRules.Parsing;

/// <summary>
/// Reads published report text (web-page text, Markdown from PDF, OCR output, PDF text layers) into an
/// <see cref="AnnualReport"/>. Never throws on bad input: problems are <c>PARSE-n</c> diagnostics.
/// </summary>
public static class ReportParser
{
    /// <summary>Parses report text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="source">A name for the source, shown in findings.</param>
    /// <param name="options">Options; <see langword="null"/> for the defaults.</param>
    /// <returns>The parse result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseResult ParseText(string text, string? source = null, ReportParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= ReportParserOptions.Default;
        if (text.AsSpan().Trim().IsEmpty)
        {
            return Unreadable(source, "the input holds no text", "输入没有文字内容。");
        }

        return ReadText(text, source, options, []);
    }

    /// <summary>Parses report bytes from a stream (encoding sniffed: UTF-8 with or without BOM, UTF-16, GB18030/GBK).</summary>
    /// <param name="stream">The stream; read to its end or to the size limit.</param>
    /// <param name="source">A name for the source, shown in findings.</param>
    /// <param name="options">Options; <see langword="null"/> for the defaults.</param>
    /// <returns>The parse result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static ParseResult Parse(Stream stream, string? source = null, ReportParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= ReportParserOptions.Default;
        byte[] bytes;
        try
        {
            if (!TryReadAll(stream, options.MaxInputBytes, out bytes))
            {
                return Unreadable(
                    source,
                    $"the input is larger than the limit of {options.MaxInputBytes} bytes",
                    $"输入超过 {options.MaxInputBytes} 字节的限制。",
                    RuleIds.Parse8);
            }
        }
        catch (IOException ex)
        {
            return Unreadable(source, $"the input could not be read: {ex.Message}", $"输入无法读取：{ex.Message}");
        }

        return ParseBytes(bytes, source, options);
    }

    /// <summary>Parses a report file.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">Options; <see langword="null"/> for the defaults.</param>
    /// <returns>The parse result; a missing or unreadable file is an unreadable result naming the file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static ParseResult ParseFile(string path, ReportParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            // Unbuffered: the whole file is read in one call into an array of its size (a FileStream buffer would be 64 KB of garbage).
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            return Parse(stream, path, options);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Unreadable(path, $"{path}: the file could not be opened: {ex.Message}", $"{path}：文件无法打开：{ex.Message}");
        }
    }

    internal static ParseResult ParseBytes(byte[] bytes, string? source, ReportParserOptions options)
    {
        if (!InputDecoder.TryDecode(bytes, out var text, out _, out var replaced, out var error))
        {
            return Unreadable(source, error!, "输入不是可识别的文本：" + error);
        }

        return ReadText(text, source, options, replaced > 0 ? [InvalidBytesReplaced(replaced)] : []);
    }

    internal static ParseResult ReadText(string text, string? source, ReportParserOptions options, List<Finding> diagnostics, TextLayoutTrace? trace = null)
    {
        var lines = new List<DocLine>();
        var lineNumber = 0;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            lineNumber++;
            if (lineNumber > options.MaxLines)
            {
                diagnostics.Add(Diagnostic(RuleIds.Parse8, $"only the first {options.MaxLines} lines were read", $"只读取了前 {options.MaxLines} 行。", null));
                break;
            }

            var line = text[start..end].TrimEnd('\r');
            lines.Add(new DocLine(line, new SourceLocation(lineNumber, 1)));
            start = end + 1;
        }

        return ReportReader.Read(lines, source, options, diagnostics, trace);
    }

    /// <summary>PARSE-14: the UTF-8 text had a few invalid byte sequences, read as U+FFFD.</summary>
    internal static Finding InvalidBytesReplaced(int count) => Diagnostic(
        RuleIds.Parse14,
        $"{count.ToString(CultureInfo.InvariantCulture)} invalid UTF-8 byte sequence(s) were replaced by U+FFFD (\uFFFD); the rest of the text is UTF-8",
        $"{count.ToString(CultureInfo.InvariantCulture)} 处无效的 UTF-8 字节已替换为 U+FFFD（\uFFFD），其余文字按 UTF-8 读取。",
        null);

    internal static Finding Diagnostic(string ruleId, string en, string zh, SourceLocation? location, string? evidence = null)
    {
        var rule = RuleCatalog.Find(ruleId);
        return new Finding(ruleId, rule?.Severity ?? FindingSeverity.Warning, "Parse", new Dictionary<string, string> { ["detailEn"] = en, ["detailZh"] = zh }, [])
        {
            Location = location,
            Evidence = evidence,
        };
    }

    internal static ParseResult Unreadable(string? source, string en, string zh, string ruleId = RuleIds.Parse1)
    {
        var named = source is null || en.StartsWith(source, StringComparison.Ordinal) ? en : $"{source}: {en}";
        return ParseResult.Unreadable(source, named, [Diagnostic(ruleId, named, zh, null)]);
    }

    /// <summary>
    /// Reads a stream to its end unless it holds more than <paramref name="limit"/> bytes. A seekable stream whose
    /// remaining length is already over the limit is refused before a byte is read (a 200 MB file costs nothing);
    /// otherwise the buffer starts at the reported length and reading still goes to the real end, since pipes,
    /// devices and virtual files may report a length of 0.
    /// </summary>
    internal static bool TryReadAll(Stream stream, long limit, out byte[] bytes)
    {
        bytes = [];
        var expected = 0L;
        if (stream.CanSeek)
        {
            expected = Math.Max(0, stream.Length - stream.Position);
            if (expected > limit)
            {
                return false;
            }
        }

        // The common case, a file of known length: read straight into an array of that size (no chunk buffer, no
        // MemoryStream, no final copy), then check with one more read that the stream really ended there.
        var exact = new byte[Math.Min(expected, Array.MaxLength)];
        var filled = 0;
        int read;
        while (filled < exact.Length && (read = stream.Read(exact, filled, exact.Length - filled)) > 0)
        {
            filled += read;
        }

        if (filled < exact.Length)
        {
            bytes = exact[..filled];
            return true;
        }

        var next = stream.ReadByte();
        if (next < 0)
        {
            bytes = exact;
            return true;
        }

        // The stream is longer than it said (a pipe, a device, a growing file): go on in chunks up to the limit.
        using var buffer = new MemoryStream((int)Math.Min(Math.Max(expected * 2, 1 << 16), int.MaxValue / 2));
        buffer.Write(exact, 0, filled);
        buffer.WriteByte((byte)next);
        if (buffer.Length > limit)
        {
            return false;
        }

        var chunk = new byte[1 << 16];
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return false;
            }

            buffer.Write(chunk, 0, read);
        }

        bytes = buffer.ToArray();
        return true;
    }
}
