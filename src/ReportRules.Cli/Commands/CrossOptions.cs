using System.CommandLine;
using System.Text;
using ReportRules.Rules.CrossReport;

namespace ReportRules.Cli.Commands;

/// <summary>The options of the checks across reports (<c>--agency-map</c>, <c>--aggregate-manifest</c>), shared by check and compare.</summary>
internal static class CrossOptions
{
    public static Option<string?> AgencyMapOption() => new("--agency-map")
    {
        Description = "CSV of renamed agencies: name as printed,canonical name (one per line).",
    };

    public static Option<string?> ManifestOption() => new("--aggregate-manifest")
    {
        Description = "CSV of aggregates for P-AGG-1: parent agency,child agency,year (one child per line).",
    };

    /// <summary>Reads the CSV files; on a problem writes an error naming the file and returns false.</summary>
    public static bool TryLoad(string? mapPath, string? manifestPath, CliHost host, out CrossReportOptions options)
    {
        options = CrossReportOptions.Default;
        var reading = mapPath;
        try
        {
            if (mapPath is not null)
            {
                using var reader = new StreamReader(mapPath, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
                options = options with { AgencyMap = AgencyMap.Parse(reader) };
            }

            if (manifestPath is not null)
            {
                reading = manifestPath;
                using var reader = new StreamReader(manifestPath, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
                options = options with { Aggregates = AggregateManifest.Parse(reader) };
            }

            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or ArgumentException)
        {
            host.Error.WriteLine($"reportrules: {reading}: {ex.Message}");
            return false;
        }
    }
}
