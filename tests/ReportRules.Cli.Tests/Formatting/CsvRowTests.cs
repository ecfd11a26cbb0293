using System.Reflection;
using ReportRules.Cli.Formatting;
using Xunit;

namespace ReportRules.Cli.Tests.Formatting;

public sealed class CsvRowTests
{
    [Fact]
    public void Fields_AreInHeaderOrder_OneColumnPerProperty()
    {
        var properties = typeof(CsvRow).GetProperties(BindingFlags.Public | BindingFlags.Instance);
        Assert.Equal(CsvRow.Names.Count, properties.Length);

        // Each property holds its own column name: the values must come out exactly in header order.
        var row = new CsvRow { Row = "row" };
        foreach (var property in properties)
        {
            var name = char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
            Assert.Contains(name, CsvRow.Names);
            property.SetValue(row, name);
        }

        Assert.Equal(CsvRow.Names, row.Fields());
        Assert.Equal(string.Join(',', CsvRow.Names), CsvFormatter.Header);
    }

    [Fact]
    public void Header_IsThePublishedColumnList()
    {
        // The CSV columns are a contract with spreadsheets and scripts (docs/cli.md): a change here is a breaking change.
        Assert.Equal(
            "row,source,outcome,edition,agency,year,rulesEvaluated,rulesPassed,rulesNotApplicable," +
            "ruleId,severity,page,line,column,location,cells,expected,actual,difference,message",
            CsvFormatter.Header);
    }
}
