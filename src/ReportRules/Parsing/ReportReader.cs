using System.Globalization;
using ReportRules.Findings;
using ReportRules.Model;
using ReportRules.Parsing.Document;
using ReportRules.Parsing.Editions;
using ReportRules.Parsing.Tables;
using ReportRules.Rules;

namespace ReportRules.Parsing;

/// <summary>
/// Lines → model: detects the edition and metadata, then hands the lines to the edition's table readers.
/// Every input format (text, HTML, DOCX, PDF) ends here.
/// </summary>
internal static class ReportReader
{
    public static ParseResult Read(IReadOnlyList<DocLine> lines, string? source, ReportParserOptions options, List<Finding> diagnostics, TextLayoutTrace? trace = null)
    {
        lines = LimitTableRows(lines, options.MaxTableRows, diagnostics);
        trace?.Lines.AddRange(lines);
        lines = PageFurniture.Strip(lines, trace?.Furniture);
        var edition = options.Edition ?? EditionDetector.Detect(lines);
        var metadata = MetadataReader.Read(lines, edition, source);
        if (edition == ReportEdition.Unknown && diagnostics.Find(d => d.RuleId == RuleIds.Parse8) is { } limit)
        {
            // The limit, not the text, is why nothing was found: say so (it read as "no table headers").
            var message = limit.GetMessage("en");
            var named = message.Contains("ReportParserOptions.", StringComparison.Ordinal) ? message : $"{message} (the line limit, ReportParserOptions.MaxLines)";
            var limited = $"{source ?? "input"}: {named}, and no table headers were found in them";
            return ParseResult.Unreadable(source, limited, diagnostics);
        }

        if (edition == ReportEdition.Unknown)
        {
            var error = $"{source ?? "input"}: no table headers of any edition (legacy2014, gb2019, gb2021) were found and the text does not read as an annual report";
            diagnostics.Add(ReportParser.Diagnostic(RuleIds.Parse2, error, "未找到任何版本的表头特征，文本也不像政府信息公开工作年度报告。", null));
            return ParseResult.Unreadable(source, error, diagnostics);
        }

        // A report of 2019 or later whose tables could not be found is not a 2008-era narrative report: read it as
        // the edition its year and citations imply, say the tables were not found, and run that edition's narrative rules.
        if (options.Edition is null && edition == ReportEdition.Legacy2008 && EditionDetector.InferWithoutTables(lines, metadata.Year) is { } inferred)
        {
            var code = inferred.Edition.ToId();
            diagnostics.Add(ReportParser.Diagnostic(
                RuleIds.Parse7,
                $"no statistics table was found; the report was read as {code} (from {inferred.ReasonEn}) and only its narrative rules were run",
                $"报告中未找到统计表格；依据{inferred.ReasonZh}按 {code} 版读取，只运行叙述类规则。",
                null));
            var national = new AnnualReportBuilder(inferred.Edition)
                .WithAgency(metadata.Agency)
                .WithYear(metadata.Year)
                .WithSource(source)
                .WithPublishedOn(metadata.PublishedOn);
            ProseCollector.Collect(lines, _ => false, national);
            return new ParseResult(source, national.Build(), diagnostics, null);
        }

        if (edition is ReportEdition.Legacy2014 or ReportEdition.Legacy2008)
        {
            return Legacy.LegacyReader.Read(lines, metadata, source, diagnostics);
        }

        var builder = new AnnualReportBuilder(edition)
            .WithAgency(metadata.Agency)
            .WithYear(metadata.Year)
            .WithSource(source)
            .WithPublishedOn(metadata.PublishedOn);
        if (edition.IsNational())
        {
            NationalReader.Read(lines, builder, diagnostics, source);
        }

        ProseCollector.Collect(lines, _ => false, builder);

        return new ParseResult(source, builder.Build(), diagnostics, null);
    }

    /// <summary>
    /// Cuts the lines before the first table row over <paramref name="maxRows"/> (one pass, no copy when under it): a
    /// table of a million rows is not an annual report, and reading it would cost time and memory for nothing.
    /// </summary>
    internal static IReadOnlyList<DocLine> LimitTableRows(IReadOnlyList<DocLine> lines, int maxRows, List<Finding> diagnostics)
    {
        var rows = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!IsTableRow(lines[i]) || ++rows <= maxRows)
            {
                continue;
            }

            var limit = maxRows.ToString(CultureInfo.InvariantCulture);
            diagnostics.Add(ReportParser.Diagnostic(
                RuleIds.Parse8,
                $"only the first {limit} table rows were read (the table row limit, ReportParserOptions.MaxTableRows); reading stopped at line {lines[i].Location.Line.ToString(CultureInfo.InvariantCulture)}",
                $"只读取了前 {limit} 个表格行（表格行数限制 ReportParserOptions.MaxTableRows），读取在第 {lines[i].Location.Line.ToString(CultureInfo.InvariantCulture)} 行停止。",
                lines[i].Location));
            var kept = new DocLine[i];
            for (var j = 0; j < i; j++)
            {
                kept[j] = lines[j];
            }

            return kept;
        }

        return lines;
    }

    private static bool IsTableRow(DocLine line)
    {
        if (line.Cells is not null)
        {
            return true;
        }

        var text = line.Text.AsSpan().TrimStart();
        return (!text.IsEmpty && text[0] == '|') || text.Contains('\t');
    }
}
