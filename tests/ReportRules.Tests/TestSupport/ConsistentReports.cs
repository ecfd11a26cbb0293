using FsCheck;
using FsCheck.Fluent;
using ReportRules.Model;
using ReportRules.Model.Forms;
using ReportRules.Rules;

namespace ReportRules.Tests.TestSupport;

/// <summary>
/// FsCheck generators of internally consistent gb2019 / gb2021 reports: every form identity holds by construction.
/// The report is a pure function of an array of small numbers, so FsCheck shrinks failures towards zeros.
/// </summary>
internal static class ConsistentReports
{
    /// <summary>Enough free numbers for the largest edition (gb2021 has 21 outcome rows × 6 columns + the rest).</summary>
    public const int Draws = 220;

    public static Gen<AnnualReport> Any =>
        from edition in Gen.Elements(ReportEdition.Gb2019, ReportEdition.Gb2021)
        from values in Gen.Choose(0, 12).ArrayOf(Draws)
        select Build(edition, values);

    public static Arbitrary<AnnualReport> Arbitrary => Any.ToArbitrary();

    public static AnnualReport Build(ReportEdition edition, int[] values)
    {
        var next = 0;
        int Draw() => values[next++ % values.Length];

        var builder = new AnnualReportBuilder(edition)
            .WithYear(edition == ReportEdition.Gb2019 ? 2019 : 2022)
            .WithAgency("测试县人民政府")
            .WithSource("generated");

        // Table 3, per applicant column: outcomes first, then the carried numbers that make T3-F1 hold.
        var outcomeRows = RuleCatalog.OutcomeRows(edition);
        var columns = new Dictionary<RequestRow, decimal[]>();
        foreach (var row in RuleCatalog.DataRows(edition))
        {
            columns[row] = new decimal[6];
        }

        for (var c = 0; c < 6; c++)
        {
            var total = 0m;
            foreach (var row in outcomeRows)
            {
                var v = Draw() % 4 == 0 ? Draw() : 0; // mostly zeros, like real tables
                columns[row][c] = v;
                total += v;
            }

            var forward = Draw() % 3;
            var over = Math.Min(Draw() % 3, total + forward);
            columns[RequestRow.ResultsTotal][c] = total;
            columns[RequestRow.CarriedForward][c] = forward;
            columns[RequestRow.CarriedOver][c] = over;
            columns[RequestRow.NewReceived][c] = total + forward - over;
        }

        foreach (var (row, cells) in columns)
        {
            builder.SetRequestRow(row, [.. cells.Select(v => (decimal?)v), cells.Sum()]);
        }

        // Table 4: parts, then their totals.
        var caseRow = new decimal?[15];
        for (var g = 0; g < 3; g++)
        {
            var sum = 0m;
            for (var o = 0; o < 4; o++)
            {
                var v = Draw() % 3 == 0 ? Draw() : 0;
                caseRow[(g * 5) + o] = v;
                sum += v;
            }

            caseRow[(g * 5) + 4] = sum;
        }

        builder.SetCaseRow(caseRow);

        // Table 2: counts that satisfy the Table 2 identities and plausibility bounds.
        if (edition == ReportEdition.Gb2021)
        {
            foreach (var doc in new[] { "Rules", "NormDocs" })
            {
                var issued = (decimal)Draw();
                var repealed = (decimal)Draw();
                builder.Set($"Active.A20_1.{doc}.Issued", issued);
                builder.Set($"Active.A20_1.{doc}.Repealed", repealed);
                builder.Set($"Active.A20_1.{doc}.InForce", issued + Draw());
            }

            builder.Set("Active.A20_5.Licensing.Decisions", Draw() * 10);
            builder.Set("Active.A20_6.Penalty.Decisions", Draw() * 3);
            builder.Set("Active.A20_6.Coercion.Decisions", Draw());
            builder.Set("Active.A20_8.Fees.AmountWan", Draw() + (Draw() / 100m));
        }
        else
        {
            foreach (var doc in new[] { "Rules", "NormDocs" })
            {
                var made = (decimal)Draw();
                builder.Set($"Active.A20_1.{doc}.NewMade", made);
                builder.Set($"Active.A20_1.{doc}.NewPublished", made);
                builder.Set($"Active.A20_1.{doc}.TotalPublic", made + Draw());
            }

            foreach (var row in new[] { "A20_5.Licensing", "A20_5.OtherServices", "A20_6.Penalty", "A20_6.Coercion", "A20_8.Fees" })
            {
                var previous = (decimal)Draw();
                builder.Set($"Active.{row}.PrevItems", previous);
                builder.Set($"Active.{row}.Delta", Draw() - Math.Min(previous, Draw()));
                if (row != "A20_8.Fees")
                {
                    builder.Set($"Active.{row}.Decisions", Draw());
                }
            }

            builder.Set("Active.A20_9.Procurement.Projects", Draw());
            builder.Set("Active.A20_9.Procurement.Amount", CellValue.Number(Draw() * 1.5m, null) with { Unit = "万元" });
        }

        return builder.Build();
    }

    /// <summary>Gets every number cell of a report, in form order.</summary>
    public static IReadOnlyList<string> NumberKeys(AnnualReport report) =>
        [.. report.CellKeysInOrder.Where(k => report.Cells[k].Kind == CellKind.Number)];

    /// <summary>Returns the report with one cell's value changed.</summary>
    public static AnnualReport WithCell(AnnualReport report, string key, decimal value) =>
        report.ToBuilder().Set(key, CellValue.Number(value)).Build();

    /// <summary>Gets the label of a form cell, for assertion messages.</summary>
    public static string Describe(AnnualReport report, string key) =>
        ReportForms.TryGetCell(report.Edition, key, out var def) ? $"{key} ({def.LabelZh})" : key;
}
