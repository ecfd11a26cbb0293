using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReportRules.Model;
using ReportRules.Model.Forms;
using ReportRules.Rules;
using ReportRules.Rules.CrossReport;

namespace ReportRules.Tests.Rules.CrossReport;

/// <summary>
/// Generated series of one agency (gb2021, 2 to 5 consecutive years) whose carried-over applications and documents in
/// force roll forward correctly, printed under names with and without the higher administrative divisions.
/// </summary>
public class SeriesPropertyTests
{
    private static readonly string[] Agencies = ["洪泽区人民政府", "龙潭区教育局", "花山镇人民政府", "芦淞区财政局", "洞头区人力资源和社会保障局"];
    private static readonly string[] Prefixes = ["", "淮安市", "江苏省淮安市", "ＸＸ市 "];

    private sealed record Series(IReadOnlyList<AnnualReport> Reports);

    private static Gen<Series> SeriesGen =>
        from agency in Gen.Elements(Agencies)
        from first in Gen.Choose(2021, 2030)
        from count in Gen.Choose(2, 5)
        from prefixes in Gen.Elements(Prefixes).ArrayOf(count)
        from forward in Gen.Choose(0, 9).ArrayOf(count * 7)
        from issued in Gen.Choose(0, 6).ArrayOf(count)
        from repealed in Gen.Choose(0, 3).ArrayOf(count)
        from received in Gen.Choose(0, 40).ArrayOf(count)
        select Build(agency, first, prefixes, forward, issued, repealed, received);

    private static Series Build(string agency, int first, string[] prefixes, int[] forward, int[] issued, int[] repealed, int[] received)
    {
        var reports = new List<AnnualReport>();
        var inForce = 5m;
        for (var i = 0; i < prefixes.Length; i++)
        {
            var year = first + i;
            var repeal = Math.Min(repealed[i], inForce + issued[i]);
            inForce += issued[i] - repeal;
            var builder = new AnnualReportBuilder(ReportEdition.Gb2021).WithAgency(prefixes[i] + agency).WithYear(year).WithSource($"{agency}-{year}.txt")
                .Set("Active.A20_1.Rules.Issued", issued[i])
                .Set("Active.A20_1.Rules.Repealed", repeal)
                .Set("Active.A20_1.Rules.InForce", inForce)
                .SetRequest(RequestRow.NewReceived, Applicant.Total, 100 * (i + 1) + received[i]);
            for (var c = 0; c < CellKeys.FormColumns.Count; c++)
            {
                var column = CellKeys.FormColumns[c];
                builder.SetRequest(RequestRow.CarriedForward, column, forward[(i * 7) + c]);
                builder.SetRequest(RequestRow.CarriedOver, column, i == 0 ? 0 : forward[((i - 1) * 7) + c]);
            }

            reports.Add(builder.Build());
        }

        return new Series(reports);
    }

    private static CrossReportResult Run(IEnumerable<AnnualReport> reports) => CrossReportChecker.Run([.. reports.Select(CrossReportFacts.From)]);

    [Property(MaxTest = 150)]
    public Property Run_SeriesRollingForward_PairsEveryYearAndRaisesNothing() =>
        Prop.ForAll(SeriesGen.ToArbitrary(), series =>
        {
            // Any order of input: the series is found by agency and year, whatever prefix each year printed.
            var result = Run(series.Reports.Reverse());

            var found = Assert.Single(result.Series);
            Assert.Equal(series.Reports.Select(r => r.Metadata.Year!.Value), found.Years);
            Assert.Equal(series.Reports.Count - 1, result.PairsCompared);
            Assert.Empty(result.Unpaired);
            Assert.True(result.Findings.Count == 0, string.Join("\n", result.Findings));
        });

    [Property(MaxTest = 150)]
    public Property Run_OneLinkBroken_RaisesExactlyOneFindingNamingBothReportsAndCells()
    {
        var gen =
            from series in SeriesGen
            from pick in Gen.Choose(0, 1000)
            from column in Gen.Choose(0, 6)
            from delta in Gen.Choose(1, 5)
            from carry in Gen.Elements(true, false)
            select (series, pick, column, delta, carry);
        return Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var (series, pick, column, delta, carry) = input;
            var index = 1 + (pick % (series.Reports.Count - 1));
            var (previous, current) = (series.Reports[index - 1], series.Reports[index]);
            var key = carry ? CellKeys.Request(RequestRow.CarriedOver, CellKeys.FormColumns[column]) : "Active.A20_1.Rules.Issued";
            var broken = current.ToBuilder().Set(key, current.GetCell(key)!.Value!.Value + delta).Build();
            var reports = series.Reports.ToList();
            reports[index] = broken;

            var finding = Assert.Single(Run(reports).Findings);

            Assert.Equal(carry ? RuleIds.X1 : RuleIds.X2, finding.RuleId);
            Assert.Equal(current.Metadata.Source, finding.Source);
            Assert.Contains(previous.Metadata.Source!, finding.GetMessage("en"), StringComparison.Ordinal);
            Assert.Contains(previous.Metadata.Source!, finding.GetMessage("zh"), StringComparison.Ordinal);
            var previousYear = previous.Metadata.Year!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + "年";
            var currentYear = current.Metadata.Year!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + "年";
            Assert.Contains(finding.Cells, c => c.Key == key && c.Label.StartsWith(currentYear, StringComparison.Ordinal));
            Assert.Contains(finding.Cells, c => c.Label.StartsWith(previousYear, StringComparison.Ordinal));
            Assert.Equal(carry ? delta : -delta, finding.Difference);
        });
    }

    [Property(MaxTest = 100)]
    public Property Run_AgencyRenamedWithAPrefix_KeepsThePairing() =>
        Prop.ForAll(SeriesGen.ToArbitrary(), Gen.Elements("江苏省", "淮安市", "江苏省淮安市").ToArbitrary(), (series, prefix) =>
        {
            var last = series.Reports[^1];
            var renamed = series.Reports.Take(series.Reports.Count - 1)
                .Append(last.ToBuilder().WithAgency(prefix + last.Metadata.Agency).Build());

            var result = Run(renamed);

            Assert.Equal(series.Reports.Count, Assert.Single(result.Series).Reports.Count);
            Assert.Empty(result.Findings);
        });
}
