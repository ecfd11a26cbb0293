using ReportRules.Model.Forms;

namespace ReportRules.Model;

/// <summary>
/// Builds an <see cref="AnnualReport"/> in code, for applications that already hold the numbers.
/// Keys are checked against the edition's form.
/// </summary>
/// <example>
/// <code>
/// var report = new AnnualReportBuilder(ReportEdition.Gb2019)
///     .WithAgency("株洲市芦淞区人民政府").WithYear(2019)
///     .SetRequestRow(RequestRow.NewReceived, 11, null, null, null, null, null, 11)
///     .Build();
/// </code>
/// </example>
public sealed class AnnualReportBuilder
{
    private readonly Dictionary<string, CellValue> cells = new(StringComparer.Ordinal);
    private readonly List<NarrativeParagraph> narrative = [];
    private ReportMetadata metadata;

    /// <summary>Initializes a new instance of the <see cref="AnnualReportBuilder"/> class.</summary>
    /// <param name="edition">The edition of the form.</param>
    public AnnualReportBuilder(ReportEdition edition) => metadata = new ReportMetadata { Edition = edition };

    /// <summary>Gets the edition being built.</summary>
    public ReportEdition Edition => metadata.Edition;

    internal static AnnualReportBuilder From(AnnualReport report)
    {
        var builder = new AnnualReportBuilder(report.Edition) { metadata = report.Metadata };
        foreach (var (key, value) in report.Cells)
        {
            builder.cells[key] = value;
        }

        builder.narrative.AddRange(report.Narrative);
        return builder;
    }

    /// <summary>Sets the agency.</summary>
    /// <param name="agency">The agency name.</param>
    /// <returns>This builder.</returns>
    public AnnualReportBuilder WithAgency(string? agency)
    {
        metadata = metadata with { Agency = agency };
        return this;
    }

    /// <summary>Sets the report year.</summary>
    /// <param name="year">The statistics year.</param>
    /// <returns>This builder.</returns>
    public AnnualReportBuilder WithYear(int? year)
    {
        metadata = metadata with { Year = year };
        return this;
    }

    /// <summary>Sets the source name (a path or any name the caller wants to see in findings).</summary>
    /// <param name="source">The source.</param>
    /// <returns>This builder.</returns>
    public AnnualReportBuilder WithSource(string? source)
    {
        metadata = metadata with { Source = source };
        return this;
    }

    /// <summary>Sets the publication date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>This builder.</returns>
    public AnnualReportBuilder WithPublishedOn(DateOnly? date)
    {
        metadata = metadata with { PublishedOn = date };
        return this;
    }

    /// <summary>Sets a cell.</summary>
    /// <param name="key">The cell key; it must belong to the edition's form.</param>
    /// <param name="value">The cell.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The key is not a cell of the edition's form.</exception>
    public AnnualReportBuilder Set(string key, CellValue value)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        if (!IsKnownKey(key))
        {
            throw new ArgumentException($"'{key}' is not a cell of the {Edition.ToId()} form.", nameof(key));
        }

        cells[key] = value;
        return this;
    }

    /// <summary>Sets a number cell.</summary>
    /// <param name="key">The cell key.</param>
    /// <param name="value">The number.</param>
    /// <returns>This builder.</returns>
    public AnnualReportBuilder Set(string key, decimal value) => Set(key, CellValue.Number(value));

    /// <summary>Removes a cell (the document does not contain it).</summary>
    /// <param name="key">The cell key.</param>
    /// <returns>This builder.</returns>
    public AnnualReportBuilder Remove(string key)
    {
        cells.Remove(key);
        return this;
    }

    /// <summary>Sets a Table 3 cell.</summary>
    /// <param name="row">The row.</param>
    /// <param name="column">The column.</param>
    /// <param name="value">The number.</param>
    /// <returns>This builder.</returns>
    public AnnualReportBuilder SetRequest(RequestRow row, Applicant column, decimal value) =>
        Set(CellKeys.Request(row, column), value);

    /// <summary>Sets one Table 3 row of the seven form columns (NP, COM, RES, NGO, LAW, ORG, TOT); <see langword="null"/> is a blank cell.</summary>
    /// <param name="row">The row.</param>
    /// <param name="values">Seven values in printed order.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">Not exactly seven values.</exception>
    public AnnualReportBuilder SetRequestRow(RequestRow row, params decimal?[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != CellKeys.FormColumns.Count)
        {
            throw new ArgumentException("A Table 3 row has seven values: NP, COM, RES, NGO, LAW, ORG, TOT.", nameof(values));
        }

        for (var i = 0; i < values.Length; i++)
        {
            Set(CellKeys.Request(row, CellKeys.FormColumns[i]), values[i] is { } v ? CellValue.Number(v) : CellValue.Blank());
        }

        return this;
    }

    /// <summary>Sets a Table 4 cell.</summary>
    /// <param name="group">The group.</param>
    /// <param name="outcome">The outcome column.</param>
    /// <param name="value">The number.</param>
    /// <returns>This builder.</returns>
    public AnnualReportBuilder SetCase(CaseGroup group, CaseOutcome outcome, decimal value) =>
        Set(CellKeys.Case(group, outcome), value);

    /// <summary>Sets all 15 Table 4 cells in printed order (review, direct litigation, litigation after review; each maintained, corrected, other, pending, total).</summary>
    /// <param name="values">Fifteen values; <see langword="null"/> is a blank cell.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">Not exactly fifteen values.</exception>
    public AnnualReportBuilder SetCaseRow(params decimal?[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != CellKeys.CaseKeys.Count)
        {
            throw new ArgumentException("Table 4 has fifteen values.", nameof(values));
        }

        for (var i = 0; i < values.Length; i++)
        {
            Set(CellKeys.CaseKeys[i], values[i] is { } v ? CellValue.Number(v) : CellValue.Blank());
        }

        return this;
    }

    /// <summary>Adds a prose paragraph.</summary>
    /// <param name="text">The text.</param>
    /// <param name="location">Where it starts.</param>
    /// <returns>This builder.</returns>
    public AnnualReportBuilder AddNarrative(string text, SourceLocation? location = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        narrative.Add(new NarrativeParagraph(text, location));
        return this;
    }

    /// <summary>Builds the immutable report.</summary>
    /// <returns>The report.</returns>
    public AnnualReport Build() => new(metadata, [.. cells], [.. narrative]);

    private bool IsKnownKey(string key) =>
        ReportForms.TryGetCell(Edition, key, out _)
        || (Edition == ReportEdition.Legacy2014 && key.StartsWith("L14.Extra.", StringComparison.Ordinal));
}
