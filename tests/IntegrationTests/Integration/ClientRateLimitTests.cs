using System.Net;
using Jiafu.IntegrationTests.Infrastructure;

namespace Jiafu.IntegrationTests.Integration;

/// <summary>A host of its own: an API client may send 3 requests a minute, or 5 when it holds <c>registry.read</c>.</summary>
public sealed class ClientRateLimitFixture : IAsyncLifetime
{
    public JiafuApiFactory Factory { get; } = new(settings: new Dictionary<string, string?>
    {
        ["RateLimiting:Clients:PermitLimit"] = "3",
        ["RateLimiting:Clients:Window"] = "00:01:00",
        ["RateLimiting:Clients:Scopes:registry.read"] = "5",
    });

    public ValueTask InitializeAsync()
    {
        _ = Factory.Server;
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}

public sealed class ClientRateLimitTests(ClientRateLimitFixture fixture) : IClassFixture<ClientRateLimitFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";

    [Fact]
    public async Task Given_a_limit_of_three_When_a_client_sends_a_fourth_request_Then_429_with_Retry_After_and_RateLimit_headers_count_down()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var client = await fixture.Factory.CreateClientSignedInAsync(await admin.CreateApiClientAsync(IdentityTestApi.ProfileScope));

        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++)
        {
            responses.Add(await client.GetAsync("/api/v1/auth/me", Ct));
        }

        for (var i = 0; i < 3; i++)
        {
            await responses[i].EnsureStatusAsync(HttpStatusCode.OK);
            Assert.Equal("3", Header(responses[i], "RateLimit-Limit"));
            Assert.Equal((2 - i).ToString(), Header(responses[i], "RateLimit-Remaining"));
            Assert.InRange(int.Parse(Header(responses[i], "RateLimit-Reset")), 1, 60);
            Assert.Equal("3;w=60", Header(responses[i], "RateLimit-Policy"));
        }

        var problem = await responses[3].ReadProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal("rate_limited", problem.Code());
        Assert.NotNull(responses[3].Headers.RetryAfter?.Delta);
        Assert.InRange(responses[3].Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        Assert.Equal("0", Header(responses[3], "RateLimit-Remaining"));

        // The limit is the client's, not the address's: the administrator (a user, same address) is not limited by it.
        await (await admin.GetAsync("/api/v1/auth/me", Ct)).EnsureStatusAsync(HttpStatusCode.OK);
        Assert.Equal("", Header(await admin.GetAsync("/api/v1/auth/me", Ct), "RateLimit-Limit"));
    }

    [Fact]
    public async Task Given_a_scope_with_a_higher_limit_When_a_client_holds_it_Then_its_limit_is_that_scopes()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var client = await fixture.Factory.CreateClientSignedInAsync(await admin.CreateApiClientAsync(IdentityTestApi.ProfileScope, "registry.read"));

        var first = await client.GetAsync("/api/v1/auth/me", Ct);

        await first.EnsureStatusAsync(HttpStatusCode.OK);
        Assert.Equal("5", Header(first, "RateLimit-Limit"));
        Assert.Equal("4", Header(first, "RateLimit-Remaining"));
    }
}
