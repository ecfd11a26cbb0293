using System.CommandLine;
using ReportRules.Cli.Formatting;
using ReportRules.Findings;
using ReportRules.Model;
using ReportRules.Rules;

namespace ReportRules.Cli.Commands;

/// <summary><c>reportrules rules</c>: print the rule catalog as text, JSON, or the Markdown of docs/rules.md.</summary>
internal static class RulesCommand
{
    public static Command Create(CliHost host)
    {
        var format = CommonOptions.Format("text", "text", "json", "md");
        var language = CommonOptions.Language();
        var command = new Command("rules", "Print the rule catalog.") { format, language };
        command.SetAction(parsed => Run(host, parsed.GetRequiredValue(format), parsed.GetRequiredValue(language)));
        return command;
    }

    /// <summary>Prints a rule list: the built-in catalog, or a checker's (its own rules listed like built-in ones).</summary>
    internal static int Run(CliHost host, string format, string language, IReadOnlyList<RuleDescriptor>? rules = null)
    {
        rules ??= RuleCatalog.All;
        var output = host.Out;
        switch (format)
        {
            case "md":
                output.Write(RulesMarkdown.Render(rules));
                break;
            case "json":
                WriteJson(output, rules);
                break;
            default:
                var english = language == "en";
                foreach (var rule in rules)
                {
                    output.WriteLine($"{rule.Id,-10} {FindingsJson.SeverityId(rule.Severity),-8} {string.Join(",", rule.Editions.Select(e => e.ToId())),-42} {(english ? rule.TitleEn : rule.TitleZh)}");
                }

                break;
        }

        output.Flush();
        return ExitCodes.Success;
    }

    private static void WriteJson(TextWriter output, IReadOnlyList<RuleDescriptor> rules)
    {
        using var document = new JsonChunkWriter(output, indented: true);
        var json = document.Json;
        json.WriteStartObject();
        json.WriteStartObject("tool");
        json.WriteString("name", ToolInfo.Name);
        json.WriteString("version", ToolInfo.Version);
        json.WriteEndObject();
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("family", rule.Family.ToString());
            json.WriteString("severity", FindingsJson.SeverityId(rule.Severity));
            json.WriteString("kind", rule.Kind.ToString());
            json.WriteString("titleZh", rule.TitleZh);
            json.WriteString("titleEn", rule.TitleEn);
            json.WriteString("descriptionZh", rule.DescriptionZh);
            json.WriteString("descriptionEn", rule.DescriptionEn);
            json.WriteString("clause", rule.Clause);
            json.WriteStartArray("editions");
            foreach (var edition in rule.Editions)
            {
                json.WriteStringValue(edition.ToId());
            }

            json.WriteEndArray();
            json.WriteString("expression", rule.Expression);
            json.WriteNumber("tolerance", rule.Tolerance);
            json.WriteString("since", rule.Since);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        document.Flush();
        output.WriteLine();
    }
}
