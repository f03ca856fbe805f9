using Jiafu.Subsidy;
using Jiafu.Subsidy.Domain;
using Jiafu.Subsidy.Features.Rules;

namespace Jiafu.UnitTests.Subsidy;

public sealed class StaffAndLoanRuleTests
{
    private static ParameterSet Defaults(string item) => new(0, PolicyCatalogue.Defaults(item, new SubsidyOptions()));

    private static ParameterSet With(string item, string name, decimal value) =>
        new(2, new Dictionary<string, decimal>(PolicyCatalogue.Defaults(item, new SubsidyOptions())) { [name] = value });

    private static Calculation Loan(params (string Month, decimal Interest)[] statements) =>
        LoanInterestDiscountRule.Calculate(2026, Defaults(PolicyItems.LoanInterestDiscount), "包商银行", "JK-2026-001", 200_000m,
            new DateOnly(2026, 2, 15), new DateOnly(2028, 2, 14), statements.Select(s => new InterestStatementLine(s.Month, s.Interest)).ToList());

    [Fact]
    public void Loan_interest_discount_is_all_the_interest_paid_with_one_claim_per_statement_month()
    {
        var c = Loan(("2026-02", 300.10m), ("2026-03", 612.45m));

        Assert.True(c.Eligible);
        Assert.Equal(912.55m, c.Amount);
        Assert.Contains(c.Steps, s => s.Label.StartsWith("Interest paid") && s.Value.EndsWith("= 912.55"));
        Assert.Contains(c.Steps, s => s.Label.StartsWith("Discount") && s.Value.StartsWith("912.55 × 100") && s.Value.EndsWith("= 912.55"));
        var key = LoanInterestDiscountRule.LoanKey("包商银行", "jk-2026-001 ");
        Assert.Equal([key], c.SubjectKeys);
        Assert.Equal([new ClaimKey("2026-02", key), new ClaimKey("2026-03", key)], c.AllClaims());
    }

    [Fact]
    public void Loan_interest_discount_applies_the_rate_of_the_version()
    {
        var c = LoanInterestDiscountRule.Calculate(2026, With(PolicyItems.LoanInterestDiscount, PolicyCatalogue.DiscountRate, 0.5m), "银行", "C1",
            10_000m, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), [new("2026-05", 100.01m)]);

        Assert.Equal(50.01m, c.Amount); // 50.005 rounded half away from zero
        Assert.Equal(2, c.ParameterVersion);
    }

    [Theory]
    [InlineData("2026-01", "outside the loan term")] // the loan starts on 15 February
    [InlineData("2025-12", "is not in 2026")]
    [InlineData("2026-13", "not yyyy-MM")]
    public void Loan_statements_outside_the_year_or_term_are_refused(string month, string reason)
    {
        var c = Loan((month, 100m));

        Assert.False(c.Eligible);
        Assert.Contains(reason, c.Reason);
        Assert.Equal(0m, c.Amount);
        Assert.Empty(c.Claims);
    }

    [Fact]
    public void Loan_month_of_the_start_date_counts_and_a_month_twice_is_refused()
    {
        Assert.True(Loan(("2026-02", 1m)).Eligible);
        var twice = Loan(("2026-02", 1m), ("2026-02", 2m));
        Assert.False(twice.Eligible);
        Assert.Contains("twice", twice.Reason);
    }

    private static StaffLine Person(string hash, string? category = "HardToEmploy", string from = "2026-01", string to = "2026-06", int used = 0) =>
        new(hash, "150203********123X", "张三", category, from, to, null, used);

    [Theory]
    [InlineData(30, 6, true)] // 36 exactly
    [InlineData(31, 6, false)] // 37
    [InlineData(0, 6, true)]
    [InlineData(36, 1, false)]
    public void Social_insurance_months_stay_within_the_maximum_per_person(int used, int months, bool eligible)
    {
        var c = SocialInsuranceRule.Calculate(2026, Defaults(PolicyItems.SocialInsuranceSubsidy),
            [Person("h1", to: $"2026-{months:00}", used: used)]);

        Assert.Equal(eligible, c.Eligible);
        Assert.Equal(eligible ? months * 500m : 0m, c.Amount);
        if (eligible)
        {
            Assert.Equal(months, c.AllClaims().Count);
            Assert.All(c.AllClaims(), k => Assert.Equal(("h1", SocialInsuranceRule.LifetimeScope, "h1"), (k.SubjectKey, k.CounterScope, k.CounterSubject)));
            Assert.Equal([new CounterUse(SocialInsuranceRule.LifetimeScope, "h1", months, 36, "150203********123X")], c.Counters);
            Assert.Contains(c.Steps, s => s.Value.Contains($"{months} × 500.00 = {months * 500m:0.00}") && s.Value.Contains($"已用 {used} + {months} ≤ 36"));
        }
        else
        {
            Assert.Contains("36-month limit", c.Reason);
            Assert.Contains($"at most {Math.Max(0, 36 - used)} left", c.Reason);
        }
    }

    [Fact]
    public void Social_insurance_sums_persons_and_uses_the_versioned_monthly_amount()
    {
        var c = SocialInsuranceRule.Calculate(2026, With(PolicyItems.SocialInsuranceSubsidy, PolicyCatalogue.MonthlyAmount, 612.5m),
            [Person("h1"), Person("h2", "RecentGraduate", "2026-11", "2026-12")]);

        Assert.True(c.Eligible);
        Assert.Equal(8 * 612.5m, c.Amount);
        Assert.Equal(["h1", "h2"], c.SubjectKeys);
        Assert.Contains(c.AllClaims(), k => k is { Period: "2026-12", SubjectKey: "h2" });
        Assert.Contains(c.Steps, s => s.Label.Contains("高校毕业生"));
    }

    [Theory]
    [InlineData(null, "2026-01", "2026-02", "category")]
    [InlineData("Other", "2026-01", "2026-02", "category")]
    [InlineData("HardToEmploy", "2026-03", "2026-02", "months paid")]
    [InlineData("HardToEmploy", "2025-12", "2026-02", "must be in 2026")]
    public void Social_insurance_refuses_a_bad_category_or_months(string? category, string from, string to, string reason)
    {
        var c = SocialInsuranceRule.Calculate(2026, Defaults(PolicyItems.SocialInsuranceSubsidy), [Person("h1", category, from, to)]);

        Assert.False(c.Eligible);
        Assert.Contains(reason, c.Reason);
        Assert.Empty(c.Counters);
    }

    [Fact]
    public void Social_insurance_refuses_the_same_person_twice()
    {
        var c = SocialInsuranceRule.Calculate(2026, Defaults(PolicyItems.SocialInsuranceSubsidy), [Person("h1"), Person("h1", from: "2026-07", to: "2026-08")]);

        Assert.False(c.Eligible);
        Assert.Contains("twice", c.Reason);
    }

    [Theory]
    [InlineData(PolicyItems.AccidentInsuranceSubsidy)]
    [InlineData(PolicyItems.HealthCheckSubsidy)]
    public void Accident_insurance_and_health_check_pay_half_per_person_once_per_year(string item)
    {
        var c = StaffCostRule.Calculate(2026, Defaults(item), item,
            [new("h1", "m1", "甲", null, null, null, 180.01m), new("h2", "m2", "乙", null, null, null, 99m)]);

        Assert.True(c.Eligible);
        Assert.Equal(90.01m + 49.5m, c.Amount); // 90.005 rounded half away from zero
        Assert.Equal("2026", c.Period);
        Assert.Equal(["h1", "h2"], c.SubjectKeys);
        Assert.Contains(c.Steps, s => s.Value.StartsWith("180.01 × 50") && s.Value.EndsWith("= 90.01"));
    }

    [Fact]
    public void Health_check_rate_is_configurable()
    {
        var c = StaffCostRule.Calculate(2026, With(PolicyItems.HealthCheckSubsidy, PolicyCatalogue.Rate, 0.8m), PolicyItems.HealthCheckSubsidy,
            [new("h1", "m1", "甲", null, null, null, 200m)]);

        Assert.Equal(160m, c.Amount);
    }

    [Fact]
    public void Staff_cost_needs_a_positive_cost()
    {
        var c = StaffCostRule.Calculate(2026, Defaults(PolicyItems.AccidentInsuranceSubsidy), PolicyItems.AccidentInsuranceSubsidy,
            [new("h1", "m1", "甲", null, null, null, null)]);

        Assert.False(c.Eligible);
        Assert.Empty(c.SubjectKeys);
    }

    private static List<ServiceRecordLine> Records(string household, int count, int startDay = 1) =>
        Enumerable.Range(0, count).Select(i => new ServiceRecordLine(Guid.NewGuid(), household, "m-" + household, new DateOnly(2026, 1, startDay).AddDays(i), "保洁")).ToList();

    [Theory]
    [InlineData(0, 12, 12)] // exactly the cap
    [InlineData(0, 13, 12)] // one over: the 13th is not counted
    [InlineData(11, 2, 1)]
    [InlineData(12, 1, 0)]
    public void Service_fee_reduction_counts_at_most_the_cap_per_household_and_year(int used, int records, int counted)
    {
        var lines = Records("hh1", records).Concat(Records("hh2", 1)).ToList();

        var c = ServiceFeeReductionRule.Calculate(2026, Defaults(PolicyItems.ServiceFeeReduction), lines, new Dictionary<string, int> { ["hh1"] = used });

        Assert.True(c.Eligible);
        Assert.Equal((counted + 1) * 50m, c.Amount);
        Assert.Equal(counted + 1, c.AllClaims().Count);
        Assert.Equal(counted, c.AllClaims().Count(k => k.CounterSubject == "hh1"));
        // The earliest records are the ones counted.
        Assert.Equal(lines.Take(counted).Select(l => l.Id.ToString()), c.AllClaims().Where(k => k.CounterSubject == "hh1").Select(k => k.SubjectKey));
        Assert.Equal(counted < records, c.Steps.Any(s => s.Label.Contains("m-hh1") && s.Value.EndsWith($"→ {counted} counted 计入 (cap 12)")));
        if (counted > 0)
        {
            Assert.Contains(new CounterUse("2026", "hh1", counted, 12, "m-hh1"), c.Counters);
        }
    }

    [Fact]
    public void Service_fee_reduction_without_records_or_room_is_not_eligible()
    {
        var none = ServiceFeeReductionRule.Calculate(2026, Defaults(PolicyItems.ServiceFeeReduction), [], new Dictionary<string, int>());
        Assert.False(none.Eligible);
        Assert.Contains("import them first", none.Reason);

        var full = ServiceFeeReductionRule.Calculate(2026, Defaults(PolicyItems.ServiceFeeReduction), Records("hh1", 2), new Dictionary<string, int> { ["hh1"] = 12 });
        Assert.False(full.Eligible);
        Assert.Contains("cap of 12", full.Reason);
        Assert.Equal(0m, full.Amount);
    }
}
