using ReportRules.Model;
using ReportRules.Tests.TestSupport;

namespace ReportRules.Tests.Parsing;

/// <summary>Agency, year and edition of every seed, read from titles, split titles and signatures.</summary>
public class SeedMetadataTests
{
    [Theory]
    [InlineData("000_7f61c65fd34ee391", "龙潭区人民政府", 2018, ReportEdition.Legacy2014)] // title split: agency line, then "2018年…年度报告"
    [InlineData("001_c9b27cee782bad7f", "株洲市芦淞区人民政府", 2019, ReportEdition.Gb2019)]
    [InlineData("002_2c0be002478831ad", "荆门市人民政府", 2018, ReportEdition.Legacy2008)] // "2018年荆门市人民政府信息公开…": 政府 is shared
    [InlineData("003_2d935e81099e023a", "临江市花山镇人民政府", 2019, ReportEdition.Gb2019)] // from the signature
    public void Parse_Seed_ReadsAgencyYearAndEdition(string seed, string agency, int year, ReportEdition edition)
    {
        var metadata = SeedFixtures.Parse(seed).Report!.Metadata;

        Assert.Equal((agency, year, edition), (metadata.Agency, metadata.Year, metadata.Edition));
    }

    [Fact]
    public void Parse_Seed004WithoutTitleOrSignature_HasNoAgencyButTheYear()
    {
        // The page text starts mid-paragraph and ends inside the table: the agency is not printed in full anywhere.
        var metadata = SeedFixtures.Parse("004_59994d527c4987e0").Report!.Metadata;

        Assert.Null(metadata.Agency);
        Assert.Equal(2018, metadata.Year);
    }
}
