namespace ReportRules.Rules;

/// <summary>How a rule compares its operands.</summary>
public enum RuleKind
{
    /// <summary>Σ left = Σ right (within the tolerance).</summary>
    Equality = 0,

    /// <summary>Σ left ≤ Σ right.</summary>
    AtMost = 1,

    /// <summary>Every operand is an integer ≥ 0 (or, for signed and amount cells, what its type allows).</summary>
    CellDomain = 2,

    /// <summary>Σ left ≥ 0.</summary>
    NonNegativeSum = 3,

    /// <summary>A heuristic over the named operands, described in the rule's description.</summary>
    Heuristic = 4,

    /// <summary>A note or a check on the input or metadata rather than on numbers.</summary>
    Note = 5,
}
