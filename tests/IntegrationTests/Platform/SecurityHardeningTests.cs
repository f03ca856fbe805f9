using Jiafu.IntegrationTests.Infrastructure;

namespace Jiafu.IntegrationTests.Platform;

/// <summary>CORS closed unless an origin is configured; HSTS on HTTPS.</summary>
public sealed class SecurityHardeningTests
{
    private const string Partner = "https://o2o.example.cn";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Given_no_configured_origin_When_a_browser_preflights_Then_no_origin_is_allowed()
    {
        await using var factory = new JiafuApiFactory();

        var response = await factory.CreateClient().SendAsync(Preflight(Partner), Ct);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Given_a_configured_partner_origin_When_it_and_another_origin_call_Then_only_the_partner_is_allowed()
    {
        await using var factory = new JiafuApiFactory(settings: new Dictionary<string, string?> { ["Cors:AllowedOrigins:0"] = Partner });
        var client = factory.CreateClient();

        var partner = await client.SendAsync(Preflight(Partner), Ct);
        var other = await client.SendAsync(Preflight("https://elsewhere.example.com"), Ct);
        var get = new HttpRequestMessage(HttpMethod.Get, "/api/v1/registry/directory/institutions");
        get.Headers.Add("Origin", Partner);
        var simple = await client.SendAsync(get, Ct);

        Assert.Equal(Partner, partner.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("If-Match", partner.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Equal(Partner, simple.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("X-Trace-Id", simple.Headers.GetValues("Access-Control-Expose-Headers").Single());
    }

    [Fact]
    public async Task Given_https_When_a_page_is_served_Then_strict_transport_security_is_sent_and_not_over_http()
    {
        await using var factory = new JiafuApiFactory();
        var https = factory.CreateClient(new() { BaseAddress = new Uri("https://jiafu.example.cn") });
        var http = factory.CreateClient(new() { BaseAddress = new Uri("http://jiafu.example.cn") });

        var secure = await https.GetAsync("/health/live", Ct);
        var plain = await http.GetAsync("/health/live", Ct);

        Assert.StartsWith("max-age=31536000", secure.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Given_a_json_body_over_the_limit_When_posted_Then_413_while_a_bulk_import_of_that_size_is_accepted()
    {
        await using var factory = new JiafuApiFactory();
        var admin = await factory.CreateSignedInClientAsync();
        var big = new string('x', 2 * 1024 * 1024);

        var json = await admin.PostAsync("/api/v1/registry/institutions",
            new StringContent($"{{\"name\":\"{big}\"}}", System.Text.Encoding.UTF8, "application/json"), Ct);
        var csv = await admin.PostAsync("/api/v1/registry/imports/workers?mode=validate",
            new StringContent("name,idNumber,phone,institutionCreditCode,employmentType,jobTypes\n" + string.Concat(Enumerable.Repeat("张三,x,x,x,Flexible,Housekeeper\n", 80_000)),
                System.Text.Encoding.UTF8, "text/csv"), Ct);

        var problem = await json.ReadProblemAsync(System.Net.HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("payload_too_large", problem.Code());
        Assert.Equal(System.Net.HttpStatusCode.Accepted, csv.StatusCode);
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/registry/institutions");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,if-match");
        return request;
    }
}
