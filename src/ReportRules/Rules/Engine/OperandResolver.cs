using ReportRules.Model;
using ReportRules.Model.Forms;

namespace ReportRules.Rules.Engine;

/// <summary>
/// Adapts declared operands to what a report actually prints where editions mix (spec README: a single
/// （六）其他处理 row goes to <c>Requests.Results.Other.&lt;col&gt;</c> whatever the edition; the rules sum what is there).
/// </summary>
internal static class OperandResolver
{
    private static readonly RequestRow[] SplitOther = [RequestRow.OtherNoCorrection, RequestRow.OtherFeeUnpaid, RequestRow.OtherMisc];

    public static RuleInstance Resolve(RuleInstance instance, AnnualReport report)
    {
        if (report.Edition != ReportEdition.Gb2021 || instance.RuleId != RuleIds.T3F2 ||
            !CellKeys.TryParseColumn(instance.Scope, out var column))
        {
            return instance;
        }

        var single = CellKeys.Request(RequestRow.Other, column);
        var split = SplitOther.Select(r => CellKeys.Request(r, column)).ToList();
        if (report.GetCell(single) is null || split.Any(k => report.GetCell(k) is not null))
        {
            return instance;
        }

        var right = instance.Right.Where(k => !split.Contains(k, StringComparer.Ordinal)).Append(single).ToList();
        return instance with { Right = right };
    }
}
