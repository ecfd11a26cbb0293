using System.Text.Json;
using System.Text.Json.Serialization;
using ReportRules.Findings;

namespace ReportRules.Documents.Tests.Real;

/// <summary>
/// The hand-checked truth of one real report (<c>tests/fixtures/real/&lt;file&gt;.golden.json</c>): what the printed page
/// says, not what the checker prints today. Where the checker disagrees today, the entry carries a <c>knownGap</c> (the
/// reason), so the suite stays green while the disagreement is listed, and a test fails once the gap is closed.
/// </summary>
internal sealed class RealGolden
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };

    /// <summary>Gets the edition the page is printed in (legacy2008, legacy2014, gb2019, gb2021).</summary>
    public string Edition { get; init; } = string.Empty;

    /// <summary>Gets the publishing agency as printed in the title or signature.</summary>
    public string Agency { get; init; } = string.Empty;

    /// <summary>Gets the statistics year.</summary>
    public int Year { get; init; }

    /// <summary>Gets why the metadata reader gets edition, agency or year wrong today; null when it reads them right.</summary>
    public string? MetadataKnownGap { get; init; }

    /// <summary>Gets the key cells as printed.</summary>
    public List<RealCell> Cells { get; init; } = [];

    /// <summary>Gets the errors and warnings the printed numbers justify.</summary>
    public List<RealFinding> Findings { get; init; } = [];

    /// <summary>Gets the errors and warnings the checker raises today that the printed page does not justify.</summary>
    public List<RealFinding> FalseFindings { get; init; } = [];

    public static RealGolden Load(string path) =>
        JsonSerializer.Deserialize<RealGolden>(File.ReadAllText(path), Options) ?? throw new InvalidDataException(path + " is empty");
}

/// <summary>One printed cell: its model key and value (null = printed blank).</summary>
internal sealed class RealCell
{
    public string Key { get; init; } = string.Empty;

    public decimal? Value { get; init; }

    public string? Why { get; init; }

    [JsonPropertyName("knownGap")]
    public string? KnownGap { get; init; }
}

/// <summary>
/// One finding, matched by rule id and severity, and when given by the exact set of operand cell keys and by a piece of
/// text that must appear in the message or the quoted sentence.
/// </summary>
internal sealed class RealFinding
{
    public string RuleId { get; init; } = string.Empty;

    public string Severity { get; init; } = string.Empty;

    public List<string>? Cells { get; init; }

    public string? Evidence { get; init; }

    /// <summary>Gets the printed numbers that justify (or, for a false finding, refute) it.</summary>
    public string Why { get; init; } = string.Empty;

    [JsonPropertyName("knownGap")]
    public string? KnownGap { get; init; }

    public bool Matches(Finding finding)
    {
        if (finding.RuleId != RuleId || !string.Equals(finding.Severity.ToString(), Severity, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (Cells is not null && !Cells.Order(StringComparer.Ordinal).SequenceEqual(finding.Cells.Select(c => c.Key).Distinct().Order(StringComparer.Ordinal)))
        {
            return false;
        }

        return Evidence is null || (finding.Evidence ?? string.Empty).Contains(Evidence, StringComparison.Ordinal)
            || finding.GetMessage("zh").Contains(Evidence, StringComparison.Ordinal);
    }

    public override string ToString() => $"{RuleId} {Severity}" + (Cells is null ? string.Empty : " [" + string.Join(", ", Cells) + "]") + (Evidence is null ? string.Empty : $" «{Evidence}»");
}
