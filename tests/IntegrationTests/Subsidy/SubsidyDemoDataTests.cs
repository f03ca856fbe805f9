using Jiafu.IntegrationTests.Infrastructure;

namespace Jiafu.IntegrationTests.Subsidy;

/// <summary>The subsidy demo data: this year's fund per item and applications in every state, with a ledger that balances.</summary>
public sealed class SubsidyDemoDataTests
{
    [Fact]
    public async Task Given_seed_demo_data_When_the_host_starts_on_an_empty_database_Then_the_years_fund_balances_and_every_state_is_present()
    {
        await using var factory = new JiafuApiFactory(settings: new Dictionary<string, string?> { ["Bootstrap:SeedDemoData"] = "true" });
        var admin = await factory.CreateSignedInClientAsync();
        var year = DateTime.UtcNow.AddHours(8).Year;

        var fund = await admin.GetJsonAsync($"{SubsidyTestData.FundsUrl}/{year}");
        Assert.True(fund.GetProperty("balanced").GetBoolean());
        Assert.All(fund.GetProperty("items").EnumerateArray(), i => Assert.True(i.Dec("allocated") > 0));
        Assert.True(fund.Dec("reserved") > 0);
        Assert.True(fund.Dec("paid") > 0);
        Assert.True(fund.Dec("recovered") > 0);

        var applications = await admin.GetJsonAsync($"{SubsidyTestData.ApplicationsUrl}?year={year}&pageSize=100");
        var statuses = applications.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("status").GetString()).ToHashSet();
        Assert.Superset(
            new HashSet<string?> { "Submitted", "StreetApproved", "Approved", "Returned", "Rejected", "Paid", "RecoveryOrdered", "Recovered" },
            statuses);
        var items = applications.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("itemCode").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "UnemploymentInsuranceRefund", "Award" }, items);
        Assert.All(applications.GetProperty("items").EnumerateArray(),
            a => Assert.True(a.GetProperty("breakdown").GetProperty("steps").GetArrayLength() > 0));
    }
}
