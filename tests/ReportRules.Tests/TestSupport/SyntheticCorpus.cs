using ReportRules.Model;
using ReportRules.Model.Forms;
using ReportRules.Rules;

namespace ReportRules.Tests.TestSupport;

/// <summary>
/// The synthetic corpus (issue 12): report <c>i</c> is a consistent gb2019 or gb2021 model (a pure function of the seed
/// and <c>i</c>), rendered to one of the text layouts; a known fraction carry one injected error (an outcome cell raised
/// without its totals), and every report comes with its expected findings: the rule ids the checker gives for the
/// model itself. Used as a large-scale correctness test and, written to disk, for the macro run of the CLI.
/// </summary>
internal static class SyntheticCorpus
{
    /// <summary>The text layouts cycled through (all read losslessly).</summary>
    public static readonly TextLayout[] Layouts = [TextLayout.PipeRows, TextLayout.Markdown, TextLayout.CellPerLineBlanksKept, TextLayout.CellPipeLines];

    /// <summary>Builds report <paramref name="index"/> of the corpus.</summary>
    /// <param name="index">The report number.</param>
    /// <param name="errorPercent">The share of reports with an injected error, in percent (0–100).</param>
    /// <param name="seed">The corpus seed.</param>
    /// <returns>The case.</returns>
    public static SyntheticCase Case(int index, int errorPercent = 10, int seed = 12)
    {
        var random = new Random(HashCode.Combine(seed, index) & int.MaxValue);
        var edition = index % 2 == 0 ? ReportEdition.Gb2021 : ReportEdition.Gb2019;
        var layout = Layouts[(index / 2) % Layouts.Length];
        var values = new int[ConsistentReports.Draws];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = random.Next(0, 13);
        }

        var report = ConsistentReports.Build(edition, values);
        const string procurement = "Active.A20_9.Procurement.Amount";
        if (report.GetCell(procurement) is { Value: { } amount })
        {
            // The renderer prints numbers without units, so the model is what the text can say: the amount without 万元.
            report = ConsistentReports.WithCell(report, procurement, amount);
        }

        string? injected = null;
        if (random.Next(100) < errorPercent)
        {
            var rows = RuleCatalog.OutcomeRows(edition);
            var row = rows[random.Next(rows.Count)];
            var column = CellKeys.ApplicantColumns[random.Next(CellKeys.ApplicantColumns.Count)];
            injected = CellKeys.Request(row, column);
            report = ConsistentReports.WithCell(report, injected, (report.GetCell(injected)?.Value ?? 0) + 1 + random.Next(5));
        }

        var expected = ReportChecker.Check(report).Findings.Select(f => f.RuleId).Order(StringComparer.Ordinal).ToList();
        var name = FormattableString.Invariant($"synthetic_{index:D6}_{edition.ToId()}_{layout}{(injected is null ? string.Empty : "_error")}");
        return new SyntheticCase(name, report, layout, ReportRenderer.Render(report, layout), injected, expected);
    }
}

/// <summary>One report of the synthetic corpus.</summary>
/// <param name="Name">The file name without extension.</param>
/// <param name="Report">The model.</param>
/// <param name="Layout">The layout it is rendered in.</param>
/// <param name="Text">The rendered text.</param>
/// <param name="InjectedCell">The cell whose value was raised, or <see langword="null"/> for a consistent report.</param>
/// <param name="ExpectedRuleIds">The rule ids of the findings on the model, sorted.</param>
internal sealed record SyntheticCase(string Name, AnnualReport Report, TextLayout Layout, string Text, string? InjectedCell, IReadOnlyList<string> ExpectedRuleIds);
