using FluentValidation.Results;
using ReportRules.Findings;
using ReportRules.Model;
using ReportRules.Model.Forms;
using ReportRules.Rules.CrossReport;

namespace ReportRules.Rules.Engine;

/// <summary>The only place that turns FluentValidation failures into public <see cref="Finding"/>s.</summary>
internal static class FailureMapper
{
    public static Finding Map(ValidationFailure failure, AnnualReport report)
    {
        if (failure.CustomState is not FailureState state)
        {
            throw new InvalidOperationException($"Validator failure '{failure.ErrorCode}' carries no FailureState.");
        }

        return ToFinding(state, report);
    }

    public static Finding MapCross(ValidationFailure failure)
    {
        if (failure.CustomState is not CrossFailure cross)
        {
            throw new InvalidOperationException($"Cross-report failure '{failure.ErrorCode}' carries no CrossFailure.");
        }

        var state = cross.State;
        return new Finding(state.RuleId, state.Severity, state.MessageId, state.Arguments, cross.Cells)
        {
            Scope = string.IsNullOrEmpty(state.Scope) ? null : state.Scope,
            Expected = state.Expected,
            Actual = state.Actual,
            Tolerance = state.Tolerance,
            Evidence = state.Evidence,
            Location = state.Location ?? cross.Cells.Select(c => c.Location).FirstOrDefault(l => l is not null),
            Source = cross.Source,
        };
    }

    public static Finding ToFinding(FailureState state, AnnualReport report)
    {
        var cells = state.CellKeys.Select(key => ToCell(key, report) with { Derived = state.DerivedKeys?.Contains(key) == true }).ToList();
        return new Finding(state.RuleId, state.Severity, state.MessageId, state.Arguments, cells)
        {
            Scope = string.IsNullOrEmpty(state.Scope) ? null : state.Scope,
            Expected = state.Expected,
            Actual = state.Actual,
            Tolerance = state.Tolerance,
            Evidence = state.Evidence,
            Location = state.Location ?? cells.Select(c => c.Location).FirstOrDefault(l => l is not null),
            Source = report.Metadata.Source,
        };
    }

    public static FindingCell ToCell(string key, AnnualReport report)
    {
        var cell = report.GetCell(key);
        var known = ReportForms.TryGetCell(report.Edition, key, out var def);
        var label = known ? def!.LabelZh : cell?.Label ?? ReportForms.LabelOf(key);
        return new FindingCell(key, label, cell?.Kind, cell?.Value, cell?.Raw ?? string.Empty, cell?.Location)
        {
            Inferred = cell?.Inferred ?? false,
            LabelEn = known ? def!.LabelEn : EnglishLabel(key, label),
        };
    }

    /// <summary>The English label of a cell outside the edition's form: the catalog's label in another edition, or a
    /// local row (<c>L14.Extra.n</c>) named by its printed Chinese label.</summary>
    internal static string EnglishLabel(string key, string printed)
    {
        if (key.StartsWith(ReportForms.LegacyExtraPrefix, StringComparison.Ordinal))
        {
            return "local row: " + printed;
        }

        var english = ReportForms.LabelEnOf(key);
        return english == key ? printed : english;
    }
}
