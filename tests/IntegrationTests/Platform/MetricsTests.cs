using System.Net;
using Jiafu.IntegrationTests.Infrastructure;

namespace Jiafu.IntegrationTests.Platform;

/// <summary><c>/metrics</c>: Prometheus text with HTTP, handler, outbox and sign-in metrics, only for administrators and monitoring clients.</summary>
public sealed class MetricsTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Given_no_token_When_metrics_are_scraped_Then_401()
    {
        var response = await api.Factory.CreateClient().GetAsync("/metrics", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("StreetOfficer")]
    [InlineData("Auditor")]
    public async Task Given_a_user_who_is_not_an_administrator_When_metrics_are_scraped_Then_403(string role)
    {
        var admin = await api.Factory.CreateSignedInClientAsync();
        var user = await api.Factory.CreateSignedInUserAsync(admin, role);

        var response = await user.GetAsync("/metrics", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Given_activity_When_an_administrator_scrapes_Then_requests_handlers_outbox_and_login_failures_are_reported()
    {
        var admin = await api.Factory.CreateSignedInClientAsync();
        await api.Factory.CreateClient().LoginAsync("nobody-" + Guid.NewGuid().ToString("N")[..8], "Wrong-pass-1");
        await admin.CreateUserAsync(); // a command, audited through the outbox

        // The exporter serves a cached scrape for a moment and other tests of this class scrape the same host, so wait
        // until a scrape shows this test's own activity. ASP.NET Core's own request histogram is not asserted: with
        // many hosts in one test process the SDK may keep another host's instrument of the same name; the
        // application's own instruments below are per process.
        var text = await HttpAssertions.EventuallyAsync(() => ScrapeAsync(admin), t =>
            t.Contains("jiafu_outbox_delivered_total{", StringComparison.Ordinal)
            && t.Contains("reason=\"unknown user\"", StringComparison.Ordinal)
            && t.Contains("message=\"CreateUser\"", StringComparison.Ordinal));

        Assert.Contains("jiafu_auth_login_failures_total{", text);
        Assert.Contains("jiafu_handler_duration_seconds_bucket{", text);
        Assert.Contains("jiafu_outbox_lag_seconds_bucket{", text);
        Assert.DoesNotContain("Wrong-pass-1", text);
    }

    [Fact]
    public async Task Given_an_api_client_with_the_metrics_scope_When_it_scrapes_Then_200()
    {
        var admin = await api.Factory.CreateSignedInClientAsync();
        var monitoring = await api.Factory.CreateClientSignedInAsync(await admin.CreateApiClientAsync("operations.metrics"));

        var response = await monitoring.GetAsync("/metrics", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<string> ScrapeAsync(HttpClient client)
    {
        var response = await client.GetAsync("/metrics", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Ct);
    }
}
