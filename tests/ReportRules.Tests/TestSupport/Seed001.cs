using ReportRules.Model;

namespace ReportRules.Tests.TestSupport;

/// <summary>
/// The numbers of seeds/001_c9b27cee782bad7f.txt (株洲市芦淞区人民政府 2019, gb2019), built in code.
/// Values from tests/fixtures/expected/001_c9b27cee782bad7f.cells.tsv, hand-checked against the text.
/// Every Table 3 row prints two equal numbers (the applicant value and the total); the applicant
/// column is not printed, so the value is placed under 自然人 (NP) here and the other applicant cells are blank.
/// </summary>
internal static class Seed001
{
    public static AnnualReport Build()
    {
        var builder = new AnnualReportBuilder(ReportEdition.Gb2019)
            .WithAgency("株洲市芦淞区人民政府")
            .WithYear(2019)
            .WithSource("samples/001_c9b27cee782bad7f.txt");

        (RequestRow Row, decimal Value)[] rows =
        [
            (RequestRow.NewReceived, 11), (RequestRow.CarriedOver, 0), (RequestRow.Granted, 3), (RequestRow.PartlyGranted, 4),
            (RequestRow.DeniedStateSecret, 0), (RequestRow.DeniedLawProhibited, 0), (RequestRow.DeniedSecurityStability, 1),
            (RequestRow.DeniedThirdPartyRights, 0), (RequestRow.DeniedInternalAffairs, 0), (RequestRow.DeniedProcessInfo, 0),
            (RequestRow.DeniedEnforcementFile, 0), (RequestRow.DeniedAdminQuery, 0), (RequestRow.UnableNotHeld, 3),
            (RequestRow.UnableNeedsCreation, 0), (RequestRow.UnableStillUnclear, 0), (RequestRow.NotProcessedPetition, 0),
            (RequestRow.NotProcessedDuplicate, 0), (RequestRow.NotProcessedPublication, 0), (RequestRow.NotProcessedMassRepeated, 0),
            (RequestRow.NotProcessedConfirmOrReissue, 0), (RequestRow.Other, 0), (RequestRow.ResultsTotal, 11), (RequestRow.CarriedForward, 0),
        ];
        foreach (var (row, value) in rows)
        {
            builder.SetRequestRow(row, value, null, null, null, null, null, value);
        }

        builder.SetCaseRow(1, 1, 0, 0, 2, 11, 5, 26, 0, 42, 0, 0, 0, 0, 0);

        builder
            .Set("Active.A20_1.Rules.NewMade", 0).Set("Active.A20_1.Rules.NewPublished", 0).Set("Active.A20_1.Rules.TotalPublic", 0)
            .Set("Active.A20_1.NormDocs.NewMade", 3).Set("Active.A20_1.NormDocs.NewPublished", 3).Set("Active.A20_1.NormDocs.TotalPublic", 3)
            .Set("Active.A20_5.Licensing.PrevItems", 195).Set("Active.A20_5.Licensing.Delta", CellValue.Number(9, "增9")).Set("Active.A20_5.Licensing.Decisions", 212)
            .Set("Active.A20_5.OtherServices.PrevItems", 323).Set("Active.A20_5.OtherServices.Delta", CellValue.Number(109, "增109")).Set("Active.A20_5.OtherServices.Decisions", 432)
            .Set("Active.A20_6.Penalty.PrevItems", 221).Set("Active.A20_6.Penalty.Delta", CellValue.Number(-61, "减61")).Set("Active.A20_6.Penalty.Decisions", 160)
            .Set("Active.A20_6.Coercion.PrevItems", 27).Set("Active.A20_6.Coercion.Delta", CellValue.Number(5, "增5")).Set("Active.A20_6.Coercion.Decisions", 32)
            .Set("Active.A20_8.Fees.PrevItems", 1)
            .Set("Active.A20_9.Procurement.Projects", 542)
            .Set("Active.A20_9.Procurement.Amount", CellValue.Number(14246.73m, "14246.73万") with { Unit = "万" });
        return builder.Build();
    }
}
