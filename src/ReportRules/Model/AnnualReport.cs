using System.Collections.ObjectModel;
using ReportRules.Model.Forms;

namespace ReportRules.Model;

/// <summary>
/// An immutable annual report: its metadata, every printed cell keyed by its stable cell key, and its prose.
/// Build one with <see cref="AnnualReportBuilder"/> or read one with the parser.
/// </summary>
public sealed class AnnualReport
{
    internal AnnualReport(ReportMetadata metadata, IReadOnlyList<KeyValuePair<string, CellValue>> cells, IReadOnlyList<NarrativeParagraph> narrative)
    {
        Metadata = metadata;
        var ordered = cells
            .OrderBy(p => ReportForms.OrderOf(metadata.Edition, p.Key))
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .ToList();
        CellKeysInOrder = ordered.Select(p => p.Key).ToList().AsReadOnly();
        Cells = new ReadOnlyDictionary<string, CellValue>(ordered.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
        Narrative = narrative;
        Facts = Parsing.Narrative.NarrativeScanner.Scan(narrative, metadata.Edition);
    }

    /// <summary>Gets the report's metadata (edition, agency, year, source).</summary>
    public ReportMetadata Metadata { get; }

    /// <summary>Gets the edition of the form the report follows.</summary>
    public ReportEdition Edition => Metadata.Edition;

    /// <summary>Gets every cell the document contains, keyed by cell key. A cell the document does not print is absent.</summary>
    public IReadOnlyDictionary<string, CellValue> Cells { get; }

    /// <summary>Gets the keys of <see cref="Cells"/> in printed form order.</summary>
    public IReadOnlyList<string> CellKeysInOrder { get; }

    /// <summary>Gets the report's prose paragraphs, in order.</summary>
    public IReadOnlyList<NarrativeParagraph> Narrative { get; }

    /// <summary>Gets the numbers the prose states (counts, their parts and percentages, zero statements, placeholders), read once from <see cref="Narrative"/> when the report was built.</summary>
    public IReadOnlyList<NarrativeFact> Facts { get; }

    /// <summary>Gets a typed view of Table 3 (三、收到和处理政府信息公开申请情况).</summary>
    public ApplicationTable Requests => new(this);

    /// <summary>Gets a typed view of Table 4 (四、行政复议、行政诉讼情况).</summary>
    public ReviewLitigationTable ReviewLitigation => new(this);

    /// <summary>Gets a cell by key.</summary>
    /// <param name="key">The cell key, e.g. <c>Requests.NewReceived.TOT</c>.</param>
    /// <returns>The cell, or <see langword="null"/> when the document does not contain it.</returns>
    public CellValue? GetCell(string key) => Cells.TryGetValue(key, out var cell) ? cell : null;

    /// <summary>Creates a builder that starts from this report's metadata and cells.</summary>
    /// <returns>The builder.</returns>
    public AnnualReportBuilder ToBuilder() => AnnualReportBuilder.From(this);
}
