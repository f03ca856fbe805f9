using System.Diagnostics;
using Jiafu.IntegrationTests.Infrastructure;

namespace Jiafu.IntegrationTests.Training;

/// <summary>The training demo data: a year of classes reaching about 70% of the yearly target, quickly, only on an empty database.</summary>
public sealed class TrainingDemoDataTests
{
    [Fact]
    public async Task Given_seed_demo_data_When_the_host_starts_on_an_empty_database_Then_about_70_percent_of_the_target_is_trained()
    {
        var watch = Stopwatch.StartNew();
        await using var factory = new JiafuApiFactory(settings: new Dictionary<string, string?> { ["Bootstrap:SeedDemoData"] = "true" });
        var admin = await factory.CreateSignedInClientAsync();
        var started = watch.Elapsed;

        var progress = await admin.GetJsonAsync("/api/v1/training/progress");
        var percent = progress.GetProperty("percent").GetDecimal();
        Assert.InRange(percent, 65m, 75m);
        Assert.True(progress.GetProperty("certified").GetInt32() > 0);
        Assert.True(progress.GetProperty("byCategory").EnumerateArray().Count(c => c.GetProperty("trained").GetInt32() > 0) >= 5);
        var classes = await admin.GetJsonAsync($"{TrainingTestApi.ClassesUrl}?pageSize=200");
        var statuses = classes.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("status").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "Completed", "Settled", "InProgress", "Open", "Planned" }, statuses);
        Assert.True(started < TimeSpan.FromSeconds(60), $"Start with demo data took {started}");
    }
}
