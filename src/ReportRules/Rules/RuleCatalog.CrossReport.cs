using ReportRules.Findings;
using ReportRules.Model;
using ReportRules.Model.Forms;

namespace ReportRules.Rules;

/// <summary>The checks that need several reports of one agency (format-spec §6.4 X-1).</summary>
public static partial class RuleCatalog
{
    private static IEnumerable<RuleDescriptor> CrossReportRules()
    {
        yield return new RuleDescriptor(
            RuleIds.X1, RuleFamily.CrossReport, FindingSeverity.Error, RuleKind.Equality,
            "本年上年结转等于上一年度结转下年度",
            "Carried over equals the previous year's carried forward",
            "同一机关相邻两年的报告：第 Y 年表三“上年结转政府信息公开申请数量”每一列，等于第 Y−1 年表三“结转下年度继续办理”的同一列。机关更名或改组（经机关名称对照表配对）时为警告。",
            "For one agency's reports of consecutive years: in every applicant column, the applications carried over in year Y equal those carried forward in the report of year Y−1. A warning when the agency was renamed or restructured (paired through the agency map).",
            "表三“二、上年结转政府信息公开申请数量”与上一年度“四、结转下年度继续办理”",
            National,
            "Requests.CarriedOver.{c}(Y) = Requests.CarriedForward.{c}(Y−1), same agency, c ∈ NP COM RES NGO LAW ORG TOT",
            _ => [.. CellKeys.FormColumns.Select(c => new RuleInstance(
                RuleIds.X1,
                CellKeys.ColumnCode(c),
                [CellKeys.Request(RequestRow.CarriedOver, c)],
                [CellKeys.Request(RequestRow.CarriedForward, c)]))]);
    }
}
