using Jiafu.Inspection;
using Jiafu.Inspection.Domain;

namespace Jiafu.UnitTests.Inspection;

public sealed class PerformanceFormulaTests
{
    private static readonly PerformanceOptions Defaults = new();

    private static PerformanceScore Score(int? inspection = 100, int complaints = 0, int evaluations = 0, int ratingSum = 0, int confirmed = 0,
        int discrepancy = 0, PerformanceOptions? o = null) =>
        PerformanceFormula.Score(new PerformanceInputs(inspection, complaints, evaluations, ratingSum, confirmed, discrepancy), o ?? Defaults);

    [Fact]
    public void Given_a_perfect_year_Then_every_component_and_the_total_are_100()
    {
        var s = Score(inspection: 100, evaluations: 3, ratingSum: 15, confirmed: 2);
        Assert.Equal((100m, 100m, 100m, 100m, 100m), (s.Inspection, s.Complaints, s.Evaluations, s.Verification, s.Total));
        Assert.Equal(5m, s.EvaluationAverage);
    }

    [Fact]
    public void Given_no_data_Then_the_configured_defaults_apply()
    {
        var s = Score(inspection: null);
        Assert.Equal(0m, s.Inspection);
        Assert.Equal(100m, s.Complaints);
        Assert.Null(s.EvaluationAverage);
        Assert.Equal(60m, s.Evaluations);
        Assert.Equal(100m, s.Verification);
        // (0×40 + 100×20 + 60×20 + 100×20) / 100
        Assert.Equal(52m, s.Total);
    }

    [Theory]
    [InlineData(0, 100)]
    [InlineData(1, 80)]
    [InlineData(4, 20)]
    [InlineData(5, 0)]
    [InlineData(6, 0)]
    public void Given_substantiated_complaints_Then_each_takes_the_deduction_and_the_component_never_goes_below_0(int complaints, int expected) =>
        Assert.Equal(expected, Score(complaints: complaints).Complaints);

    [Theory]
    [InlineData(1, 1, 0)]
    [InlineData(1, 5, 100)]
    [InlineData(2, 7, 62.5)]
    [InlineData(3, 11, 66.67)]
    public void Given_ratings_Then_the_average_maps_1_to_0_and_5_to_100(int count, int sum, double expected) =>
        Assert.Equal((decimal)expected, Score(evaluations: count, ratingSum: sum).Evaluations);

    [Theory]
    [InlineData(0, 1, 0)]
    [InlineData(1, 2, 33.33)]
    [InlineData(3, 1, 75)]
    public void Given_spot_checks_Then_verification_is_the_confirmed_share(int confirmed, int discrepancy, double expected) =>
        Assert.Equal((decimal)expected, Score(confirmed: confirmed, discrepancy: discrepancy).Verification);

    [Fact]
    public void Given_other_weights_Then_the_total_is_their_weighted_mean_and_zero_weights_give_0()
    {
        var o = new PerformanceOptions { InspectionWeight = 1, ComplaintWeight = 0, ServiceEvaluationWeight = 0, VerificationWeight = 1 };
        Assert.Equal(70m, Score(inspection: 40, confirmed: 1, o: o).Total);
        var none = new PerformanceOptions { InspectionWeight = 0, ComplaintWeight = 0, ServiceEvaluationWeight = 0, VerificationWeight = 0 };
        Assert.Equal(0m, Score(o: none).Total);
    }

    [Theory]
    [InlineData(0, 10, 0)]
    [InlineData(1, 10, 1)]
    [InlineData(10, 10, 1)]
    [InlineData(11, 10, 2)]
    [InlineData(20, 10, 2)]
    [InlineData(5, 0, 0)]
    [InlineData(5, 100, 5)]
    [InlineData(5, 150, 5)]
    public void Given_a_count_and_share_Then_the_quota_is_rounded_up(int count, int share, int expected) =>
        Assert.Equal(expected, PerformanceFormula.ExcellentQuota(count, share));

    [Fact]
    public void Given_totals_Then_ranks_are_competition_ranks_and_the_top_group_includes_ties_above_the_minimum()
    {
        var o = new PerformanceOptions { ExcellentSharePercent = 20, ExcellentMinScore = 85 };
        // 10 institutions, quota 2: 95 and the two 90s (a tie at the cut-off is included).
        var totals = new[] { 90m, 95m, 90m, 80m, 70m, 60m, 50m, 40m, 30m, 20m };
        var ranked = PerformanceFormula.Rank(totals, o);
        Assert.Equal([2, 1, 2, 4, 5, 6, 7, 8, 9, 10], ranked.Select(r => r.Rank));
        Assert.Equal([true, true, true, false, false, false, false, false, false, false], ranked.Select(r => r.Excellent));
    }

    [Fact]
    public void Given_a_top_group_below_the_minimum_Then_no_one_is_excellent_and_the_minimum_itself_qualifies()
    {
        var o = new PerformanceOptions { ExcellentSharePercent = 50, ExcellentMinScore = 85 };
        Assert.All(PerformanceFormula.Rank([84.99m, 80m], o), r => Assert.False(r.Excellent));
        Assert.Equal([true, false], PerformanceFormula.Rank([85m, 80m], o).Select(r => r.Excellent));
        Assert.Empty(PerformanceFormula.Rank([], o));
    }
}
