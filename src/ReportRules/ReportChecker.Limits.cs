using System.Globalization;
using ReportRules.Findings;
using ReportRules.Model;
using ReportRules.Rules;
using ReportRules.Rules.Engine;

namespace ReportRules;

/// <summary>The range guard the checker applies before any rule runs.</summary>
public static partial class ReportChecker
{
    /// <summary>
    /// The largest magnitude a cell may hold (10^15, exclusive): far beyond any count or amount in a report (a national
    /// budget in 元 is ~10^13), and small enough that the sum of any rule's operands stays inside <see cref="decimal"/>.
    /// </summary>
    public const decimal MaxCellMagnitude = 1_000_000_000_000_000m;

    /// <summary>
    /// Out-of-range numbers become unreadable cells with a <c>PARSE-5</c> finding each, so two 29-digit cells cost the
    /// rules that read them, not the whole report (they overflowed <see cref="decimal"/> and made it unreadable).
    /// </summary>
    internal static AnnualReport GuardRange(AnnualReport report, List<Finding> findings)
    {
        AnnualReportBuilder? builder = null;
        foreach (var (key, cell) in report.Cells)
        {
            if (cell is not { Kind: CellKind.Number, Value: { } value } || Math.Abs(value) < MaxCellMagnitude)
            {
                continue;
            }

            var raw = cell.Raw.Length > 0 ? cell.Raw : value.ToString(CultureInfo.InvariantCulture);
            var en = $"{key}: \"{raw}\" is out of range (a cell holds less than 10^15); the rules reading it are not evaluated";
            var zh = $"{key}：“{raw}”超出数值范围（单元格数值应小于 10^15），读取它的规则不予评估。";
            findings.Add(new Finding(RuleIds.Parse5, RuleCatalog.Find(RuleIds.Parse5)?.Severity ?? FindingSeverity.Warning, "Parse", new Dictionary<string, string> { ["detailEn"] = en, ["detailZh"] = zh }, [FailureMapper.ToCell(key, report)])
            {
                Location = cell.Location,
                Source = report.Metadata.Source,
            });
            builder ??= report.ToBuilder();
            builder.Set(key, CellValue.Unreadable(raw, cell.Location) with { Label = cell.Label });
        }

        return builder?.Build() ?? report;
    }
}
