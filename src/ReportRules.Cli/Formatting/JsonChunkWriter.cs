using System.Buffers;
using System.Text;
using System.Text.Json;
using ReportRules.Findings;

namespace ReportRules.Cli.Formatting;

/// <summary>
/// A <see cref="Utf8JsonWriter"/> whose bytes are handed to a <see cref="TextWriter"/> chunk by chunk, so one
/// JSON document can stream report after report without being held in memory.
/// </summary>
internal sealed class JsonChunkWriter : IDisposable
{
    private readonly TextWriter output;
    private readonly ArrayBufferWriter<byte> buffer = new(1 << 14);

    public JsonChunkWriter(TextWriter output, bool indented)
    {
        this.output = output;
        Json = new Utf8JsonWriter(buffer, FindingsJson.WriterOptions(indented));
    }

    public Utf8JsonWriter Json { get; }

    public void Flush()
    {
        Json.Flush();
        if (buffer.WrittenCount > 0)
        {
            output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
            buffer.ResetWrittenCount();
        }
    }

    public void Dispose() => Json.Dispose();
}
