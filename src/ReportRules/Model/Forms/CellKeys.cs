using System.Collections.Frozen;

namespace ReportRules.Model.Forms;

/// <summary>Builds the stable cell keys of Tables 3 and 4 from their typed coordinates.</summary>
public static class CellKeys
{
    private static readonly string[] ColumnCodes = ["NP", "COM", "RES", "NGO", "LAW", "ORG", "TOT", "LEG"];

    private static readonly string[] RowIds =
    [
        "Requests.NewReceived",
        "Requests.CarriedOver",
        "Requests.Results.Granted",
        "Requests.Results.PartlyGranted",
        "Requests.Results.Denied.StateSecret",
        "Requests.Results.Denied.LawProhibited",
        "Requests.Results.Denied.SecurityStability",
        "Requests.Results.Denied.ThirdPartyRights",
        "Requests.Results.Denied.InternalAffairs",
        "Requests.Results.Denied.ProcessInfo",
        "Requests.Results.Denied.EnforcementFile",
        "Requests.Results.Denied.AdminQuery",
        "Requests.Results.Unable.NotHeld",
        "Requests.Results.Unable.NeedsCreation",
        "Requests.Results.Unable.StillUnclear",
        "Requests.Results.NotProcessed.Petition",
        "Requests.Results.NotProcessed.Duplicate",
        "Requests.Results.NotProcessed.Publication",
        "Requests.Results.NotProcessed.MassRepeated",
        "Requests.Results.NotProcessed.ConfirmOrReissue",
        "Requests.Results.Other",
        "Requests.Results.Other.NoCorrection",
        "Requests.Results.Other.FeeUnpaid",
        "Requests.Results.Other.Misc",
        "Requests.Results.Total",
        "Requests.CarriedForward",
    ];

    private static readonly string[] GroupIds = ["Review", "Lit.Direct", "Lit.AfterReview"];
    private static readonly string[] OutcomeIds = ["Maintained", "Corrected", "Other", "Pending", "Total"];

    private static readonly FrozenDictionary<string, Applicant> ByColumnCode =
        Enum.GetValues<Applicant>().ToFrozenDictionary(a => ColumnCodes[(int)a], StringComparer.Ordinal);

    /// <summary>Gets the applicant columns of the national form, in printed order (without the optional <c>LEG</c>).</summary>
    public static IReadOnlyList<Applicant> FormColumns { get; } =
    [
        Applicant.NaturalPerson, Applicant.Commercial, Applicant.Research, Applicant.Ngo,
        Applicant.LegalService, Applicant.OtherOrganisation, Applicant.Total,
    ];

    /// <summary>Gets the applicant columns that add up to <see cref="Applicant.Total"/>.</summary>
    public static IReadOnlyList<Applicant> ApplicantColumns { get; } =
    [
        Applicant.NaturalPerson, Applicant.Commercial, Applicant.Research, Applicant.Ngo,
        Applicant.LegalService, Applicant.OtherOrganisation,
    ];

    /// <summary>Gets the column code of an applicant column, e.g. <c>NP</c>.</summary>
    /// <param name="column">The column.</param>
    /// <returns>The code.</returns>
    public static string ColumnCode(Applicant column) => ColumnCodes[(int)column];

    /// <summary>Parses a column code such as <c>TOT</c>.</summary>
    /// <param name="code">The code.</param>
    /// <param name="column">The column, when the code is known.</param>
    /// <returns><see langword="true"/> when the code is known.</returns>
    public static bool TryParseColumn(string code, out Applicant column) => ByColumnCode.TryGetValue(code, out column);

    /// <summary>Gets the row id of a Table 3 row, e.g. <c>Requests.NewReceived</c>.</summary>
    /// <param name="row">The row.</param>
    /// <returns>The row id.</returns>
    public static string RowId(RequestRow row) => RowIds[(int)row];

    /// <summary>Gets the key of a Table 3 cell, e.g. <c>Requests.NewReceived.TOT</c>.</summary>
    /// <param name="row">The row.</param>
    /// <param name="column">The applicant column.</param>
    /// <returns>The key.</returns>
    public static string Request(RequestRow row, Applicant column) => RowIds[(int)row] + "." + ColumnCodes[(int)column];

    /// <summary>Gets the key of a Table 4 cell, e.g. <c>Lit.Direct.Total</c>.</summary>
    /// <param name="group">The group.</param>
    /// <param name="outcome">The outcome column.</param>
    /// <returns>The key.</returns>
    public static string Case(CaseGroup group, CaseOutcome outcome) => GroupIds[(int)group] + "." + OutcomeIds[(int)outcome];

    /// <summary>Gets the 15 Table 4 keys in printed order.</summary>
    public static IReadOnlyList<string> CaseKeys { get; } =
        [.. from g in Enum.GetValues<CaseGroup>() from o in Enum.GetValues<CaseOutcome>() select Case(g, o)];
}
