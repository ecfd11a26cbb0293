using System.Globalization;
using System.Text;
using ReportRules.Model;

namespace ReportRules.Rules.CrossReport;

/// <summary>
/// What the cross-report checks and the year-over-year view read from one report (agency, year, the printed table
/// cells, and the prose paragraphs that state numbers), so that a batch can keep these instead of whole reports.
/// </summary>
public sealed class CrossReportFacts
{
    private const int MinimumParagraphLength = 40;

    private CrossReportFacts(string? source, string? agency, int? year, ReportEdition edition, IReadOnlyDictionary<string, CellValue> cells, IReadOnlyList<KeyValuePair<string, string>> paragraphs)
    {
        Source = source;
        Agency = agency;
        Year = year;
        Edition = edition;
        Cells = cells;
        Paragraphs = paragraphs;
    }

    /// <summary>Gets the source (path or name) of the report.</summary>
    public string? Source { get; }

    /// <summary>Gets the reporting agency, when found.</summary>
    public string? Agency { get; }

    /// <summary>Gets the report year, when found.</summary>
    public int? Year { get; }

    /// <summary>Gets the edition of the report.</summary>
    public ReportEdition Edition { get; }

    /// <summary>Gets the table cells the report prints, by cell key.</summary>
    public IReadOnlyDictionary<string, CellValue> Cells { get; }

    // The paragraphs of 40 characters or more with at least two non-zero numbers besides years: key = the text with
    // the report year, the year before and the year after replaced by placeholders; value = the text as printed.
    internal IReadOnlyList<KeyValuePair<string, string>> Paragraphs { get; }

    /// <summary>Keeps what the cross-report rules read from a report.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The facts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static CrossReportFacts From(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var paragraphs = new List<KeyValuePair<string, string>>();
        if (report.Metadata.Year is { } year)
        {
            foreach (var paragraph in report.Narrative)
            {
                if (YearFree(paragraph.Text, year) is { } key)
                {
                    paragraphs.Add(new(key, paragraph.Text));
                }
            }
        }

        return new CrossReportFacts(report.Metadata.Source, report.Metadata.Agency, report.Metadata.Year, report.Edition, report.Cells, paragraphs);
    }

    // The paragraph with its years replaced, when it is long enough and states at least two non-zero numbers that are
    // not years; otherwise null. One pass over the text.
    internal static string? YearFree(string text, int year)
    {
        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        if (compact.Length < MinimumParagraphLength)
        {
            return null;
        }

        var output = new StringBuilder(compact.Length);
        var numbers = 0;
        var i = 0;
        while (i < compact.Length)
        {
            if (!char.IsAsciiDigit(compact[i]))
            {
                output.Append(compact[i++]);
                continue;
            }

            var start = i;
            while (i < compact.Length && (char.IsAsciiDigit(compact[i]) || (compact[i] == '.' && i + 1 < compact.Length && char.IsAsciiDigit(compact[i + 1]))))
            {
                i++;
            }

            var digits = compact[start..i];
            var offset = digits.Length == 4 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value - year : int.MinValue;
            if (offset is >= -1 and <= 1)
            {
                output.Append(offset switch { -1 => "〈Y-1〉", 0 => "〈Y〉", _ => "〈Y+1〉" });
                continue;
            }

            if (digits.Any(c => c is >= '1' and <= '9'))
            {
                numbers++;
            }

            output.Append(digits);
        }

        return numbers >= 2 ? output.ToString() : null;
    }
}
