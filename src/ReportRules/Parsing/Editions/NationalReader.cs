using ReportRules.Findings;
using ReportRules.Model;
using ReportRules.Model.Forms;
using ReportRules.Parsing.Document;
using ReportRules.Parsing.Tables;
using ReportRules.Parsing.Text;
using ReportRules.Rules;

namespace ReportRules.Parsing.Editions;

/// <summary>
/// Grid → model for the national editions (gb2019, gb2021): locates Tables 2, 3 and 4, assembles their rows and
/// places every value in its form cell. One instance reads one report.
/// </summary>
internal sealed partial class NationalReader
{
    private readonly IReadOnlyList<DocLine> lines;
    private readonly AnnualReportBuilder builder;
    private readonly List<Finding> diagnostics;
    private readonly string? source;

    private NationalReader(IReadOnlyList<DocLine> lines, AnnualReportBuilder builder, List<Finding> diagnostics, string? source)
    {
        this.lines = lines;
        this.builder = builder;
        this.diagnostics = diagnostics;
        this.source = source;
    }

    private ReportEdition Edition => builder.Edition;

    /// <summary>Reads Tables 2, 3 and 4 into the builder; problems become diagnostics.</summary>
    /// <param name="lines">The document lines.</param>
    /// <param name="builder">The report being built (its edition is gb2019 or gb2021).</param>
    /// <param name="diagnostics">Where parse findings go.</param>
    /// <param name="source">The source name, for messages.</param>
    public static void Read(IReadOnlyList<DocLine> lines, AnnualReportBuilder builder, List<Finding> diagnostics, string? source)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var reader = new NationalReader(lines, builder, diagnostics, source);
        var keys = new string[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            // Only short lines can be table headers; long prose is not normalised at all (keeps big inputs linear and cheap).
            keys[i] = lines[i].Text.Length <= 200 || lines[i].Cells is not null ? lines[i].Compact : string.Empty;
        }

        var (active, requests, review) = TableLocator.Locate(lines, keys);
        reader.ReadActive(active);
        reader.ReadRequests(requests);
        reader.ReadReview(review, keys);
    }

    private List<TokenLine> Tokens(TableRegion region)
    {
        var tokens = new List<TokenLine>(Math.Max(0, region.End - region.Start));
        for (var i = region.Start; i < region.End; i++)
        {
            tokens.Add(LineTokenizer.Tokenize(lines[i]));
        }

        return tokens;
    }

    private void TableMissing(string tableZh, string tableEn)
    {
        diagnostics.Add(ReportParser.Diagnostic(
            RuleIds.Parse7,
            $"{tableEn} was not found in the report",
            $"报告中未找到{tableZh}。",
            null));
    }

    private bool TrySet(string key, CellValue value)
    {
        if (!ReportForms.TryGetCell(Edition, key, out _))
        {
            return false;
        }

        builder.Set(key, value);
        return true;
    }

    private static CellValue ReadCell(CellToken token, bool allowSigned) =>
        NumberReader.Read(token.Text, token.Location, allowSigned);

    private Finding Note(string ruleId, string en, string zh, SourceLocation? location, IReadOnlyList<(string Key, CellValue? Cell)> cells)
    {
        var rule = RuleCatalog.Find(ruleId);
        var findingCells = cells
            .Select(c => new FindingCell(c.Key, ReportForms.LabelOf(c.Key), c.Cell?.Kind, c.Cell?.Value, c.Cell?.Raw ?? string.Empty, c.Cell?.Location) { Inferred = c.Cell?.Inferred ?? false, LabelEn = ReportForms.LabelEnOf(c.Key) })
            .ToList();
        return new Finding(ruleId, rule?.Severity ?? FindingSeverity.Warning, "Parse", new Dictionary<string, string> { ["detailEn"] = en, ["detailZh"] = zh }, findingCells)
        {
            Location = location ?? cells.Select(c => c.Cell?.Location).FirstOrDefault(l => l is not null),
            Source = source,
        };
    }

    /// <summary>Resolves a row's label: the label on the row, else the label lines just before it (wrapped labels).</summary>
    private static string? ResolveLabel(AssembledRow row, Func<string, (bool Found, bool Ambiguous)> match)
    {
        if (row.Label.Length > 0)
        {
            var (found, _) = match(row.Label);
            if (found)
            {
                return row.Label;
            }
        }

        var combined = row.Label;
        var pending = row.PendingLabels;
        for (var i = 0; i < pending.Count && i < 3; i++)
        {
            if (ReferenceEquals(pending[i], row.Label) || (i == 0 && pending[0] == row.Label))
            {
                continue;
            }

            combined = pending[i] + combined;
            var (found, ambiguous) = match(combined);
            if (found)
            {
                return combined;
            }

            if (ambiguous)
            {
                return null;
            }
        }

        return null;
    }

    private void Inferred(string tableEn, string tableZh, List<(string Key, CellValue? Cell)> inferred)
    {
        if (inferred.Count == 0)
        {
            return;
        }

        // The printed labels, not the keys (the keys stay in the finding's cells).
        var labelsEn = string.Join("; ", inferred.Select(c => ReportForms.LabelEnOf(c.Key)));
        var labelsZh = string.Join("；", inferred.Select(c => ReportForms.LabelOf(c.Key)));
        diagnostics.Add(Note(
            RuleIds.Parse3,
            $"{tableEn}: the flattened text lost its empty cells; the columns of {inferred.Count} cells were inferred from the column order and the form's identities: {labelsEn}",
            $"{tableZh}：扁平化文本丢失了空单元格，{inferred.Count} 个单元格的列位置依据列序和勾稽关系推断：{labelsZh}",
            null,
            inferred));
    }
}
