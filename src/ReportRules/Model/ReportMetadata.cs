namespace ReportRules.Model;

/// <summary>What a report says about itself: who, which year, which form, from where.</summary>
public sealed record ReportMetadata
{
    /// <summary>Gets the edition of the form the report follows.</summary>
    public ReportEdition Edition { get; init; }

    /// <summary>Gets the reporting agency (e.g. 株洲市芦淞区人民政府), when found.</summary>
    public string? Agency { get; init; }

    /// <summary>Gets the report year (the statistics year, not the publication year), when found.</summary>
    public int? Year { get; init; }

    /// <summary>Gets the publication date, when printed.</summary>
    public DateOnly? PublishedOn { get; init; }

    /// <summary>Gets the source the report was read from (a path or a name the caller gave), when known.</summary>
    public string? Source { get; init; }
}
