using System.Net;
using System.Net.Http.Headers;
using Jiafu.IntegrationTests.Infrastructure;

namespace Jiafu.IntegrationTests.Identity;

/// <summary>A host of its own: its sign-in limit is 3 requests a minute.</summary>
public sealed class RateLimitedApiFixture : IAsyncLifetime
{
    public JiafuApiFactory Factory { get; } = new(settings: new Dictionary<string, string?> { ["RateLimiting:AuthPermitLimit"] = "3" });

    public ValueTask InitializeAsync()
    {
        _ = Factory.Server;
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}

public sealed class RateLimitingTests(RateLimitedApiFixture fixture) : IClassFixture<RateLimitedApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Given_a_limit_of_three_When_a_fourth_sign_in_comes_within_the_window_Then_429_problem_with_Retry_After()
    {
        var client = fixture.Factory.CreateClient();
        string? accessToken = null;
        for (var i = 0; i < 3; i++)
        {
            var tokens = await (await client.LoginAsync(JiafuApiFactory.AdminUserName, JiafuApiFactory.AdminPassword)).ReadJsonAsync();
            accessToken = tokens.GetProperty("accessToken").GetString();
        }

        var fourth = await client.LoginAsync(JiafuApiFactory.AdminUserName, JiafuApiFactory.AdminPassword);

        var problem = await fourth.ReadProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal("rate_limited", problem.Code());
        var retryAfter = fourth.Headers.RetryAfter;
        Assert.NotNull(retryAfter);
        Assert.NotNull(retryAfter.Delta);
        Assert.InRange(retryAfter.Delta.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));

        // The token endpoint shares the sign-in limit; other endpoints are not limited.
        var token = await client.RequestClientTokenAsync(("grant_type", "client_credentials"), ("client_id", "x"), ("client_secret", "y"));
        await token.EnsureStatusAsync(HttpStatusCode.TooManyRequests);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        await (await client.GetAsync("/api/v1/auth/me", Ct)).EnsureStatusAsync(HttpStatusCode.OK);
    }
}
