using System.IO.Compression;
using System.Text;
using ReportRules.Cli.Tests.TestSupport;

namespace ReportRules.Cli.Tests.Hostile;

/// <summary>
/// Writes a folder of hostile inputs (generated, never committed): each file is something a real batch may meet.
/// The 200 MB file is sparse, so writing it costs nothing.
/// </summary>
internal static class HostileCorpus
{
    public const long HugeSize = 200L * 1024 * 1024;

    /// <summary>The names of the generated files (relative to the folder), sorted as the CLI sorts them.</summary>
    public static IReadOnlyList<string> Write(TempDir temp)
    {
        var random = new Random(20231126);
        var sample = File.ReadAllText(Repo.Sample("001"));

        using (var huge = new FileStream(Path.Combine(temp.Path, "huge-200mb.txt"), FileMode.Create))
        {
            huge.SetLength(HugeSize);
        }

        temp.Write("truncated.html", TruncatedHtml(sample));
        temp.Write("deep-10000.html", "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 10_000)) + "本年新收" + "</body></html>");
        temp.Write("deep-tables.html", "<html><body>" + string.Concat(Enumerable.Repeat("<table><tr><td>", 3_000)) + "申请人情况 总计");
        foreach (var extension in new[] { "pdf", "docx", "html", "txt" })
        {
            temp.WriteBytes("junk." + extension, RandomBytes(random, 64 * 1024));
        }

        temp.WriteBytes("garbage-after-header.pdf", [.. "%PDF-1.7\n"u8.ToArray(), .. RandomBytes(random, 32 * 1024)]);
        temp.WriteBytes("pdf-header-only.pdf", "%PDF-"u8.ToArray());
        temp.WriteBytes("zip-not-docx.docx", Zip(("readme.txt", "not a word document"), ("word/styles.xml", "<styles/>")));
        temp.WriteBytes("docx-bad-xml.docx", Zip(("word/document.xml", "<w:document><w:body><w:p>本年新收")));
        temp.WriteBytes("truncated-zip.docx", Zip(("word/document.xml", "<w:document/>"))[..40]);
        temp.Write("whitespace.txt", " \n\t\r\n   \u3000\n");
        temp.WriteBytes("empty.txt", []);
        temp.Write("empty-table.txt", EmptyTable());
        temp.Write("thousand-rows.txt", ThousandRows());
        temp.Write("one-5mb-line.txt", OneLongLine(sample));
        temp.Write("labels-only.txt", LabelsOnly());
        temp.Write("many-pipes.txt", string.Concat(Enumerable.Repeat("|", 2_000_000)));
        temp.Write("digits-only.txt", string.Concat(Enumerable.Repeat("1234567890 ", 300_000)));
        temp.Write("nested/ok.txt", sample);

        var loop = Path.Combine(temp.Path, "loop");
        Directory.CreateDirectory(loop);
        Directory.CreateSymbolicLink(Path.Combine(loop, "self"), loop);
        Directory.CreateSymbolicLink(Path.Combine(loop, "up"), temp.Path);
        temp.Write("loop/in-loop.txt", sample);
        File.CreateSymbolicLink(Path.Combine(temp.Path, "link-a.txt"), Path.Combine(temp.Path, "link-b.txt"));
        File.CreateSymbolicLink(Path.Combine(temp.Path, "link-b.txt"), Path.Combine(temp.Path, "link-a.txt"));
        File.CreateSymbolicLink(Path.Combine(temp.Path, "dangling.txt"), Path.Combine(temp.Path, "no-such-file.txt"));

        return Directory.EnumerateFileSystemEntries(temp.Path, "*", SearchOption.TopDirectoryOnly)
            .Select(p => Path.GetFileName(p)!)
            .Where(n => n != "loop" && n != "nested")
            .Append("nested/ok.txt")
            .Append("loop/in-loop.txt")
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    private static string TruncatedHtml(string sample)
    {
        var body = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><table>");
        foreach (var line in sample.Split('\n'))
        {
            body.Append("<tr><td>").Append(line.Replace("|", "</td><td>", StringComparison.Ordinal)).Append("</td></tr>");
        }

        var html = body.ToString();
        return html[..(html.Length / 2)] + "<td colspan=\"99999\" rowspan=\"99999\"><tr><t";
    }

    private static string EmptyTable() =>
        "某县人民政府2020年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n" +
        "| 本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和 | | 申请人情况 | | | | | | |\n" +
        "| | | 自然人 | 法人或其他组织 | | | | | 总计 |\n" +
        "| | | | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | |\n";

    private static string ThousandRows()
    {
        var builder = new StringBuilder("某县人民政府2020年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n申请人情况\n");
        for (var i = 0; i < 1000; i++)
        {
            builder.Append("| 二、上年结转政府信息公开申请数量 | ").Append(i).Append(" | 0 | 0 | 0 | 0 | 0 | ").Append(i).Append(" |\n");
        }

        return builder.ToString();
    }

    private static string OneLongLine(string sample)
    {
        var flat = sample.Replace('\n', ' ').Replace('\r', ' ');
        var builder = new StringBuilder(5 * 1024 * 1024 + flat.Length);
        while (builder.Length < 5 * 1024 * 1024)
        {
            builder.Append(flat);
        }

        return builder.ToString();
    }

    private static string LabelsOnly() =>
        "某县2020年政府信息公开工作年度报告\n二、主动公开政府信息情况\n本年制发件数\n本年新制作数量\n" +
        "三、收到和处理政府信息公开申请情况\n申请人情况\n一、本年新收政府信息公开申请数量\n二、上年结转政府信息公开申请数量\n" +
        "（一）予以公开\n四、政府信息公开行政复议、行政诉讼情况\n行政复议\n行政诉讼\n结果维持\n";

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(Encoding.UTF8.GetBytes(text));
            }
        }

        return buffer.ToArray();
    }
}
