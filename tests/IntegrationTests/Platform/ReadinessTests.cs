using System.Net;
using Jiafu.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Jiafu.IntegrationTests.Platform;

/// <summary><c>/health/ready</c> follows the host's life: ready once migrated and seeded, 503 while draining for a stop.</summary>
public sealed class ReadinessTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Given_a_started_host_Then_the_host_check_is_healthy()
    {
        await using var factory = new JiafuApiFactory();
        var ready = await factory.CreateClient().GetJsonAsync("/health/ready");

        var host = ready.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "host");
        Assert.Equal("Healthy", host.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Given_a_stop_signal_When_the_host_drains_Then_ready_answers_503_while_requests_are_still_served()
    {
        await using var factory = new JiafuApiFactory(settings: new Dictionary<string, string?> { ["Shutdown:DrainDelay"] = "00:00:04" });
        var client = factory.CreateClient();
        var admin = await factory.CreateSignedInClientAsync();
        await client.GetJsonAsync("/health/ready");

        var stopping = Task.Run(() => factory.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication(), Ct);

        var response = await HttpAssertions.EventuallyAsync(() => client.GetAsync("/health/ready", Ct),
            r => r.StatusCode == HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(3));
        var body = await response.ReadJsonAsync(HttpStatusCode.ServiceUnavailable);
        var host = body.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "host");
        Assert.StartsWith("draining", host.GetProperty("description").GetString());
        // While draining the host still answers: a load balancer moves traffic away without failing requests.
        await admin.GetJsonAsync("/api/v1/auth/me");
        await stopping;
    }
}
