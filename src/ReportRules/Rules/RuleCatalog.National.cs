using ReportRules.Findings;
using ReportRules.Model;
using ReportRules.Model.Forms;

namespace ReportRules.Rules;

/// <summary>The identities of the national forms (format-spec §6.1–6.3).</summary>
public static partial class RuleCatalog
{
    private static readonly ReportEdition[] National = [ReportEdition.Gb2019, ReportEdition.Gb2021];
    private static readonly ReportEdition[] Gb2019Only = [ReportEdition.Gb2019];
    private static readonly ReportEdition[] Gb2021Only = [ReportEdition.Gb2021];

    /// <summary>Gets the outcome rows that add up to （七）总计 in an edition, in printed order.</summary>
    /// <param name="edition">The edition.</param>
    /// <returns>The rows.</returns>
    internal static IReadOnlyList<RequestRow> OutcomeRows(ReportEdition edition)
    {
        var rows = new List<RequestRow>();
        for (var row = RequestRow.Granted; row <= RequestRow.NotProcessedConfirmOrReissue; row++)
        {
            rows.Add(row);
        }

        if (edition == ReportEdition.Gb2021)
        {
            rows.AddRange([RequestRow.OtherNoCorrection, RequestRow.OtherFeeUnpaid, RequestRow.OtherMisc]);
        }
        else
        {
            rows.Add(RequestRow.Other);
        }

        return rows;
    }

    /// <summary>Gets the Table 3 rows printed in an edition's form.</summary>
    /// <param name="edition">The edition.</param>
    /// <returns>The rows.</returns>
    internal static IReadOnlyList<RequestRow> DataRows(ReportEdition edition) =>
        [RequestRow.NewReceived, RequestRow.CarriedOver, .. OutcomeRows(edition), RequestRow.ResultsTotal, RequestRow.CarriedForward];

    private static IEnumerable<RuleDescriptor> NationalRules()
    {
        yield return new RuleDescriptor(
            RuleIds.T3F1, RuleFamily.Table3, FindingSeverity.Error, RuleKind.Equality,
            "本年新收加上年结转等于办理结果总计加结转下年度",
            "New plus carried over equals results total plus carried forward",
            "表三勾稽关系：每一列的“本年新收”与“上年结转”之和，等于“本年度办理结果总计”与“结转下年度继续办理”之和。",
            "The printed reconciliation note of Table 3: in every applicant column, new applications plus those carried over equal the results total plus those carried forward.",
            "表三表头注：第一项加第二项之和，等于第三项加第四项之和",
            National,
            "Requests.NewReceived.{c} + Requests.CarriedOver.{c} = Requests.Results.Total.{c} + Requests.CarriedForward.{c}, c ∈ NP COM RES NGO LAW ORG TOT",
            _ => [.. CellKeys.FormColumns.Select(c => new RuleInstance(
                RuleIds.T3F1,
                CellKeys.ColumnCode(c),
                [CellKeys.Request(RequestRow.NewReceived, c), CellKeys.Request(RequestRow.CarriedOver, c)],
                [CellKeys.Request(RequestRow.ResultsTotal, c), CellKeys.Request(RequestRow.CarriedForward, c)]))]);

        yield return new RuleDescriptor(
            RuleIds.T3F2, RuleFamily.Table3, FindingSeverity.Error, RuleKind.Equality,
            "办理结果总计等于各项办理结果之和",
            "Results total equals the sum of the outcomes",
            "每一列的“（七）总计”等于予以公开、部分公开、不予公开各项、无法提供各项、不予处理各项和其他处理各项之和（部分公开“只计这一情形”，各结果互斥）。",
            "In every applicant column, (7) total equals granted + partly granted + every denied, unable, not-processed and other-handling row (outcomes are mutually exclusive).",
            "表三“三、本年度办理结果”；部分公开行注“区分处理的，只计这一情形，不计其他情形”",
            National,
            "Requests.Results.Total.{c} = Σ outcome rows {c} (gb2019: 19 rows incl. Other; gb2021: 21 rows incl. Other.NoCorrection/FeeUnpaid/Misc)",
            edition => [.. CellKeys.FormColumns.Select(c => new RuleInstance(
                RuleIds.T3F2,
                CellKeys.ColumnCode(c),
                [CellKeys.Request(RequestRow.ResultsTotal, c)],
                [.. OutcomeRows(edition).Select(r => CellKeys.Request(r, c))]))]);

        yield return new RuleDescriptor(
            RuleIds.T3F3, RuleFamily.Table3, FindingSeverity.Error, RuleKind.Equality,
            "总计列等于各类申请人之和",
            "Total column equals the sum of the applicant columns",
            "每一行的“总计”等于自然人与五类法人或其他组织之和。",
            "In every row, the total equals natural persons plus the five kinds of legal persons and organisations.",
            "表三列“申请人情况”：自然人、法人或其他组织、总计",
            National,
            "{r}.TOT = {r}.NP + {r}.COM + {r}.RES + {r}.NGO + {r}.LAW + {r}.ORG, for every data row r",
            edition => [.. DataRows(edition).Select(r => new RuleInstance(
                RuleIds.T3F3,
                CellKeys.RowId(r),
                [CellKeys.Request(r, Applicant.Total)],
                [.. CellKeys.ApplicantColumns.Select(c => CellKeys.Request(r, c))]))]);

        yield return new RuleDescriptor(
            RuleIds.T3F4, RuleFamily.Table3, FindingSeverity.Error, RuleKind.CellDomain,
            "表三单元格为非负整数",
            "Table 3 cells are whole numbers ≥ 0",
            "表三每个单元格都是件数，应为非负整数。",
            "Every Table 3 cell counts applications and must be a whole number ≥ 0.",
            "表三计量单位：件",
            National,
            "{r}.{c} ∈ ℕ for every cell",
            edition => [.. DataRows(edition).Select(r => new RuleInstance(
                RuleIds.T3F4,
                CellKeys.RowId(r),
                [.. CellKeys.FormColumns.Select(c => CellKeys.Request(r, c))],
                []))]);

        yield return new RuleDescriptor(
            RuleIds.T3F5, RuleFamily.Table3, FindingSeverity.Error, RuleKind.Equality,
            "法人或其他组织小计等于五类之和",
            "Legal-person subtotal equals its five columns",
            "报告加印“法人或其他组织”小计列时，该列等于商业企业、科研机构、社会公益组织、法律服务机构和其他之和。",
            "Where a report prints a legal-person subtotal column, it equals the five legal-person columns.",
            "表三列“法人或其他组织”（部分报告加印小计列）",
            National,
            "{r}.LEG = {r}.COM + {r}.RES + {r}.NGO + {r}.LAW + {r}.ORG, for every data row r that prints LEG",
            edition => [.. DataRows(edition).Select(r => new RuleInstance(
                RuleIds.T3F5,
                CellKeys.RowId(r),
                [CellKeys.Request(r, Applicant.LegalPersonSubtotal)],
                [.. CellKeys.ApplicantColumns.Skip(1).Select(c => CellKeys.Request(r, c))]))]);

        (string Id, CaseGroup Group, string Zh, string En)[] groups =
        [
            (RuleIds.T4F1, CaseGroup.Review, "行政复议", "administrative review"),
            (RuleIds.T4F2, CaseGroup.LitigationDirect, "未经复议直接起诉", "litigation without review"),
            (RuleIds.T4F3, CaseGroup.LitigationAfterReview, "复议后起诉", "litigation after review"),
        ];
        foreach (var (id, group, zh, en) in groups)
        {
            yield return new RuleDescriptor(
                id, RuleFamily.Table4, FindingSeverity.Error, RuleKind.Equality,
                $"{zh}总计等于维持、纠正、其他、尚未审结之和",
                $"Total of {en} equals upheld + corrected + other + pending",
                $"表四“{zh}”组：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结。",
                $"Table 4, {en}: total = upheld + corrected + other result + pending.",
                "表四列：结果维持、结果纠正、其他结果、尚未审结、总计",
                National,
                $"{CellKeys.Case(group, CaseOutcome.Total)} = {CellKeys.Case(group, CaseOutcome.Maintained)} + {CellKeys.Case(group, CaseOutcome.Corrected)} + {CellKeys.Case(group, CaseOutcome.Other)} + {CellKeys.Case(group, CaseOutcome.Pending)}",
                _ => [new RuleInstance(
                    id,
                    string.Empty,
                    [CellKeys.Case(group, CaseOutcome.Total)],
                    [CellKeys.Case(group, CaseOutcome.Maintained), CellKeys.Case(group, CaseOutcome.Corrected), CellKeys.Case(group, CaseOutcome.Other), CellKeys.Case(group, CaseOutcome.Pending)])]);
        }

        yield return new RuleDescriptor(
            RuleIds.T4F4, RuleFamily.Table4, FindingSeverity.Error, RuleKind.CellDomain,
            "表四单元格为非负整数",
            "Table 4 cells are whole numbers ≥ 0",
            "表四 15 个单元格都是案件数，应为非负整数。",
            "All 15 Table 4 cells count cases and must be whole numbers ≥ 0.",
            "表四计量单位：件",
            National,
            "every Table 4 cell ∈ ℕ",
            _ => [new RuleInstance(RuleIds.T4F4, string.Empty, CellKeys.CaseKeys, [])]);

        yield return new RuleDescriptor(
            RuleIds.T2F1, RuleFamily.Table2, FindingSeverity.Error, RuleKind.CellDomain,
            "表二（2021版）计数为非负整数、收费金额非负",
            "Table 2 (gb2021) counts are whole numbers ≥ 0; the fee amount is ≥ 0",
            "规章、行政规范性文件件数和处理决定数量应为非负整数；本年收费金额（万元）应非负，可有小数。",
            "Counts of rules, normative documents and decisions are whole numbers ≥ 0; the fee amount (10,000 yuan) is ≥ 0 and may be fractional.",
            "表二（2021年版）",
            Gb2021Only,
            "every gb2021 Table 2 count ∈ ℕ; Active.A20_8.Fees.AmountWan ≥ 0",
            edition => [new RuleInstance(RuleIds.T2F1, string.Empty, [.. ReportForms.GetCells(edition).Where(d => d.Table == FormTable.Active).Select(d => d.Key)], [])]);

        yield return new RuleDescriptor(
            RuleIds.T2F2, RuleFamily.Table2, FindingSeverity.Warning, RuleKind.AtMost,
            "本年制发件数不超过现行有效件数加本年废止件数",
            "Issued this year ≤ in force + repealed",
            "上年末现行有效件数不能为负：现行有效 + 本年废止 − 本年制发 ≥ 0（修订、清理口径不同时可能不成立，故为警告）。",
            "Last year's stock cannot be negative: in force + repealed − issued ≥ 0 (changes of counting basis can break it, hence a warning).",
            "表二（2021年版）第二十条第（一）项：本年制发件数、本年废止件数、现行有效件数",
            Gb2021Only,
            "Active.A20_1.{Rules|NormDocs}.Issued ≤ Active.A20_1.{Rules|NormDocs}.InForce + Active.A20_1.{Rules|NormDocs}.Repealed",
            _ => [.. new[] { "Rules", "NormDocs" }.Select(d => new RuleInstance(
                RuleIds.T2F2,
                $"Active.A20_1.{d}",
                [$"Active.A20_1.{d}.Issued"],
                [$"Active.A20_1.{d}.InForce", $"Active.A20_1.{d}.Repealed"]))]);

        yield return new RuleDescriptor(
            RuleIds.T2F3, RuleFamily.Table2, FindingSeverity.Error, RuleKind.CellDomain,
            "表二（2019版）计数为整数",
            "Table 2 (gb2019) counts are whole numbers",
            "制作、公开、项目、处理决定和采购项目数量应为非负整数；本年增/减可为负整数；采购总金额应非负。",
            "Counts of documents, items, decisions and procurement projects are whole numbers ≥ 0; the change this year may be negative; the procurement amount is ≥ 0.",
            "表二（2019年版）",
            Gb2019Only,
            "every gb2019 Table 2 count ∈ ℕ; Delta ∈ ℤ; Procurement.Amount ≥ 0",
            edition => [new RuleInstance(RuleIds.T2F3, string.Empty, [.. ReportForms.GetCells(edition).Where(d => d.Table == FormTable.Active).Select(d => d.Key)], [])]);

        yield return new RuleDescriptor(
            RuleIds.T2F4, RuleFamily.Table2, FindingSeverity.Error, RuleKind.NonNegativeSum,
            "上一年项目数量加本年增减不为负",
            "Items last year plus this year's change is not negative",
            "本年项目数量 = 上一年项目数量 + 本年增/减，不能为负。",
            "This year's item count, items last year plus the change, cannot be negative.",
            "表二（2019年版）第二十条第（五）（六）（八）项：上一年项目数量、本年增/减",
            Gb2019Only,
            "Active.{row}.PrevItems + Active.{row}.Delta ≥ 0 for Licensing, OtherServices, Penalty, Coercion, Fees",
            _ => [.. new[] { "A20_5.Licensing", "A20_5.OtherServices", "A20_6.Penalty", "A20_6.Coercion", "A20_8.Fees" }.Select(r => new RuleInstance(
                RuleIds.T2F4,
                $"Active.{r}",
                [$"Active.{r}.PrevItems", $"Active.{r}.Delta"],
                []))]);

        yield return new RuleDescriptor(
            RuleIds.T2F5, RuleFamily.Table2, FindingSeverity.Warning, RuleKind.AtMost,
            "本年新公开数量不超过对外公开总数量",
            "Newly published ≤ total published",
            "本年新公开的文件是对外公开总量的一部分。",
            "This year's newly published documents are part of the published stock.",
            "表二（2019年版）第二十条第（一）项：本年新公开数量、对外公开总数量",
            Gb2019Only,
            "Active.A20_1.{Rules|NormDocs}.NewPublished ≤ Active.A20_1.{Rules|NormDocs}.TotalPublic",
            _ => [.. new[] { "Rules", "NormDocs" }.Select(d => new RuleInstance(
                RuleIds.T2F5,
                $"Active.A20_1.{d}",
                [$"Active.A20_1.{d}.NewPublished"],
                [$"Active.A20_1.{d}.TotalPublic"]))]);
    }
}
