using System.Net;
using Jiafu.IntegrationTests.Infrastructure;

namespace Jiafu.IntegrationTests.Platform;

public sealed class HealthTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Given_a_started_host_When_live_is_probed_Then_it_answers_healthy_anonymously()
    {
        var body = await fixture.Factory.CreateClient().GetAsync("/health/live", TestContext.Current.CancellationToken);
        var json = await body.ReadJsonAsync();
        Assert.Equal("Healthy", json.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Given_migrated_databases_When_ready_is_probed_Then_every_module_database_is_reported_ok()
    {
        var json = await (await fixture.Factory.CreateClient().GetAsync("/health/ready", TestContext.Current.CancellationToken)).ReadJsonAsync();
        Assert.Equal("Healthy", json.GetProperty("status").GetString());
        var databases = json.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "databases");
        Assert.Equal("ok", databases.GetProperty("data").GetProperty("identity").GetString());
    }
}
