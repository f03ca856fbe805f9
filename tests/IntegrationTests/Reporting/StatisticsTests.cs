using System.Net;
using System.Text.Json;
using Jiafu.IntegrationTests.Infrastructure;
using Jiafu.IntegrationTests.Registry;
using static Jiafu.IntegrationTests.Reporting.StatisticsFixture;

namespace Jiafu.IntegrationTests.Reporting;

/// <summary>Each module's statistics endpoint against the hand-counted <see cref="StatisticsFixture"/>, per scope, and an empty year.</summary>
public sealed class StatisticsTests(StatisticsFixture fixture) : IClassFixture<StatisticsFixture>
{
    private const string EmptyYear = "2005";

    internal static int Count(JsonElement json, string list, string code) =>
        json.GetProperty(list).EnumerateArray().Single(t => t.GetProperty("code").GetString() == code).GetProperty("count").GetInt32();

    internal static decimal Amount(JsonElement json, string list, string code) =>
        json.GetProperty(list).EnumerateArray().Single(t => t.GetProperty("code").GetString() == code).GetProperty("amount").GetDecimal();

    internal static int Month(JsonElement json, string list, int month) =>
        json.GetProperty(list).EnumerateArray().Single(t => t.GetProperty("month").GetInt32() == month).GetProperty("count").GetInt32();

    private static int Int(JsonElement json, string name) => json.GetProperty(name).GetInt32();

    [Fact]
    public async Task Given_the_fixture_When_the_district_reads_registry_statistics_Then_the_figures_match_the_hand_count()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var r = await admin.GetJsonAsync($"/api/v1/registry/statistics?year={Year}");

        Assert.Equal(3, Int(r, "institutions"));
        Assert.Equal(2, Int(r, "activeInstitutions"));
        Assert.Equal(2, Int(r, "newInstitutions"));
        Assert.Equal(1, Int(r, "newStations"));
        Assert.Equal(1, Int(r, "cityBrands"));
        Assert.Equal(1, Int(r, "pendingRecognition"));
        Assert.Equal(3, Int(r, "workers"));
        Assert.Equal(1, Int(r, "healthChecksExpiring"));
        Assert.Equal(2, Count(r, "institutionsByFormat", "Housekeeping"));
        Assert.Equal(1, Count(r, "institutionsByFormat", "ElderlyCare"));
        Assert.Equal(1, Count(r, "institutionsByFormat", "MaternalInfantCare"));
        Assert.Equal(0, Count(r, "institutionsByFormat", "PatientEscort"));
        Assert.Equal(2, Count(r, "institutionsByStreet", StreetA));
        Assert.Equal(1, Count(r, "institutionsByStreet", StreetB));
        Assert.Equal(2, Count(r, "institutionsBySize", "None"));
        Assert.Equal(1, Count(r, "institutionsBySize", "Micro"));
        Assert.Equal(1, Count(r, "institutionsByStatus", "PendingRecognition"));
        Assert.Equal(1, Month(r, "newInstitutionsByMonth", 3));
        Assert.Equal(1, Month(r, "newInstitutionsByMonth", 7));
        Assert.Equal(0, Month(r, "newInstitutionsByMonth", 5));
        Assert.Equal([1, 1, 1], new[] { "Green", "Yellow", "Red" }.Select(c => Count(r, "workersByCredential", c)));
        Assert.Equal([1, 1, 1], new[] { "EmployeeBased", "Affiliated", "Flexible" }.Select(c => Count(r, "workersByEmploymentType", c)));
        Assert.Equal(2, Count(r, "workersByJobType", "Housekeeper"));
        Assert.Equal(1, Count(r, "workersByJobType", "Cleaner"));
        Assert.Equal(1, Count(r, "workersByJobType", "ElderlyCarer"));
        Assert.Equal(1, Count(r, "workersByGender", "Male"));
        Assert.Equal(2, Count(r, "workersByGender", "Female"));
        Assert.Equal([1, 1, 0, 1, 0], new[] { "Under30", "30to39", "40to49", "50to59", "60AndOver" }.Select(c => Count(r, "workersByAgeBand", c)));
        Assert.Equal(2, Count(r, "workersByStreet", StreetA));
    }

    [Fact]
    public async Task Given_the_fixture_When_a_quarter_is_asked_Then_only_that_quarter_counts()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var q1 = await admin.GetJsonAsync($"/api/v1/registry/statistics?year={Year}&quarter=1");
        Assert.Equal(2, Int(q1, "institutions"));
        Assert.Equal(1, Int(q1, "newInstitutions"));
        Assert.Equal(0, Int(q1, "workers"));

        var march = await admin.GetJsonAsync($"/api/v1/vouchers/statistics?year={Year}&month=3");
        Assert.Equal(2, Int(march, "issued"));
        Assert.Equal(400m, march.GetProperty("issuedValue").GetDecimal());
    }

    [Fact]
    public async Task Given_the_fixture_When_a_street_officer_or_operator_reads_registry_statistics_Then_only_their_scope_counts()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var streetB = await fixture.Factory.CreateStreetOfficerClientAsync(admin, StreetB);
        var b = await streetB.GetJsonAsync($"/api/v1/registry/statistics?year={Year}");
        Assert.Equal(1, Int(b, "institutions"));
        Assert.Equal(1, Int(b, "newInstitutions"));
        Assert.Equal(0, Int(b, "newStations"));
        Assert.Equal(1, Int(b, "cityBrands"));
        Assert.Equal(0, Int(b, "pendingRecognition"));
        Assert.Equal(1, Int(b, "workers"));
        Assert.Equal(StreetB, Assert.Single(b.GetProperty("institutionsByStreet").EnumerateArray()).GetProperty("code").GetString());

        var operator1 = await fixture.Factory.CreateOperatorClientAsync(admin, fixture.Institution1);
        var o = await operator1.GetJsonAsync($"/api/v1/registry/statistics?year={Year}");
        Assert.Equal(1, Int(o, "institutions"));
        Assert.Equal(2, Int(o, "workers"));
        Assert.Equal(0, Int(o, "cityBrands"));
        Assert.Equal(1, Int(o, "newStations"));
    }

    [Fact]
    public async Task Given_the_fixture_When_training_statistics_are_read_Then_figures_and_scope_match()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var t = await admin.GetJsonAsync($"/api/v1/training/statistics?year={Year}");
        Assert.Equal(2000, Int(t, "annualTarget"));
        Assert.Equal(1, Int(t, "classes"));
        Assert.Equal(2, Int(t, "enrolled"));
        Assert.Equal(2, Int(t, "trained"));
        Assert.Equal(1, Int(t, "certified"));
        Assert.Equal(1, Count(t, "trainedByStreet", StreetA));
        Assert.Equal(1, Count(t, "trainedByStreet", StreetB));
        Assert.Equal(2, Count(t, "trainedByCategory", "PreJob"));
        Assert.Equal(1, Count(t, "trainedByTraineeCategory", "HardToEmploy"));
        Assert.Equal(1, Count(t, "classesByStatus", "Completed"));
        Assert.Equal(2, Month(t, "trainedByMonth", 4));

        var streetB = await fixture.Factory.CreateStreetOfficerClientAsync(admin, StreetB);
        var b = await streetB.GetJsonAsync($"/api/v1/training/statistics?year={Year}");
        Assert.Equal(1, Int(b, "trained"));
        Assert.Equal(0, Int(b, "certified"));
        Assert.Equal(1, Int(b, "enrolled"));
        Assert.Equal(0, Int(b, "classes"));
    }

    [Fact]
    public async Task Given_the_fixture_When_voucher_statistics_are_read_Then_counts_sums_and_scope_match()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var v = await admin.GetJsonAsync($"/api/v1/vouchers/statistics?year={Year}");
        Assert.Equal(3, Int(v, "issued"));
        Assert.Equal(600m, v.GetProperty("issuedValue").GetDecimal());
        Assert.Equal(2, Int(v, "used"));
        Assert.Equal(400m, v.GetProperty("usedValue").GetDecimal());
        Assert.Equal(1, Int(v, "reimbursed"));
        Assert.Equal(200m, v.GetProperty("reimbursedValue").GetDecimal());
        Assert.Equal(2, Count(v, "byStreet", StreetA));
        Assert.Equal(400m, Amount(v, "byStreet", StreetA));
        Assert.Equal(1, Count(v, "byStreet", StreetB));
        Assert.Equal(2, Month(v, "issuedByMonth", 3));
        Assert.Equal(1, Month(v, "issuedByMonth", 5));
        Assert.Equal(1, Month(v, "usedByMonth", 1));
        Assert.Equal(1, Month(v, "usedByMonth", 4));
        Assert.Equal(1, Count(v, "byBusinessFormat", "Housekeeping"));

        var streetB = await fixture.Factory.CreateStreetOfficerClientAsync(admin, StreetB);
        var b = await streetB.GetJsonAsync($"/api/v1/vouchers/statistics?year={Year}");
        Assert.Equal(1, Int(b, "issued"));
        Assert.Equal(1, Int(b, "used"));

        var operator1 = await fixture.Factory.CreateOperatorClientAsync(admin, fixture.Institution1);
        var o = await operator1.GetJsonAsync($"/api/v1/vouchers/statistics?year={Year}");
        Assert.Equal(1, Int(o, "issued"));
        Assert.Equal(1, Int(o, "reimbursed"));
    }

    [Fact]
    public async Task Given_the_fixture_When_subsidy_statistics_are_read_Then_counts_sums_and_scope_match()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var s = await admin.GetJsonAsync($"/api/v1/subsidy/statistics?year={Year}");
        Assert.Equal(3, Int(s, "applications"));
        Assert.Equal(61_234.50m, s.GetProperty("appliedAmount").GetDecimal());
        Assert.Equal(2, Int(s, "paid"));
        Assert.Equal(51_234.50m, s.GetProperty("paidAmount").GetDecimal());
        Assert.Equal(50_000m, Amount(s, "byItem", "Award"));
        Assert.Equal(1_234.50m, Amount(s, "byItem", "TrainingSubsidy"));
        Assert.Equal(100_000m, Amount(s, "allocations", "Award"));
        Assert.Equal(0, Int(s, "waitingReview"));
        Assert.Equal(1, Count(s, "byStatus", "Submitted"));

        var streetA = await fixture.Factory.CreateStreetOfficerClientAsync(admin, StreetA);
        var a = await streetA.GetJsonAsync($"/api/v1/subsidy/statistics?year={Year}");
        Assert.Equal(2, Int(a, "applications"));
        Assert.Equal(1, Int(a, "paid"));
        Assert.Equal(50_000m, a.GetProperty("paidAmount").GetDecimal());
        Assert.Equal(1, Int(a, "waitingReview"));
        Assert.Empty(a.GetProperty("allocations").EnumerateArray());
    }

    [Theory]
    [InlineData("/api/v1/registry/statistics")]
    [InlineData("/api/v1/training/statistics")]
    [InlineData("/api/v1/vouchers/statistics")]
    [InlineData("/api/v1/subsidy/statistics")]
    public async Task Given_an_empty_year_When_statistics_are_read_Then_every_figure_is_zero(string url)
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var json = await admin.GetJsonAsync($"{url}?year={EmptyYear}");
        var periodFigures = new[]
        {
            "institutions", "newInstitutions", "newStations", "cityBrands", "workers", "classes", "enrolled", "trained", "certified",
            "issued", "used", "reimbursed", "applications", "paid",
        };
        foreach (var property in json.EnumerateObject().Where(p => periodFigures.Contains(p.Name)))
        {
            Assert.Equal(0, property.Value.GetInt32());
        }

        foreach (var list in json.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Array && p.Name != "allocations"))
        {
            Assert.All(list.Value.EnumerateArray(), t => Assert.Equal(0, t.GetProperty("count").GetInt32()));
        }
    }

    [Theory]
    [InlineData("year=1999")]
    [InlineData("year=2019&quarter=5")]
    [InlineData("year=2019&month=13")]
    [InlineData("year=2019&quarter=1&month=2")]
    public async Task Given_a_bad_period_When_statistics_are_read_Then_400(string query)
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        await (await admin.GetAsync($"/api/v1/registry/statistics?{query}", TestContext.Current.CancellationToken))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
    }
}
