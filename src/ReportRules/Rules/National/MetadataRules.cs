using FluentValidation;
using ReportRules.Model;
using ReportRules.Rules.Engine;

namespace ReportRules.Rules.National;

/// <summary>Edition and metadata rules: P-ED-1 (the edition fits the report year).</summary>
internal sealed class MetadataRules : ReportRuleValidator
{
    public MetadataRules() => Register(Rules.RuleIds.PEd1, EditionFitsYear);

    /// <summary>Gets the report years an edition is used for (inclusive).</summary>
    internal static (int From, int To) YearsOf(ReportEdition edition) => edition switch
    {
        ReportEdition.Legacy2014 => (2014, 2018),
        ReportEdition.Gb2019 => (2019, 2020),
        ReportEdition.Gb2021 => (2021, 9999),
        _ => (0, 9999),
    };

    private static void EditionFitsYear(RuleDescriptor rule, AnnualReport report, EvaluationState state, ValidationContext<AnnualReport> context)
    {
        if (report.Metadata.Year is not { } year)
        {
            state.Record(rule.Id, InstanceOutcome.NotApplicable);
            return;
        }

        var (from, to) = YearsOf(report.Edition);

        // Legacy tables were used before 2014 by some provinces; only a legacy table after 2018 is a mismatch.
        if (report.Edition == ReportEdition.Legacy2014)
        {
            from = 0;
        }

        if (year >= from && year <= to)
        {
            state.Record(rule.Id, InstanceOutcome.Passed);
            return;
        }

        var failure = new FailureState(rule.Id, rule.Severity, "EditionYearMismatch", []) { Actual = year };
        failure.Arguments["year"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        failure.Arguments["edition"] = report.Edition.ToId();
        failure.Arguments["range"] = to == 9999 ? $"{from}–" : $"{from}–{to}";
        Fail(context, failure);
        state.Record(rule.Id, InstanceOutcome.Failed);
    }
}
