namespace ReportRules.Model;

/// <summary>
/// Conversions between <see cref="ReportEdition"/> values and their stable string ids.
/// </summary>
public static class ReportEditions
{
    /// <summary>Gets the editions that have a defined form, oldest first.</summary>
    public static IReadOnlyList<ReportEdition> All { get; } =
        [ReportEdition.Legacy2008, ReportEdition.Legacy2014, ReportEdition.Gb2019, ReportEdition.Gb2021];

    /// <summary>Gets the stable id of an edition, e.g. <c>gb2021</c>.</summary>
    /// <param name="edition">The edition.</param>
    /// <returns>The id; <c>unknown</c> for <see cref="ReportEdition.Unknown"/>.</returns>
    public static string ToId(this ReportEdition edition) => edition switch
    {
        ReportEdition.Legacy2008 => "legacy2008",
        ReportEdition.Legacy2014 => "legacy2014",
        ReportEdition.Gb2019 => "gb2019",
        ReportEdition.Gb2021 => "gb2021",
        _ => "unknown",
    };

    /// <summary>Parses an edition id such as <c>gb2019</c> (case-insensitive).</summary>
    /// <param name="id">The id.</param>
    /// <param name="edition">The edition, when the id is known.</param>
    /// <returns><see langword="true"/> when the id names an edition.</returns>
    public static bool TryParse(string? id, out ReportEdition edition)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.ToId(), id?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                edition = candidate;
                return true;
            }
        }

        edition = ReportEdition.Unknown;
        return false;
    }

    /// <summary>Gets whether the edition is one of the two national formats (gb2019, gb2021), which share Tables 3 and 4.</summary>
    /// <param name="edition">The edition.</param>
    /// <returns><see langword="true"/> for gb2019 and gb2021.</returns>
    public static bool IsNational(this ReportEdition edition) =>
        edition is ReportEdition.Gb2019 or ReportEdition.Gb2021;
}
