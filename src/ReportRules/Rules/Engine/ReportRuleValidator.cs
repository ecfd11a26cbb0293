using FluentValidation;
using FluentValidation.Results;
using ReportRules.Findings;
using ReportRules.Model;

namespace ReportRules.Rules.Engine;

/// <summary>
/// Base of every rule validator: knows which rule ids it emits, and adds failures carrying a <see cref="FailureState"/>.
/// Validators hold no per-check state, so one instance serves many threads.
/// </summary>
internal abstract class ReportRuleValidator : AbstractValidator<AnnualReport>
{
    private readonly List<string> ruleIds = [];

    /// <summary>Gets the rule ids this validator evaluates: exactly those it registered a body for.</summary>
    public IReadOnlyList<string> RuleIds => ruleIds;

    /// <summary>Registers a rule body under a rule id: it runs only when the rule is selected and applies to the edition.</summary>
    protected void Register(string ruleId, Action<RuleDescriptor, AnnualReport, EvaluationState, ValidationContext<AnnualReport>> body)
    {
        var descriptor = RuleCatalog.Find(ruleId) ?? throw new InvalidOperationException($"Rule {ruleId} is not in the catalog.");
        Register(descriptor, body);
    }

    /// <summary>Registers a rule body for a descriptor that need not be built in (an app's own rule).</summary>
    protected void Register(RuleDescriptor descriptor, Action<RuleDescriptor, AnnualReport, EvaluationState, ValidationContext<AnnualReport>> body)
    {
        var ruleId = descriptor.Id;
        ruleIds.Add(ruleId);
        RuleFor(r => r.Cells)
            .Custom((_, context) =>
            {
                var state = EvaluationState.From(context);
                var report = context.InstanceToValidate;
                if (!descriptor.AppliesTo(report.Edition) || !state.IsSelected(ruleId))
                {
                    return;
                }

                body(descriptor, report, state, context);
            });
    }

    protected static void Fail(ValidationContext<AnnualReport> context, FailureState failure) =>
        context.AddFailure(new ValidationFailure(failure.RuleId, failure.MessageId)
        {
            ErrorCode = failure.RuleId,
            Severity = failure.Severity switch
            {
                FindingSeverity.Error => Severity.Error,
                FindingSeverity.Warning => Severity.Warning,
                _ => Severity.Info,
            },
            CustomState = failure,
        });
}
