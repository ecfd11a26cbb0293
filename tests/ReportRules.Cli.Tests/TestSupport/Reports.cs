using ReportRules.Findings;
using ReportRules.Model;

namespace ReportRules.Cli.Tests.TestSupport;

/// <summary>Reports built in code, with known findings.</summary>
internal static class Reports
{
    /// <summary>gb2019, 2019: 10 new + 0 carried over, but results total 9 and 0 carried forward in the TOT and NP columns: T3-F1 fails.</summary>
    public static AnnualReport Table3Unbalanced(string source = "built/<unbalanced>&.txt") =>
        new AnnualReportBuilder(ReportEdition.Gb2019)
            .WithAgency("测试县人民政府").WithYear(2019).WithSource(source)
            .SetRequestRow(RequestRow.NewReceived, 10, 0, 0, 0, 0, 0, 10)
            .SetRequestRow(RequestRow.CarriedOver, 0, 0, 0, 0, 0, 0, 0)
            .SetRequestRow(RequestRow.Granted, 9, 0, 0, 0, 0, 0, 9)
            .SetRequestRow(RequestRow.ResultsTotal, 9, 0, 0, 0, 0, 0, 9)
            .SetRequestRow(RequestRow.CarriedForward, 0, 0, 0, 0, 0, 0, 0)
            .Build();

    public static CheckResult Checked(AnnualReport report) => ReportChecker.Check(report);
}
