namespace ReportRules.Rules.CrossReport;

/// <summary>Two reports of one agency for consecutive years: what <see cref="CarryOverRules"/> validates.</summary>
/// <param name="Previous">The report of year Y−1.</param>
/// <param name="Current">The report of year Y.</param>
internal sealed record ConsecutiveReports(CrossReportFacts Previous, CrossReportFacts Current);
