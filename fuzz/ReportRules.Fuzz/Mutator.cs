using System.IO.Compression;
using System.Text;

namespace ReportRules.Fuzz;

/// <summary>
/// Seeded mutations of a seed file, the same for the same seed on every machine (<see cref="Random(int)"/> with a seed
/// is a fixed algorithm): byte flips and changes, truncation, repeated and deleted lines, a copied block, random UTF-16
/// and raw bytes, huge numbers, deep nesting. Line operations work on the bytes split at <c>\n</c>, so a binary seed
/// (PDF, DOCX) keeps every byte the operation does not touch.
/// </summary>
internal static class Mutator
{
    private static readonly string[] HugeNumbers =
    [
        "79228162514264337593543950335", "-79228162514264337593543950336", "1e400", "99999999999999999999万",
        "2147483648", "-0", "0.0000000000000000000000000001", "１２３４５６７８９０１２３４５６７８９０１２３４５６７８９０",
    ];

    private static readonly string[] NestingUnits = ["<div><table><tr><td>", "> ", "(", "（", "<ul><li>", "{\"a\":["];

    private static readonly Func<byte[], Random, (byte[] Bytes, string Name)>[] Operations =
    [
        FlipBit, SetByte, Truncate, RepeatLine, DeleteLine, CopyBlock, InsertUnicodeLine, InsertRawBytes, HugeNumber, Nest,
    ];

    /// <summary>The <paramref name="index"/>-th mutation of a seed: 1 to 4 operations chosen by a generator seeded from
    /// <paramref name="seed"/>, the file's name and the index (not its position in a folder listing).</summary>
    public static (byte[] Bytes, string Operations) Mutate(byte[] original, int seed, string fileKey, int index)
    {
        var random = new Random(Mix(seed, fileKey, index));
        var bytes = original;
        var names = new List<string>();
        if (original.AsSpan().StartsWith("PK\x03\x04"u8) && random.Next(2) == 0 && TryMutateDocumentXml(original, random, names) is { } docx)
        {
            return (docx, string.Join('+', names));
        }

        var count = random.Next(1, 5);
        for (var i = 0; i < count; i++)
        {
            var (mutated, name) = Operations[random.Next(Operations.Length)](bytes, random);
            bytes = mutated;
            names.Add(name);
        }

        return (bytes, string.Join('+', names));
    }

    // A Word package with its word/document.xml mutated and the package rebuilt, so the DOCX reader gets past the zip
    // (a byte flip in a compressed entry only ever tests the zip reader). Other entries are copied as they are.
    private static byte[]? TryMutateDocumentXml(byte[] package, Random random, List<string> names)
    {
        try
        {
            using var input = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
            if (input.GetEntry("word/document.xml") is null)
            {
                return null;
            }

            using var output = new MemoryStream();
            using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var entry in input.Entries)
                {
                    using var read = entry.Open();
                    using var content = new MemoryStream();
                    read.CopyTo(content);
                    var bytes = content.ToArray();
                    if (entry.FullName == "word/document.xml")
                    {
                        var count = random.Next(1, 4);
                        for (var i = 0; i < count; i++)
                        {
                            var (mutated, name) = Operations[random.Next(Operations.Length)](bytes, random);
                            bytes = mutated;
                            names.Add("document.xml:" + name);
                        }
                    }

                    var copy = zip.CreateEntry(entry.FullName, CompressionLevel.Fastest);
                    copy.LastWriteTime = entry.LastWriteTime;
                    using var write = copy.Open();
                    write.Write(bytes);
                }
            }

            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    // FNV-1a over the UTF-16 of the key, mixed with the seed and the index: stable across runs and processes
    // (string.GetHashCode is randomised per process).
    private static int Mix(int seed, string key, int index)
    {
        unchecked
        {
            var hash = 2166136261u;
            foreach (var c in key)
            {
                hash = (hash ^ c) * 16777619u;
            }

            hash = (hash ^ (uint)seed) * 16777619u;
            hash = (hash ^ (uint)index) * 16777619u;
            return (int)(hash & 0x7FFFFFFF);
        }
    }

    private static (byte[], string) FlipBit(byte[] bytes, Random random)
    {
        if (bytes.Length == 0)
        {
            return (bytes, "flip(empty)");
        }

        var copy = (byte[])bytes.Clone();
        var at = random.Next(copy.Length);
        copy[at] ^= (byte)(1 << random.Next(8));
        return (copy, $"flip@{at}");
    }

    private static (byte[], string) SetByte(byte[] bytes, Random random)
    {
        if (bytes.Length == 0)
        {
            return (bytes, "set(empty)");
        }

        byte[] interesting = [0x00, 0xFF, 0x7F, 0x80, 0x0A, 0x0D, 0x1B, 0xC0, 0xE4, 0xEF];
        var copy = (byte[])bytes.Clone();
        var at = random.Next(copy.Length);
        copy[at] = random.Next(2) == 0 ? interesting[random.Next(interesting.Length)] : (byte)random.Next(256);
        return (copy, $"set@{at}");
    }

    private static (byte[], string) Truncate(byte[] bytes, Random random)
    {
        var length = bytes.Length == 0 ? 0 : random.Next(bytes.Length);
        return (bytes[..length], $"truncate@{length}");
    }

    private static (byte[], string) RepeatLine(byte[] bytes, Random random)
    {
        var lines = Lines(bytes);
        var at = random.Next(lines.Count);
        var times = random.Next(4) == 0 ? random.Next(2, 200) : 1;
        lines.InsertRange(at, Enumerable.Repeat(lines[at], times));
        return (Join(lines), $"repeat-line{at}x{times}");
    }

    private static (byte[], string) DeleteLine(byte[] bytes, Random random)
    {
        var lines = Lines(bytes);
        var at = random.Next(lines.Count);
        var count = Math.Min(lines.Count - at, random.Next(3) == 0 ? random.Next(2, 20) : 1);
        lines.RemoveRange(at, count);
        return (Join(lines), $"delete-line{at}x{count}");
    }

    private static (byte[], string) CopyBlock(byte[] bytes, Random random)
    {
        if (bytes.Length == 0)
        {
            return (bytes, "copy(empty)");
        }

        var from = random.Next(bytes.Length);
        var length = Math.Min(bytes.Length - from, random.Next(1, 4096));
        var to = random.Next(bytes.Length + 1);
        return ([.. bytes.AsSpan(0, to), .. bytes.AsSpan(from, length), .. bytes.AsSpan(to)], $"copy{from}+{length}@{to}");
    }

    private static (byte[], string) InsertUnicodeLine(byte[] bytes, Random random)
    {
        // Random UTF-16 code units: controls, bidi overrides, lone surrogates (encoded as U+FFFD), CJK, full-width digits.
        char[] pool = ['\u0000', '\u001B', '\u202E', '\u2066', '\u200B', '\uFEFF', '\uD800', '\uDC00', '|', '\t', '万', '０', '—'];
        var line = new StringBuilder();
        var length = random.Next(1, 80);
        for (var i = 0; i < length; i++)
        {
            line.Append(random.Next(2) == 0 ? pool[random.Next(pool.Length)] : (char)random.Next(0x10000));
        }

        var lines = Lines(bytes);
        var at = random.Next(lines.Count + 1);
        lines.Insert(at, Encoding.UTF8.GetBytes(line.ToString()));
        return (Join(lines), $"unicode-line@{at}");
    }

    private static (byte[], string) InsertRawBytes(byte[] bytes, Random random)
    {
        var raw = new byte[random.Next(1, 64)];
        random.NextBytes(raw);
        var at = random.Next(bytes.Length + 1);
        return ([.. bytes.AsSpan(0, at), .. raw, .. bytes.AsSpan(at)], $"raw{raw.Length}@{at}");
    }

    // A huge or odd number in place of a run of ASCII digits (or a line of them when there is none).
    private static (byte[], string) HugeNumber(byte[] bytes, Random random)
    {
        var number = Encoding.UTF8.GetBytes(HugeNumbers[random.Next(HugeNumbers.Length)]);
        var starts = new List<int>();
        for (var i = 0; i < bytes.Length; i++)
        {
            if (char.IsAsciiDigit((char)bytes[i]) && (i == 0 || !char.IsAsciiDigit((char)bytes[i - 1])))
            {
                starts.Add(i);
            }
        }

        if (starts.Count == 0)
        {
            var lines = Lines(bytes);
            var line = random.Next(lines.Count + 1);
            lines.Insert(line, [.. "一、总体情况 | "u8, .. number, .. " | "u8, .. number]);
            return (Join(lines), $"huge-line@{line}");
        }

        var start = starts[random.Next(starts.Count)];
        var end = start;
        while (end < bytes.Length && char.IsAsciiDigit((char)bytes[end]))
        {
            end++;
        }

        return ([.. bytes.AsSpan(0, start), .. number, .. bytes.AsSpan(end)], $"huge@{start}");
    }

    private static (byte[], string) Nest(byte[] bytes, Random random)
    {
        var unit = NestingUnits[random.Next(NestingUnits.Length)];
        var depth = random.Next(100, 5_001);
        var prefix = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(unit, depth)));
        var lines = Lines(bytes);
        var at = random.Next(lines.Count + 1);
        lines.Insert(at, prefix);
        return (Join(lines), $"nest{depth}@{at}");
    }

    private static List<byte[]> Lines(byte[] bytes)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                lines.Add(bytes[start..i]);
                start = i + 1;
            }
        }

        lines.Add(bytes[start..]);
        return lines;
    }

    private static byte[] Join(List<byte[]> lines)
    {
        if (lines.Count == 0)
        {
            return [];
        }

        var result = new byte[lines.Sum(l => l.Length) + lines.Count - 1];
        var at = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                result[at++] = (byte)'\n';
            }

            lines[i].CopyTo(result, at);
            at += lines[i].Length;
        }

        return result;
    }
}
