using System.IO.Compression;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace ReportRules.Documents.Pdf;

/// <summary>
/// Caps what PdfPig may decompress for one document: a stream may inflate to at most
/// <see cref="DocumentParserOptions.MaxPdfStreamBytes"/>, all streams together to at most
/// <see cref="DocumentParserOptions.MaxPdfDocumentBytes"/>. A Flate stream is first inflated into a small scratch
/// buffer only to count its size, so a decompression bomb (4.7 MB inflating to 1.5 GB) is stopped after the cap, before
/// PdfPig allocates its output; every other filter's output is counted against the document budget after decoding.
/// Once a cap is passed every further decode fails at once and <see cref="Exceeded"/> holds the reason: PdfPig's
/// lenient parsing may swallow the exception, so the reader checks <see cref="Exceeded"/> itself.
/// </summary>
internal sealed class PdfStreamBudget : IFilterProvider
{
    private readonly IFilterProvider inner = DefaultFilterProvider.Instance;
    private readonly long maxStream;
    private readonly long maxDocument;
    private long used;

    public PdfStreamBudget(long maxStreamBytes, long maxDocumentBytes)
    {
        maxStream = maxStreamBytes;
        maxDocument = maxDocumentBytes;
    }

    /// <summary>Gets the reason the budget was exceeded, or null while it holds.</summary>
    public string? Exceeded { get; private set; }

    /// <summary>Gets the bytes decoded so far (for tests and the limits document).</summary>
    public long Used => Interlocked.Read(ref used);

    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Wrap(inner.GetFilters(dictionary));

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Wrap(inner.GetNamedFilters(names));

    public IReadOnlyList<IFilter> GetAllFilters() => Wrap(inner.GetAllFilters());

    /// <summary>The bytes a zlib/deflate stream inflates to, counted up to <paramref name="stop"/> (then stop + 1).</summary>
    internal static long InflatedLength(ReadOnlyMemory<byte> input, long stop)
    {
        // PdfPig skips the two zlib header bytes and inflates raw deflate; count the same way, and from the first byte
        // too in case a stream has no header, taking the larger: the check must never count less than PdfPig decodes.
        var skipped = input.Length > 2 ? Count(input[2..], stop) : 0;
        return skipped > stop ? skipped : Math.Max(skipped, Count(input, stop));
    }

    private static long Count(ReadOnlyMemory<byte> input, long stop)
    {
        var scratch = new byte[1 << 16];
        long total = 0;
        try
        {
            using var deflate = new DeflateStream(new ReadOnlyMemoryStream(input), CompressionMode.Decompress);
            int read;
            while ((read = deflate.Read(scratch, 0, scratch.Length)) > 0)
            {
                total += read;
                if (total > stop)
                {
                    return total;
                }
            }
        }
        catch (InvalidDataException)
        {
            // Corrupt data: what was inflated before the error is what a tolerant decoder yields.
        }

        return total;
    }

    private List<IFilter> Wrap(IReadOnlyList<IFilter> filters) => [.. filters.Select(f => (IFilter)new BudgetedFilter(f, this))];

    private void Charge(long bytes, string what)
    {
        if (Exceeded is not null)
        {
            throw new PdfBudgetExceededException(Exceeded);
        }

        if (bytes > maxStream)
        {
            Fail($"a {what} stream inflates to more than {maxStream} bytes (the per-stream limit)");
        }

        if (Interlocked.Add(ref used, bytes) > maxDocument)
        {
            Fail($"the streams of the PDF inflate to more than {maxDocument} bytes (the per-document limit)");
        }
    }

    private void Fail(string reason)
    {
        Exceeded ??= reason;
        throw new PdfBudgetExceededException(Exceeded);
    }

    private sealed class BudgetedFilter(IFilter filter, PdfStreamBudget budget) : IFilter
    {
        public bool IsSupported => filter.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            if (filter is FlateFilter)
            {
                budget.Charge(0, "Flate");
                var remaining = Math.Min(budget.maxStream, budget.maxDocument - budget.Used);
                var length = InflatedLength(input, remaining);
                if (length > remaining)
                {
                    budget.Charge(length, "Flate");
                }
            }
            else
            {
                budget.Charge(0, filter.GetType().Name);
            }

            var output = filter.Decode(input, streamDictionary, filterProvider, filterIndex);
            budget.Charge(output.Length, filter.GetType().Name);
            return output;
        }
    }

    /// <summary>A read-only stream over memory (no copy).</summary>
    private sealed class ReadOnlyMemoryStream(ReadOnlyMemory<byte> memory) : Stream
    {
        private int position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => memory.Length;

        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = Math.Min(buffer.Length, memory.Length - position);
            memory.Span.Slice(position, n).CopyTo(buffer);
            position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

/// <summary>Thrown inside PdfPig's decoding when <see cref="PdfStreamBudget"/> is exceeded.</summary>
internal sealed class PdfBudgetExceededException : Exception
{
    public PdfBudgetExceededException()
    {
    }

    public PdfBudgetExceededException(string message)
        : base(message)
    {
    }

    public PdfBudgetExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
