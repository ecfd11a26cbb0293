using ReportRules.Rules.Engine;

namespace ReportRules.Rules.National;

/// <summary>Table 4: T4-F1 … T4-F4, evaluated from the catalog's operands.</summary>
internal sealed class Table4Rules : CatalogValidator
{
    public Table4Rules()
        : base(RuleFamily.Table4)
    {
    }
}
