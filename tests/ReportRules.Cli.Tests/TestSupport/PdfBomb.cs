using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace ReportRules.Cli.Tests.TestSupport;

/// <summary>A one-page PDF whose content stream (spaces, FlateDecode) inflates to a chosen size at ~1000:1.</summary>
internal static class PdfBomb
{
    public static byte[] Pdf(long inflatedBytes)
    {
        var content = new MemoryStream();
        using (var zlib = new ZLibStream(content, CompressionLevel.Optimal, leaveOpen: true))
        {
            var chunk = new byte[1 << 20];
            Array.Fill(chunk, (byte)' ');
            for (var left = inflatedBytes; left > 0; left -= chunk.Length)
            {
                zlib.Write(chunk, 0, (int)Math.Min(chunk.Length, left));
            }
        }

        var output = new MemoryStream();
        var offsets = new List<long>();
        void Write(string text) => output.Write(Encoding.ASCII.GetBytes(text));
        void Object(string body)
        {
            offsets.Add(output.Position);
            Write($"{offsets.Count.ToString(CultureInfo.InvariantCulture)} 0 obj\n{body}\nendobj\n");
        }

        Write("%PDF-1.4\n");
        Object("<< /Type /Catalog /Pages 2 0 R >>");
        Object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>");
        offsets.Add(output.Position);
        Write($"4 0 obj\n<< /Length {content.Length.ToString(CultureInfo.InvariantCulture)} /Filter /FlateDecode >>\nstream\n");
        content.Position = 0;
        content.CopyTo(output);
        Write("\nendstream\nendobj\n");
        var xref = output.Position;
        Write("xref\n0 5\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Write($"{offset.ToString("D10", CultureInfo.InvariantCulture)} 00000 n \n");
        }

        Write($"trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n{xref.ToString(CultureInfo.InvariantCulture)}\n%%EOF\n");
        return output.ToArray();
    }
}
