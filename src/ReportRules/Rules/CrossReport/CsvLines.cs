using System.Text;

namespace ReportRules.Rules.CrossReport;

/// <summary>Reads the small CSV files of the cross-report options (RFC 4180 quoting; # comments and blank lines skipped).</summary>
internal static class CsvLines
{
    public static IEnumerable<(int Line, IReadOnlyList<string> Fields)> Read(TextReader reader)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var text = number == 1 ? line.TrimStart('\uFEFF') : line;
            if (string.IsNullOrWhiteSpace(text) || text.TrimStart().StartsWith('#'))
            {
                continue;
            }

            yield return (number, Split(text));
        }
    }

    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c is ',' or '\t')
            {
                fields.Add(field.ToString().Trim());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString().Trim());
        return fields;
    }
}
