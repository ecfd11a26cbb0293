using BenchmarkDotNet.Attributes;
using ReportRules.Model;
using ReportRules.Model.Forms;

namespace ReportRules.Benchmarks;

/// <summary>How long the rules take on one full report (all cells printed), and what they allocate.</summary>
[MemoryDiagnoser]
public class CheckBenchmarks
{
    private AnnualReport gb2019 = null!;
    private AnnualReport gb2021 = null!;

    /// <summary>Builds two full reports with every form cell printed.</summary>
    [GlobalSetup]
    public void Setup()
    {
        gb2019 = Full(ReportEdition.Gb2019);
        gb2021 = Full(ReportEdition.Gb2021);
    }

    /// <summary>Checks a full gb2019 report.</summary>
    /// <returns>The number of findings.</returns>
    [Benchmark]
    public int CheckGb2019() => ReportChecker.Check(gb2019).Findings.Count;

    /// <summary>Checks a full gb2021 report.</summary>
    /// <returns>The number of findings.</returns>
    [Benchmark]
    public int CheckGb2021() => ReportChecker.Check(gb2021).Findings.Count;

    private static AnnualReport Full(ReportEdition edition)
    {
        var builder = new AnnualReportBuilder(edition).WithYear(edition == ReportEdition.Gb2019 ? 2019 : 2023);
        var i = 0;
        foreach (var def in ReportForms.GetCells(edition).Where(d => !d.Optional))
        {
            builder.Set(def.Key, (i++ * 7) % 13);
        }

        return builder.Build();
    }
}
