using Jiafu.Registry.Features.Statistics;

namespace Jiafu.UnitTests.Registry;

/// <summary>The birth-date cut-offs that turn the register's age bands into date comparisons (ADR 0066).</summary>
public sealed class AgeCutoffTests
{
    /// <summary>Completed years of age, counted the way the age bands always were.</summary>
    private static int AgeAt(DateOnly birth, DateOnly at) => at.Year - birth.Year - (at < birth.AddYears(at.Year - birth.Year) ? 1 : 0);

    public static TheoryData<string> PeriodEnds => new() { "2026-12-31", "2024-02-29", "2023-02-28", "2025-03-31", "2024-03-01", "2028-02-29", "2027-06-30" };

    [Theory]
    [MemberData(nameof(PeriodEnds))]
    public void Given_a_period_end_When_the_cutoff_for_each_band_age_is_taken_Then_born_on_or_before_it_is_exactly_being_that_old(string periodEnd)
    {
        var at = DateOnly.Parse(periodEnd);
        foreach (var age in new[] { 0, 1, 30, 40, 50, 60, 61 })
        {
            var cutoff = RegistryStatisticsReader.LatestBirthDateForAge(age, at);
            var from = at.AddYears(-age).AddDays(-800);
            for (var birth = from; birth <= from.AddDays(1600); birth = birth.AddDays(1))
            {
                Assert.True(AgeAt(birth, at) >= age == birth <= cutoff, $"born {birth}, at {at}, age {age}: cut-off {cutoff}");
            }
        }
    }

    [Fact]
    public void Given_someone_born_on_29_February_When_the_period_ends_on_28_February_of_a_common_year_Then_they_have_reached_the_age()
    {
        // AddYears takes 29 February to 28 February in a common year, so the bands count them a day "early", as they always did.
        Assert.Equal(new DateOnly(1992, 2, 29), RegistryStatisticsReader.LatestBirthDateForAge(30, new DateOnly(2022, 2, 28)));
        Assert.Equal(new DateOnly(1992, 2, 29), RegistryStatisticsReader.LatestBirthDateForAge(31, new DateOnly(2023, 2, 28)));
        Assert.Equal(new DateOnly(1964, 2, 29), RegistryStatisticsReader.LatestBirthDateForAge(60, new DateOnly(2024, 2, 29)));
        Assert.Equal(new DateOnly(1962, 2, 28), RegistryStatisticsReader.LatestBirthDateForAge(60, new DateOnly(2022, 2, 28)));
    }

    [Fact]
    public void Given_the_age_bands_When_their_edges_are_listed_Then_each_band_starts_where_the_previous_ends()
    {
        var bands = RegistryStatisticsReader.AgeBands;
        Assert.Equal(0, bands[0].Min);
        Assert.Equal(int.MaxValue, bands[^1].Max);
        for (var i = 1; i < bands.Count; i++)
        {
            Assert.Equal(bands[i - 1].Max + 1, bands[i].Min);
        }
    }
}
