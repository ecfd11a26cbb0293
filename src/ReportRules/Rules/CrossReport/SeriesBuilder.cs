namespace ReportRules.Rules.CrossReport;

/// <summary>
/// Pairs reports into one series per agency: names are normalised, renamed through the <see cref="AgencyMap"/>, and
/// grouped by their core (higher divisions dropped). A group with at most one report per year is one agency; a group
/// where a year has two names is split by the longest names, and a shorter name that fits two of them is ambiguous.
/// </summary>
internal static class SeriesBuilder
{
    public static (List<AgencySeries> Series, List<UnpairedReport> Unpaired) Build(IReadOnlyList<CrossReportFacts> facts, AgencyMap map)
    {
        var unpaired = new List<(int Order, UnpairedReport Report)>();
        var groups = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        for (var i = 0; i < facts.Count; i++)
        {
            var item = facts[i];
            if (AgencyNames.Normalize(item.Agency) is not { } normalized)
            {
                unpaired.Add((i, new UnpairedReport(item.Source, item.Agency, item.Year, UnpairedReason.NoAgency)));
                continue;
            }

            if (item.Year is null)
            {
                unpaired.Add((i, new UnpairedReport(item.Source, item.Agency, item.Year, UnpairedReason.NoYear)));
                continue;
            }

            var name = map.Resolve(normalized);
            var core = AgencyNames.Core(name);
            if (!groups.TryGetValue(core, out var entries))
            {
                groups[core] = entries = [];
            }

            entries.Add(new Entry(i, item, name));
        }

        var series = new List<AgencySeries>();
        foreach (var entries in groups.Values)
        {
            var conflict = entries.GroupBy(e => e.Facts.Year).Any(g => g.Select(e => e.Name).Distinct(StringComparer.Ordinal).Count() > 1);
            var agencies = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
            if (!conflict)
            {
                agencies[string.Empty] = entries;
            }
            else
            {
                var names = entries.Select(e => e.Name).Distinct(StringComparer.Ordinal).ToList();
                var longest = names.Where(n => !names.Any(o => o != n && AgencyNames.IsPrefixDrop(o, n))).ToList();
                foreach (var entry in entries)
                {
                    var candidates = longest.Where(l => AgencyNames.IsPrefixDrop(l, entry.Name)).ToList();
                    if (candidates.Count != 1)
                    {
                        var printed = candidates.Select(c => entries.First(e => e.Name == c).Facts.Agency ?? c).ToList();
                        unpaired.Add((entry.Order, new UnpairedReport(entry.Facts.Source, entry.Facts.Agency, entry.Facts.Year, UnpairedReason.Ambiguous) { Candidates = printed }));
                        continue;
                    }

                    if (!agencies.TryGetValue(candidates[0], out var list))
                    {
                        agencies[candidates[0]] = list = [];
                    }

                    list.Add(entry);
                }
            }

            foreach (var list in agencies.Values)
            {
                // Two reports of one agency and year (a text crawl and the HTML page of one report): the one that prints
                // more table cells is used, the first on a tie; the other is listed as a duplicate.
                var byYear = new SortedDictionary<int, Entry>();
                foreach (var entry in list.OrderBy(e => e.Order))
                {
                    var year = entry.Facts.Year!.Value;
                    var duplicate = entry;
                    if (!byYear.TryGetValue(year, out var kept))
                    {
                        byYear[year] = entry;
                        continue;
                    }

                    if (entry.Facts.Cells.Count > kept.Facts.Cells.Count)
                    {
                        (byYear[year], duplicate) = (entry, kept);
                    }

                    unpaired.Add((duplicate.Order, new UnpairedReport(duplicate.Facts.Source, duplicate.Facts.Agency, duplicate.Facts.Year, UnpairedReason.DuplicateYear)));
                }

                if (byYear.Count < 2)
                {
                    foreach (var entry in byYear.Values)
                    {
                        unpaired.Add((entry.Order, new UnpairedReport(entry.Facts.Source, entry.Facts.Agency, entry.Facts.Year, UnpairedReason.OnlyYear)));
                    }

                    continue;
                }

                var reports = byYear.Values.Select(e => e.Facts).ToList();
                series.Add(new AgencySeries(reports[^1].Agency ?? string.Empty, reports));
            }
        }

        series.Sort((a, b) => string.CompareOrdinal(a.Agency, b.Agency) is var c && c != 0 ? c : a.Reports[0].Year!.Value.CompareTo(b.Reports[0].Year!.Value));
        return (series, [.. unpaired.OrderBy(u => u.Order).Select(u => u.Report)]);
    }

    /// <summary>Finds the one report of an agency and year; <see langword="null"/> when none or more than one fit.</summary>
    public static CrossReportFacts? Find(IReadOnlyList<CrossReportFacts> facts, AgencyMap map, string agency, int year)
    {
        if (AgencyNames.Normalize(agency) is not { } normalized)
        {
            return null;
        }

        var name = map.Resolve(normalized);
        var core = AgencyNames.Core(name);
        var exact = new List<CrossReportFacts>();
        var sameCore = new List<CrossReportFacts>();
        foreach (var item in facts)
        {
            if (item.Year == year && AgencyNames.Normalize(item.Agency) is { } other && map.Resolve(other) is var resolved)
            {
                (resolved == name ? exact : AgencyNames.Core(resolved) == core ? sameCore : null)?.Add(item);
            }
        }

        return exact.Count == 1 ? exact[0] : exact.Count == 0 && sameCore.Count == 1 ? sameCore[0] : null;
    }

    private sealed record Entry(int Order, CrossReportFacts Facts, string Name);
}
