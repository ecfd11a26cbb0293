using ReportRules.Findings;
using ReportRules.Model;
using ReportRules.Model.Forms;

namespace ReportRules.Rules;

/// <summary>Plausibility and metadata rules (format-spec §6.5).</summary>
public static partial class RuleCatalog
{
    /// <summary>P3-2 fires when more than this share of this year's applications is carried forward.</summary>
    internal const decimal CarriedForwardShare = 0.25m;

    /// <summary>P3-2 ignores carried-forward totals below this count (small numbers make shares meaningless).</summary>
    internal const decimal CarriedForwardMinimum = 3m;

    /// <summary>
    /// P2-3 flags a whole-number 万元 fee amount at or above this value (10 亿元) as probably entered in 元. A value with
    /// a fractional part is left alone: 元 amounts are printed whole or to the fen, 万元 amounts to one or two decimals,
    /// and large cities do collect hundreds of millions (淮安市 2024: 96171.6 万元).
    /// </summary>
    internal const decimal FeeAmountYuanThreshold = 100000m;

    /// <summary>
    /// L-P5 flags a legacy 万元 cell (one agency's information-disclosure fees or dedicated budget) at or above this
    /// value (1 亿元) as probably entered in 元: those amounts are small for a single agency.
    /// </summary>
    internal const decimal LegacyWanYuanThreshold = 10000m;

    private static readonly ReportEdition[] AllTableEditions = [ReportEdition.Legacy2014, ReportEdition.Gb2019, ReportEdition.Gb2021];

    private static IEnumerable<RuleDescriptor> PlausibilityRules()
    {
        yield return new RuleDescriptor(
            RuleIds.P31, RuleFamily.Table3, FindingSeverity.Warning, RuleKind.AtMost,
            "结转下年度不超过本年新收",
            "Carried forward ≤ new this year",
            "条例规定的答复期限（20 + 20 个工作日）意味着上年结转的申请应在本年办结，结转下年度的申请应来自本年新收；补正、征求第三方意见和缴费时间不计入期限，故为警告。",
            "The 20 + 20 working-day limit means applications carried over should be closed this year, so anything carried forward should be a new application (correction, consultation and fee time are not counted, hence a warning).",
            "条例第三十三条",
            National,
            "Requests.CarriedForward.{c} ≤ Requests.NewReceived.{c}, c ∈ NP … TOT",
            _ => [.. CellKeys.FormColumns.Select(c => new RuleInstance(
                RuleIds.P31,
                CellKeys.ColumnCode(c),
                [CellKeys.Request(RequestRow.CarriedForward, c)],
                [CellKeys.Request(RequestRow.NewReceived, c)]))]);

        yield return new RuleDescriptor(
            RuleIds.P32, RuleFamily.Table3, FindingSeverity.Warning, RuleKind.Heuristic,
            "结转下年度占本年新收比例过高",
            "Large share carried forward",
            $"结转下年度总计超过本年新收总计的 {CarriedForwardShare:P0}（且不少于 {CarriedForwardMinimum} 件），与 40 个工作日的答复期限不相称。",
            $"More than {CarriedForwardShare:P0} of this year's applications (and at least {CarriedForwardMinimum}) are carried forward, which is unusual under a 40-working-day limit.",
            "条例第三十三条",
            National,
            $"Requests.CarriedForward.TOT > {CarriedForwardShare} × Requests.NewReceived.TOT and ≥ {CarriedForwardMinimum}",
            _ => [new RuleInstance(RuleIds.P32, "TOT", [CellKeys.Request(RequestRow.CarriedForward, Applicant.Total)], [CellKeys.Request(RequestRow.NewReceived, Applicant.Total)])]);

        yield return new RuleDescriptor(
            RuleIds.P33, RuleFamily.Table3, FindingSeverity.Warning, RuleKind.Heuristic,
            "总计列空白而申请人列有数（或相反）",
            "Total column blank beside filled applicant columns (or the reverse)",
            "整列“总计”空白而各申请人列填有数字，或各申请人列全空而“总计”有数：表格不完整。某一列在多行空白（如“总计”列只在汇总行填数），或单个单元格空白而等式表明其应有的数值：同样作为一个发现列出（决定 0004），不再逐行报告 T3-F1/T3-F2/T3-F3 错误。",
            "A whole total column is blank while applicant cells hold numbers, or every applicant cell is blank while totals hold numbers: the table is incomplete. A column blank on several rows (e.g. the total filled only on summary rows), or a lone blank whose value the identities imply, is likewise one finding (decision 0004), instead of a T3-F1/T3-F2/T3-F3 error per row.",
            "表三列“总计”",
            National,
            "all {r}.TOT blank while some {r}.NP…ORG is a number, or the reverse; a column blank on ≥ 2 rows, or a lone blank the identities imply, where an identity fails only because of it",
            edition => [new RuleInstance(
                RuleIds.P33,
                string.Empty,
                [.. DataRows(edition).Select(r => CellKeys.Request(r, Applicant.Total))],
                [.. from r in DataRows(edition) from c in CellKeys.ApplicantColumns select CellKeys.Request(r, c)])]);

        yield return new RuleDescriptor(
            RuleIds.P35, RuleFamily.Table3, FindingSeverity.Warning, RuleKind.Heuristic,
            "疑似列错位：科研机构、社会公益组织数异常偏大",
            "Possible column shift: research / NGO columns unusually large",
            "本年新收中科研机构与社会公益组织之和超过自然人、商业企业、法律服务机构和其他之和（且至少 3 件）。扁平化表格丢失空单元格后数字会向左滑动，请核对列位置。",
            "New applications from research institutions and NGOs outnumber all other applicants combined (and are at least 3). Flattened tables that lose empty cells slide numbers left; check the columns.",
            "表三列“申请人情况”",
            National,
            "Requests.NewReceived.RES + .NGO > .NP + .COM + .LAW + .ORG and ≥ 3",
            _ => [new RuleInstance(
                RuleIds.P35,
                CellKeys.RowId(RequestRow.NewReceived),
                [CellKeys.Request(RequestRow.NewReceived, Applicant.Research), CellKeys.Request(RequestRow.NewReceived, Applicant.Ngo)],
                [CellKeys.Request(RequestRow.NewReceived, Applicant.NaturalPerson), CellKeys.Request(RequestRow.NewReceived, Applicant.Commercial), CellKeys.Request(RequestRow.NewReceived, Applicant.LegalService), CellKeys.Request(RequestRow.NewReceived, Applicant.OtherOrganisation)])]);

        yield return new RuleDescriptor(
            RuleIds.P22, RuleFamily.Table2, FindingSeverity.Warning, RuleKind.AtMost,
            "规范性文件本年新公开数量少于新制作数量",
            "Normative documents published fewer than made",
            "规范性文件应当公开：本年新公开数量不应少于本年新制作数量。",
            "Normative documents must be published: the number newly published should not be below the number newly made.",
            "表二（2019年版）第二十条第（一）项；规范性文件应当公开",
            Gb2019Only,
            "Active.A20_1.NormDocs.NewMade ≤ Active.A20_1.NormDocs.NewPublished",
            _ => [new RuleInstance(RuleIds.P22, "Active.A20_1.NormDocs", ["Active.A20_1.NormDocs.NewMade"], ["Active.A20_1.NormDocs.NewPublished"])]);

        yield return new RuleDescriptor(
            RuleIds.P23, RuleFamily.Table2, FindingSeverity.Warning, RuleKind.Heuristic,
            "金额单位可疑",
            "Suspicious amount unit",
            $"gb2021 本年收费金额以万元计：带“元”字，或为不小于 {FeeAmountYuanThreshold} 的整数，疑为以元填报；gb2019 采购总金额表上未印单位：未注明单位时提示。",
            $"gb2021 fees are in 10,000 yuan: a value with a 元 suffix, or a whole number ≥ {FeeAmountYuanThreshold}, was probably entered in yuan; gb2019 procurement amounts have no printed unit: flagged when the cell states none.",
            "表二 第二十条第（八）项 本年收费金额（单位：万元）；第（九）项 采购总金额",
            National,
            "Active.A20_8.Fees.AmountWan has no 元 suffix and is not a whole number ≥ 100000 (gb2021); Active.A20_9.Procurement.Amount has a unit (gb2019)",
            edition => edition == ReportEdition.Gb2021
                ? [new RuleInstance(RuleIds.P23, string.Empty, ["Active.A20_8.Fees.AmountWan"], [])]
                : [new RuleInstance(RuleIds.P23, string.Empty, ["Active.A20_9.Procurement.Amount"], [])]);

        yield return new RuleDescriptor(
            RuleIds.P24, RuleFamily.Table2, FindingSeverity.Info, RuleKind.Note,
            "本年增/减以文字填写",
            "Change written as text",
            "“本年增/减”写作“增9”“减4”“+2”等文字形式，已按正负数读取，建议规范为数字。",
            "The change this year is written as text (增9, 减4, +2); it was read as a signed number, but should be normalised.",
            "表二（2019年版）本年增/减",
            Gb2019Only,
            "Active.{row}.Delta printed with 增/减/+",
            _ => [new RuleInstance(
                RuleIds.P24,
                string.Empty,
                [.. new[] { "A20_5.Licensing", "A20_5.OtherServices", "A20_6.Penalty", "A20_6.Coercion", "A20_8.Fees" }.Select(r => $"Active.{r}.Delta")],
                [])]);

        yield return new RuleDescriptor(
            RuleIds.PEd1, RuleFamily.Metadata, FindingSeverity.Error, RuleKind.Note,
            "表格版本与报告年度不符",
            "Edition does not match the report year",
            "2019 版表格用于 2021 年及以后的报告，2021 版表格用于 2020 年及以前的报告，或统计表版本早于/晚于其适用年度：年度标注错误或文件被重新发布。",
            "gb2019 tables in a 2021-or-later report, gb2021 tables in a 2020-or-earlier report, or a legacy table outside its years: a mislabelled year or a re-published file.",
            "国办公开办函〔2019〕60号；国办公开办函〔2021〕30号；国办发〔2014〕32号",
            AllTableEditions,
            "gb2019 ⇒ 2019 ≤ year ≤ 2020; gb2021 ⇒ year ≥ 2021; legacy2014 ⇒ year ≤ 2018");
    }
}
