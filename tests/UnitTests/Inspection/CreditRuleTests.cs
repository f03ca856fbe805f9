using Jiafu.Inspection;
using Jiafu.Inspection.Domain;

namespace Jiafu.UnitTests.Inspection;

public sealed class CreditRuleTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);
    private static readonly CreditRuleOptions Rule = new();

    private static IntegrityEntry Entry(IntegrityEntryKind kind, int points, DateOnly? on = null) => new()
    {
        InstitutionName = "测试机构", Kind = kind, Points = points, Summary = kind.ToString(), SourceType = "Test", SourceId = Guid.NewGuid(),
        OccurredOn = on ?? Today.AddDays(-10), RecordedBy = "test",
    };

    /// <summary>Entries bringing the score to exactly <paramref name="score"/> with neutral kinds (rewards and complaints).</summary>
    private static IntegrityEntry[] ScoreOf(int score) =>
        score >= Rule.BaseScore ? [Entry(IntegrityEntryKind.Reward, score - Rule.BaseScore)] : [Entry(IntegrityEntryKind.Complaint, score - Rule.BaseScore)];

    [Theory]
    [InlineData(105, CreditClass.A)]
    [InlineData(104, CreditClass.B)]
    [InlineData(90, CreditClass.B)]
    [InlineData(89, CreditClass.C)]
    [InlineData(70, CreditClass.C)]
    [InlineData(69, CreditClass.D)]
    public void Given_a_score_at_a_class_threshold_Then_the_class_follows_the_configured_boundaries(int score, CreditClass expected)
    {
        var result = CreditRule.Evaluate(ScoreOf(score), Rule, Today);

        Assert.Equal(score, result.Score);
        Assert.Equal(expected, result.CreditClass);
        Assert.Contains(result.Reasons, r => r.Contains($"得分 {score}"));
    }

    [Fact]
    public void Given_no_entries_Then_the_base_score_gives_class_B_on_no_list()
    {
        var result = CreditRule.Evaluate([], Rule, Today);

        Assert.Equal((100, CreditClass.B, false, false), (result.Score, result.CreditClass, result.RedList, result.BlackList));
    }

    [Fact]
    public void Given_other_thresholds_in_the_options_Then_the_rule_uses_them()
    {
        var strict = new CreditRuleOptions { ClassBMinScore = 101 };

        Assert.Equal(CreditClass.C, CreditRule.Evaluate([], strict, Today).CreditClass);
    }

    [Fact]
    public void Given_a_failed_inspection_and_enough_rewards_for_A_Then_the_class_is_capped_at_C_and_the_institution_is_black_listed()
    {
        var result = CreditRule.Evaluate([Entry(IntegrityEntryKind.Reward, 60), Entry(IntegrityEntryKind.InspectionFailed, -40)], Rule, Today);

        Assert.Equal(120, result.Score);
        Assert.Equal(CreditClass.C, result.CreditClass);
        Assert.True(result.BlackList);
        Assert.False(result.RedList);
    }

    [Fact]
    public void Given_class_A_without_negative_entries_Then_red_listed_and_with_one_not()
    {
        Assert.True(CreditRule.Evaluate([Entry(IntegrityEntryKind.InspectionPassed, 5)], Rule, Today).RedList);
        var mixed = CreditRule.Evaluate([Entry(IntegrityEntryKind.Reward, 20), Entry(IntegrityEntryKind.Complaint, -5)], Rule, Today);
        Assert.Equal(CreditClass.A, mixed.CreditClass);
        Assert.False(mixed.RedList);
    }

    [Fact]
    public void Given_an_entry_older_than_the_window_Then_it_no_longer_counts()
    {
        var old = Entry(IntegrityEntryKind.InspectionFailed, -40, Today.AddYears(-3).AddDays(-1));

        var result = CreditRule.Evaluate([old], Rule, Today);

        Assert.Equal((100, CreditClass.B, false), (result.Score, result.CreditClass, result.BlackList));
    }
}
