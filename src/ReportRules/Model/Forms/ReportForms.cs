using System.Collections.Frozen;

namespace ReportRules.Model.Forms;

/// <summary>
/// The cells of each edition's form, with their stable keys and printed labels (format-spec §3, §4, §5.2).
/// </summary>
public static partial class ReportForms
{
    // Built on first use, after every label table of this partial class is initialised.
    private static FrozenDictionary<ReportEdition, Form> Forms => FormHolder.Value;

    /// <summary>Gets every cell of an edition's form, in printed order (Table 2, 3, 4), optional cells included.</summary>
    /// <param name="edition">The edition.</param>
    /// <returns>The cells; empty for an edition without a table form.</returns>
    public static IReadOnlyList<FormCellDefinition> GetCells(ReportEdition edition) =>
        Forms.TryGetValue(edition, out var form) ? form.Cells : [];

    /// <summary>Looks a cell up by key in an edition's form.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="key">The cell key.</param>
    /// <param name="definition">The definition, when found.</param>
    /// <returns><see langword="true"/> when the edition's form has the cell.</returns>
    public static bool TryGetCell(ReportEdition edition, string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FormCellDefinition? definition)
    {
        if (Forms.TryGetValue(edition, out var form) && form.ByKey.TryGetValue(key, out definition))
        {
            return true;
        }

        definition = null;
        return false;
    }

    /// <summary>Gets the Chinese label of a key in any edition (the first edition that has it), or the key itself.</summary>
    /// <param name="key">The cell key.</param>
    /// <returns>The label.</returns>
    public static string LabelOf(string key)
    {
        foreach (var edition in ReportEditions.All)
        {
            if (TryGetCell(edition, key, out var definition))
            {
                return definition.LabelZh;
            }
        }

        return key;
    }

    /// <summary>Gets the English label of a key in any edition (the first edition that has it), or the key itself.</summary>
    /// <param name="key">The cell key.</param>
    /// <returns>The label.</returns>
    public static string LabelEnOf(string key)
    {
        foreach (var edition in ReportEditions.All)
        {
            if (TryGetCell(edition, key, out var definition))
            {
                return definition.LabelEn;
            }
        }

        return key;
    }

    internal static int OrderOf(ReportEdition edition, string key) =>
        Forms.TryGetValue(edition, out var form) && form.Order.TryGetValue(key, out var order) ? order : int.MaxValue;

    private static List<FormCellDefinition> NationalCells(ReportEdition edition)
    {
        var cells = new List<FormCellDefinition>();
        cells.AddRange(edition == ReportEdition.Gb2019 ? Table2Gb2019() : Table2Gb2021());
        foreach (var row in Enum.GetValues<RequestRow>())
        {
            var rowDef = RequestRows[(int)row];
            var isOtherSingle = row == RequestRow.Other;
            var isOtherSplit = row is RequestRow.OtherNoCorrection or RequestRow.OtherFeeUnpaid or RequestRow.OtherMisc;
            if (edition == ReportEdition.Gb2019 && isOtherSplit)
            {
                continue;
            }

            foreach (var column in Enum.GetValues<Applicant>())
            {
                var optional = column == Applicant.LegalPersonSubtotal || (edition == ReportEdition.Gb2021 && isOtherSingle);
                cells.Add(new FormCellDefinition(
                    CellKeys.Request(row, column),
                    FormTable.Requests,
                    CellKeys.RowId(row),
                    CellKeys.ColumnCode(column),
                    rowDef.Zh + " / " + ColumnLabels[(int)column].Zh,
                    rowDef.En + " / " + ColumnLabels[(int)column].En,
                    CellValueType.Count)
                { Optional = optional });
            }
        }

        foreach (var group in Enum.GetValues<CaseGroup>())
        {
            foreach (var outcome in Enum.GetValues<CaseOutcome>())
            {
                cells.Add(new FormCellDefinition(
                    CellKeys.Case(group, outcome),
                    FormTable.Review,
                    CellKeys.Case(group, outcome)[..CellKeys.Case(group, outcome).LastIndexOf('.')],
                    Enum.GetName(outcome),
                    GroupLabels[(int)group].Zh + " / " + OutcomeLabels[(int)outcome].Zh,
                    GroupLabels[(int)group].En + " / " + OutcomeLabels[(int)outcome].En,
                    CellValueType.Count));
            }
        }

        return cells;
    }

    private static IEnumerable<FormCellDefinition> Table2Gb2019()
    {
        string[] docColumns = ["NewMade", "NewPublished", "TotalPublic"];
        string[] docColumnsZh = ["本年新制作数量", "本年新公开数量", "对外公开总数量"];
        foreach (var (id, zh, en) in new[] { ("A20_1.Rules", "规章", "Rules"), ("A20_1.NormDocs", "规范性文件", "Normative documents") })
        {
            for (var i = 0; i < 3; i++)
            {
                yield return Active(id, docColumns[i], $"第二十条第（一）项 {zh} / {docColumnsZh[i]}", $"Art. 20(1) {en} / {docColumns[i]}", CellValueType.Count);
            }
        }

        foreach (var (id, zh, en, clause) in new[]
        {
            ("A20_5.Licensing", "行政许可", "Administrative licensing", "（五）"),
            ("A20_5.OtherServices", "其他对外管理服务事项", "Other external services", "（五）"),
            ("A20_6.Penalty", "行政处罚", "Administrative penalties", "（六）"),
            ("A20_6.Coercion", "行政强制", "Administrative coercion", "（六）"),
        })
        {
            yield return Active(id, "PrevItems", $"第二十条第{clause}项 {zh} / 上一年项目数量", $"{en} / items last year", CellValueType.Count);
            yield return Active(id, "Delta", $"第二十条第{clause}项 {zh} / 本年增/减", $"{en} / change this year", CellValueType.SignedCount);
            yield return Active(id, "Decisions", $"第二十条第{clause}项 {zh} / 处理决定数量", $"{en} / decisions", CellValueType.Count);
        }

        yield return Active("A20_8.Fees", "PrevItems", "第二十条第（八）项 行政事业性收费 / 上一年项目数量", "Administrative fees / items last year", CellValueType.Count);
        yield return Active("A20_8.Fees", "Delta", "第二十条第（八）项 行政事业性收费 / 本年增/减", "Administrative fees / change this year", CellValueType.SignedCount);
        yield return Active("A20_9.Procurement", "Projects", "第二十条第（九）项 政府集中采购 / 采购项目数量", "Central government procurement / projects", CellValueType.Count);
        yield return Active("A20_9.Procurement", "Amount", "第二十条第（九）项 政府集中采购 / 采购总金额", "Central government procurement / total amount", CellValueType.Amount);
    }

    private static IEnumerable<FormCellDefinition> Table2Gb2021()
    {
        string[] docColumns = ["Issued", "Repealed", "InForce"];
        string[] docColumnsZh = ["本年制发件数", "本年废止件数", "现行有效件数"];
        foreach (var (id, zh, en) in new[] { ("A20_1.Rules", "规章", "Rules"), ("A20_1.NormDocs", "行政规范性文件", "Administrative normative documents") })
        {
            for (var i = 0; i < 3; i++)
            {
                yield return Active(id, docColumns[i], $"第二十条第（一）项 {zh} / {docColumnsZh[i]}", $"Art. 20(1) {en} / {docColumns[i]}", CellValueType.Count);
            }
        }

        yield return Active("A20_5.Licensing", "Decisions", "第二十条第（五）项 行政许可 / 本年处理决定数量", "Administrative licensing / decisions this year", CellValueType.Count);
        yield return Active("A20_6.Penalty", "Decisions", "第二十条第（六）项 行政处罚 / 本年处理决定数量", "Administrative penalties / decisions this year", CellValueType.Count);
        yield return Active("A20_6.Coercion", "Decisions", "第二十条第（六）项 行政强制 / 本年处理决定数量", "Administrative coercion / decisions this year", CellValueType.Count);
        yield return Active("A20_8.Fees", "AmountWan", "第二十条第（八）项 行政事业性收费 / 本年收费金额（单位：万元）", "Administrative fees / amount collected (10,000 yuan)", CellValueType.Amount);
    }

    private static FormCellDefinition Active(string row, string column, string zh, string en, CellValueType type) =>
        new($"Active.{row}.{column}", FormTable.Active, $"Active.{row}", column, zh, en, type);

    private static readonly (string Zh, string En)[] ColumnLabels =
    [
        ("自然人", "natural persons"),
        ("商业企业", "commercial enterprises"),
        ("科研机构", "research institutions"),
        ("社会公益组织", "social welfare organisations"),
        ("法律服务机构", "legal service agencies"),
        ("其他", "other organisations"),
        ("总计", "total"),
        ("法人或其他组织小计", "legal persons subtotal"),
    ];

    private static readonly (string Zh, string En)[] RequestRows =
    [
        ("一、本年新收政府信息公开申请数量", "I. New applications this year"),
        ("二、上年结转政府信息公开申请数量", "II. Applications carried over from last year"),
        ("三、本年度办理结果（一）予以公开", "III. Results (1) granted"),
        ("三、本年度办理结果（二）部分公开", "III. Results (2) partly granted"),
        ("（三）不予公开 1.属于国家秘密", "(3) denied: 1 state secret"),
        ("（三）不予公开 2.其他法律行政法规禁止公开", "(3) denied: 2 prohibited by other laws"),
        ("（三）不予公开 3.危及“三安全一稳定”", "(3) denied: 3 endangers security or stability"),
        ("（三）不予公开 4.保护第三方合法权益", "(3) denied: 4 third-party rights"),
        ("（三）不予公开 5.属于三类内部事务信息", "(3) denied: 5 internal affairs"),
        ("（三）不予公开 6.属于四类过程性信息", "(3) denied: 6 process information"),
        ("（三）不予公开 7.属于行政执法案卷", "(3) denied: 7 enforcement files"),
        ("（三）不予公开 8.属于行政查询事项", "(3) denied: 8 administrative query matters"),
        ("（四）无法提供 1.本机关不掌握相关政府信息", "(4) unable: 1 not held"),
        ("（四）无法提供 2.没有现成信息需要另行制作", "(4) unable: 2 would need to be created"),
        ("（四）无法提供 3.补正后申请内容仍不明确", "(4) unable: 3 still unclear after correction"),
        ("（五）不予处理 1.信访举报投诉类申请", "(5) not processed: 1 petitions and complaints"),
        ("（五）不予处理 2.重复申请", "(5) not processed: 2 duplicate"),
        ("（五）不予处理 3.要求提供公开出版物", "(5) not processed: 3 publications"),
        ("（五）不予处理 4.无正当理由大量反复申请", "(5) not processed: 4 mass repeated"),
        ("（五）不予处理 5.要求行政机关确认或重新出具已获取信息", "(5) not processed: 5 confirm or reissue"),
        ("（六）其他处理", "(6) other handling"),
        ("（六）其他处理 1.申请人无正当理由逾期不补正", "(6) other: 1 no correction in time"),
        ("（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用", "(6) other: 2 fee unpaid"),
        ("（六）其他处理 3.其他", "(6) other: 3 other"),
        ("（七）总计", "(7) results total"),
        ("四、结转下年度继续办理", "IV. Carried forward to next year"),
    ];

    private static readonly (string Zh, string En)[] GroupLabels =
    [
        ("行政复议", "administrative review"),
        ("行政诉讼 未经复议直接起诉", "litigation without review"),
        ("行政诉讼 复议后起诉", "litigation after review"),
    ];

    private static readonly (string Zh, string En)[] OutcomeLabels =
    [
        ("结果维持", "upheld"),
        ("结果纠正", "corrected"),
        ("其他结果", "other result"),
        ("尚未审结", "pending"),
        ("总计", "total"),
    ];

    private static class FormHolder
    {
        public static readonly FrozenDictionary<ReportEdition, Form> Value = new Dictionary<ReportEdition, Form>
        {
            [ReportEdition.Gb2019] = new Form(NationalCells(ReportEdition.Gb2019)),
            [ReportEdition.Gb2021] = new Form(NationalCells(ReportEdition.Gb2021)),
            [ReportEdition.Legacy2014] = new Form(LegacyCells()),
            [ReportEdition.Legacy2008] = new Form([]),
        }.ToFrozenDictionary();
    }

    private sealed class Form
    {
        public Form(List<FormCellDefinition> cells)
        {
            Cells = cells.AsReadOnly();
            ByKey = cells.ToFrozenDictionary(c => c.Key, StringComparer.Ordinal);
            Order = cells.Select((c, i) => (c.Key, i)).ToFrozenDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);
        }

        public IReadOnlyList<FormCellDefinition> Cells { get; }

        public FrozenDictionary<string, FormCellDefinition> ByKey { get; }

        public FrozenDictionary<string, int> Order { get; }
    }
}
