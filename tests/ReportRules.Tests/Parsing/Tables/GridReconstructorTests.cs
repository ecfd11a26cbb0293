using ReportRules.Model;
using ReportRules.Parsing.Tables;

namespace ReportRules.Tests.Parsing.Tables;

public class GridReconstructorTests
{
    private static readonly SourceLocation At = new(1, 1);

    [Fact]
    public void Placements_TwoValuesInSevenColumns_EnumeratesEveryOrderedPlacement() =>
        Assert.Equal(21, GridReconstructor.Placements(2, 7, _ => true).Count);

    [Fact]
    public void Agreement_CandidatesDisagreeOnOneColumn_LeavesItUndecided()
    {
        var agreed = GridReconstructor.Agreement([[0, -1, 1], [-1, 0, 1]], 3);
        Assert.Equal([null, null, 1], agreed);
    }

    [Fact]
    public void JoinSplitDigits_RowTotalFixesTheJoin_JoinsOnce()
    {
        // "35 1" is 351: the row total 369 holds only with that join.
        var tokens = new[] { "35", "1", "18", "0", "0", "0", "0", "369" }.Select(t => new CellToken(t, At)).ToList();
        var joined = GridReconstructor.JoinSplitDigits(tokens, 7, v => v.Take(6).Sum() == v[6]);
        Assert.NotNull(joined);
        Assert.Equal(["35 1", "18", "0", "0", "0", "0", "369"], joined.Select(j => j.Text));
    }

    [Fact]
    public void JoinSplitDigits_TwoJoinsFit_ReturnsNull()
    {
        var tokens = new[] { "1", "1", "1" }.Select(t => new CellToken(t, At)).ToList();
        Assert.Null(GridReconstructor.JoinSplitDigits(tokens, 2, _ => true));
    }

    [Fact]
    public void ValueOrZero_BeyondTheFormsRange_IsZeroSoNoSumOverflows()
    {
        // Found by the mutated-corpus fuzz: a row of 28-digit cells overflowed decimal while placing lost cells.
        Assert.Equal(0m, GridReconstructor.ValueOrZero(new CellToken("79228162514264337593543950335", At)));
        Assert.Equal(12m, GridReconstructor.ValueOrZero(new CellToken("12", At)));
    }

    [Fact]
    public void JoinSplitDigits_JoinedRunBeyondDecimal_IsNoReadingNotAnException()
    {
        var tokens = new[] { "99999999999999999999", "99999999999999999999", "1" }.Select(t => new CellToken(t, At)).ToList();
        Assert.Null(GridReconstructor.JoinSplitDigits(tokens, 2, _ => true));
    }
}
