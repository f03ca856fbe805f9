using System.Net.Http.Json;
using Jiafu.IntegrationTests.Infrastructure;

namespace Jiafu.IntegrationTests.Inspection;

/// <summary>The inspection demo data: last year's finished campaign, this year's running one with tasks in every state, integrity entries and a drawn spot-check plan.</summary>
public sealed class InspectionDemoDataTests
{
    [Fact]
    public async Task Given_seed_demo_data_When_the_host_starts_on_an_empty_database_Then_campaigns_integrity_and_a_drawn_plan_are_present()
    {
        await using var factory = new JiafuApiFactory(settings: new Dictionary<string, string?> { ["Bootstrap:SeedDemoData"] = "true" });
        var admin = await factory.CreateSignedInClientAsync();
        var year = DateTime.UtcNow.AddHours(8).Year;

        var campaigns = (await admin.GetJsonAsync($"{InspectionTestApi.Base}/campaigns")).GetProperty("items").EnumerateArray().ToList();
        var last = campaigns.Single(c => c.GetProperty("year").GetInt32() == year - 1);
        var running = campaigns.Single(c => c.GetProperty("year").GetInt32() == year);
        Assert.True(last.GetProperty("taskCount").GetInt32() >= 6);
        Assert.Equal(last.GetProperty("taskCount").GetInt32(), last.GetProperty("counts").GetProperty("passed").GetInt32());
        foreach (var state in new[] { "pending", "passed", "rectify", "failed", "escalated" })
        {
            Assert.True(running.GetProperty("counts").GetProperty(state).GetInt32() > 0, state);
        }

        var profiles = await admin.GetJsonAsync($"{InspectionTestApi.Base}/integrity?pageSize=100");
        Assert.True(profiles.GetProperty("total").GetInt32() >= 6);
        var classes = profiles.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("creditClass").GetString()).ToHashSet();
        Assert.True(classes.Count >= 2, "the demo institutions differ in credit class");

        var plans = (await admin.GetJsonAsync($"{InspectionTestApi.Base}/spot-checks/plans")).GetProperty("items").EnumerateArray().ToList();
        var plan = await admin.GetJsonAsync($"{InspectionTestApi.Base}/spot-checks/plans/{Assert.Single(plans).Id()}");
        Assert.Equal("Drawn", plan.GetProperty("status").GetString());
        var results = plan.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("result").GetString()).ToList();
        Assert.Contains("Confirmed", results);
        Assert.Contains("Discrepancy", results);
        Assert.Contains("Pending", results);
        Assert.All(plan.GetProperty("checks").EnumerateArray(), c => Assert.Equal(2, c.GetProperty("inspectors").GetArrayLength()));

        var published = await admin.GetJsonAsync($"{InspectionTestApi.Base}/spot-checks/public?year={year}");
        Assert.Equal(results.Count(r => r != "Pending"), published.GetProperty("total").GetInt32());

        // The inspectors are the demo inspector accounts: every pool member, task and check names one of them, and an
        // inspector who signs in finds the tasks assigned to them.
        var accounts = (await admin.GetJsonAsync("/api/v1/identity/inspectors")).EnumerateArray()
            .ToDictionary(i => i.GetProperty("id").GetString()!, i => i.GetProperty("userName").GetString()!);
        Assert.True(accounts.Count >= 4);
        Assert.All(plan.GetProperty("pool").EnumerateArray(), i => Assert.Contains(i.GetProperty("userId").GetString()!, accounts.Keys));
        Assert.All(plan.GetProperty("checks").EnumerateArray().SelectMany(c => c.GetProperty("inspectors").EnumerateArray()),
            i => Assert.Contains(i.GetProperty("userId").GetString()!, accounts.Keys));
        var tasks = (await admin.GetJsonAsync($"{InspectionTestApi.Base}/tasks?campaignId={running.Id()}&pageSize=200")).GetProperty("items").EnumerateArray().ToList();
        var assigned = tasks.SelectMany(t => t.GetProperty("inspectors").EnumerateArray()).Select(i => i.GetProperty("userId").GetString()!).ToList();
        Assert.All(assigned, id => Assert.Contains(id, accounts.Keys));

        var liu = accounts.Single(a => a.Value == "inspector.liu").Key;
        await (await admin.PostAsJsonAsync($"/api/v1/identity/users/{liu}/reset-password", new { newPassword = "Inspector-demo-2026" }, TestContext.Current.CancellationToken))
            .EnsureStatusAsync(System.Net.HttpStatusCode.NoContent);
        var inspector = await factory.CreateSignedInClientAsync("inspector.liu", "Inspector-demo-2026");
        var mine = await inspector.GetJsonAsync($"{InspectionTestApi.Base}/tasks?campaignId={running.Id()}&mine=true&pageSize=200");
        Assert.Equal(assigned.Count(id => id == liu), mine.GetProperty("total").GetInt32());
        Assert.True(mine.GetProperty("total").GetInt32() > 0);
    }
}
