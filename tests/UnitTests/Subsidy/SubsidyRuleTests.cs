using Jiafu.Contracts.Training;
using Jiafu.Subsidy;
using Jiafu.Subsidy.Domain;
using Jiafu.Subsidy.Features.Rules;

namespace Jiafu.UnitTests.Subsidy;

public sealed class SubsidyRuleTests
{
    private static readonly Guid Institution = Guid.NewGuid();

    private static ParameterSet Defaults(string item) => new(0, PolicyCatalogue.Defaults(item, new SubsidyOptions()));

    private static Calculation Refund(int insured, int laidOff, decimal premium = 12_345.67m) =>
        UnemploymentRefundRule.Calculate(2026, Defaults(PolicyItems.UnemploymentInsuranceRefund), Institution, insured, laidOff, premium);

    [Theory]
    [InlineData(200, 11, true)] // 5.5% exactly
    [InlineData(1000, 55, true)] // 5.5% exactly
    [InlineData(1000, 56, false)] // 5.6%: just above, and more than 30 staff
    [InlineData(200, 12, false)] // 6%
    [InlineData(30, 6, true)] // 20% with 30 staff: the relaxed rate applies
    [InlineData(30, 7, false)] // 23.3% with 30 staff
    [InlineData(31, 6, false)] // 19.4% with 31 staff: only the 5.5% rate applies
    [InlineData(31, 1, true)] // 3.2% with 31 staff
    [InlineData(10, 0, true)]
    public void Unemployment_refund_layoff_rate_edges(int insured, int laidOff, bool eligible)
    {
        var c = Refund(insured, laidOff);

        Assert.Equal(eligible, c.Eligible);
        Assert.Equal(eligible ? 12_345.67m : 0m, c.Amount);
        Assert.Equal(eligible, c.Reason is null);
        Assert.Contains(c.Steps, s => s.Label.StartsWith("Layoff rate") && s.Value.StartsWith($"{laidOff} / {insured}"));
        Assert.Equal(0, c.ParameterVersion);
        Assert.Equal(0.055m, c.Parameters[PolicyCatalogue.MaxLayoffRate]);
        Assert.Equal(insured.ToString(), c.Inputs["insuredStaff"]);
        Assert.Equal(["" + Institution], c.SubjectKeys);
        Assert.Equal("2026", c.Period);
    }

    [Fact]
    public void Unemployment_refund_applies_the_refund_rate_of_the_parameter_version()
    {
        var p = new ParameterSet(3, new Dictionary<string, decimal>(PolicyCatalogue.Defaults(PolicyItems.UnemploymentInsuranceRefund, new SubsidyOptions()))
        {
            [PolicyCatalogue.RefundRate] = 0.6m,
        });

        var c = UnemploymentRefundRule.Calculate(2026, p, Institution, 100, 2, 1000.05m);

        Assert.True(c.Eligible);
        Assert.Equal(600.03m, c.Amount); // 600.03 rounded half away from zero
        Assert.Equal(3, c.ParameterVersion);
        Assert.Contains(c.Steps, s => s.Label.StartsWith("Refund") && s.Value.EndsWith("= 600.03"));
    }

    [Theory]
    [InlineData(99_999.99, 99_999.99)]
    [InlineData(100_000, 100_000)]
    [InlineData(100_000.01, 100_000)]
    [InlineData(250_000, 100_000)]
    public void Award_is_capped_at_100000(decimal requested, decimal expected)
    {
        var c = AwardRule.Calculate(2026, Defaults(PolicyItems.Award), Institution, "BrandTitle", requested);

        Assert.True(c.Eligible);
        Assert.Equal(expected, c.Amount);
        Assert.Contains(c.Steps, s => s.Label.StartsWith("Cap") && s.Value.Contains(requested > 100_000m ? "capped" : "≤"));
        Assert.Equal([$"{Institution}:BrandTitle"], c.SubjectKeys);
    }

    [Fact]
    public void Award_with_an_unknown_category_is_not_eligible()
    {
        var c = AwardRule.Calculate(2026, Defaults(PolicyItems.Award), Institution, "Nope", 100m);

        Assert.False(c.Eligible);
        Assert.Equal(0m, c.Amount);
        Assert.NotNull(c.Reason);
    }

    private static ClassOutcome Outcome(string status = "Completed", Guid? provider = null, decimal? training = 800m, decimal? certification = 300m) =>
        new(new ClassSummary(Guid.NewGuid(), "育婴员一期", Guid.NewGuid(), "育婴员", "Childcare", provider ?? Institution, status,
                new DateOnly(2026, 3, 1), new DateOnly(2026, 4, 1), 4, training, certification),
            [
                Trainee("h1", certified: true, "Valid"),
                Trainee("h2", certified: false, null), // completed but not certified
                Trainee("h3", certified: true, "Revoked"),
                Trainee("h4", certified: true, "Valid"),
            ]);

    private static TraineeOutcome Trainee(string hash, bool certified, string? status) =>
        new(Guid.NewGuid(), Guid.NewGuid(), hash, null, "Unemployed", "150203001", 80m, new DateOnly(2026, 4, 1), certified,
            certified ? "C-" + hash : null, status);

    [Fact]
    public void Training_subsidy_counts_every_completed_trainee_once()
    {
        var outcome = Outcome();
        var c = TrainingSubsidyRule.Calculate(2026, new ParameterSet(0, new Dictionary<string, decimal>()), PolicyItems.TrainingSubsidy, Institution, outcome);

        Assert.True(c.Eligible);
        Assert.Equal(3200m, c.Amount);
        Assert.Equal(["h1", "h2", "h3", "h4"], c.SubjectKeys);
        Assert.Equal($"{outcome.Class.ProgrammeId}:2026", c.Period);
        Assert.Contains(c.Steps, s => s.Value == "4 × 800.00 = 3200.00");
    }

    [Fact]
    public void Certification_subsidy_leaves_out_the_completed_but_not_certified_and_the_revoked()
    {
        var c = TrainingSubsidyRule.Calculate(2026, new ParameterSet(0, new Dictionary<string, decimal>()), PolicyItems.CertificationSubsidy, Institution, Outcome());

        Assert.True(c.Eligible);
        Assert.Equal(600m, c.Amount);
        Assert.Equal(["h1", "h4"], c.SubjectKeys);
        Assert.Contains(c.Steps, s => s.Label.StartsWith("Certified") && s.Value.StartsWith("2 of 4"));
    }

    [Theory]
    [InlineData("InProgress", false, 800)]
    [InlineData("Completed", true, 800)]
    [InlineData("Completed", false, null)]
    public void Training_subsidy_needs_a_completed_class_of_the_institution_with_a_standard(string status, bool otherProvider, int? standard)
    {
        var outcome = Outcome(status, otherProvider ? Guid.NewGuid() : null, standard);
        var c = TrainingSubsidyRule.Calculate(2026, new ParameterSet(0, new Dictionary<string, decimal>()), PolicyItems.TrainingSubsidy, Institution, outcome);

        Assert.False(c.Eligible);
        Assert.Equal(0m, c.Amount);
        Assert.Empty(c.SubjectKeys);
        Assert.NotNull(c.Reason);
    }
}
