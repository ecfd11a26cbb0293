using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using ReportRules.Findings;
using ReportRules.Model;
using ReportRules.Model.Forms;
using ReportRules.Rules.Engine;

namespace ReportRules.Rules.CrossReport;

/// <summary>
/// 上年结转[c](Y) = 结转下年度[c](Y−1), evaluated per column from the catalog's operands. A column is evaluated
/// when at least one side is a number (a blank side counts as 0, per the blank-cell policy); not-applicable marks
/// and unreadable cells are not evaluated.
/// </summary>
internal sealed class CarryOverRules : AbstractValidator<ConsecutiveReports>
{
    public CarryOverRules()
    {
        var descriptor = RuleCatalog.Find(RuleIds.X1) ?? throw new InvalidOperationException($"Rule {RuleIds.X1} is not in the catalog.");
        RuleFor(p => p.Current)
            .Custom((_, context) =>
            {
                var pair = context.InstanceToValidate;
                if (!descriptor.AppliesTo(pair.Current.Edition) || !descriptor.AppliesTo(pair.Previous.Edition))
                {
                    return;
                }

                foreach (var instance in descriptor.GetInstances(pair.Current.Edition))
                {
                    var current = pair.Current.Cells.GetValueOrDefault(instance.Left[0]);
                    var previous = pair.Previous.Cells.GetValueOrDefault(instance.Right[0]);
                    if (!IsEvaluable(current, previous, out var actual, out var expected) || actual == expected)
                    {
                        continue;
                    }

                    var state = new FailureState(RuleIds.X1, descriptor.Severity, "CarryOverMismatch", [instance.Left[0], instance.Right[0]])
                    {
                        Scope = instance.Scope,
                        Expected = expected,
                        Actual = actual,
                        Tolerance = 0m,
                        Location = current?.Location,
                        Arguments =
                        {
                            ["agency"] = pair.Current.Agency ?? string.Empty,
                            ["year"] = pair.Current.Year?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                            ["previousYear"] = pair.Previous.Year?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                            ["column"] = instance.Scope,
                            ["previousSource"] = pair.Previous.Source ?? string.Empty,
                        },
                    };
                    context.AddFailure(new ValidationFailure(RuleIds.X1, state.MessageId)
                    {
                        ErrorCode = RuleIds.X1,
                        CustomState = new CrossFailure(state, [Cell(pair.Current, instance.Left[0]), Cell(pair.Previous, instance.Right[0])], pair.Current.Source),
                    });
                }
            });
    }

    private static bool IsEvaluable(CellValue? current, CellValue? previous, out decimal actual, out decimal expected)
    {
        actual = current?.Value ?? 0m;
        expected = previous?.Value ?? 0m;
        static bool Usable(CellValue? cell) => cell is null || cell.Kind is CellKind.Number or CellKind.Blank;
        return Usable(current) && Usable(previous) && (current?.IsNumber == true || previous?.IsNumber == true);
    }

    private static FindingCell Cell(CrossReportFacts facts, string key)
    {
        var cell = facts.Cells.GetValueOrDefault(key);
        var label = ReportForms.LabelOf(key);
        var labelEn = ReportForms.LabelEnOf(key);
        if (facts.Year is { } year)
        {
            label = $"{year.ToString(CultureInfo.InvariantCulture)}年 {label}";
            labelEn = $"{year.ToString(CultureInfo.InvariantCulture)}: {labelEn}";
        }

        return new FindingCell(key, label, cell?.Kind, cell?.Value, cell?.Raw ?? string.Empty, cell?.Location)
        {
            Inferred = cell?.Inferred ?? false,
            LabelEn = labelEn,
        };
    }
}

/// <summary>The custom state of a cross-report failure: the failure plus the operand cells read from two reports.</summary>
/// <param name="State">The failure.</param>
/// <param name="Cells">The operand cells (current report first).</param>
/// <param name="Source">The source of the current (later) report.</param>
internal sealed record CrossFailure(FailureState State, IReadOnlyList<FindingCell> Cells, string? Source);
