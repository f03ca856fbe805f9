using System.Net;
using System.Net.Http.Headers;
using Jiafu.IntegrationTests.Infrastructure;

namespace Jiafu.IntegrationTests.Identity;

public sealed class RefreshTokenTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private JiafuApiFactory Factory => fixture.Factory;

    /// <summary>A fresh user and a sign-in of it, so no two tests share a token family.</summary>
    private async Task<(CreatedUser User, TokenResponseDto Tokens)> SignInNewUserAsync()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var user = await admin.CreateUserAsync("Inspector");
        return (user, await JiafuApiFactory.LoginAsync(Factory.CreateClient(), user.UserName, user.Password));
    }

    [Fact]
    public async Task Given_a_refresh_token_When_refreshing_Then_new_tokens_are_returned_and_the_new_access_token_works()
    {
        var (user, first) = await SignInNewUserAsync();
        var client = Factory.CreateClient();

        var second = await (await client.RefreshAsync(first.RefreshToken)).ReadJsonAsync();

        var refreshToken = second.GetProperty("refreshToken").GetString();
        Assert.False(string.IsNullOrEmpty(refreshToken));
        Assert.NotEqual(first.RefreshToken, refreshToken);
        Assert.True(second.GetProperty("expiresIn").GetInt32() > 0);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", second.GetProperty("accessToken").GetString());
        var me = await client.GetJsonAsync("/api/v1/auth/me");
        Assert.Equal(user.UserName, me.GetProperty("userName").GetString());
    }

    [Fact]
    public async Task Given_a_rotated_refresh_token_When_it_is_used_again_Then_401_and_the_whole_sign_in_is_revoked()
    {
        var (_, first) = await SignInNewUserAsync();
        var client = Factory.CreateClient();
        var second = (await (await client.RefreshAsync(first.RefreshToken)).ReadJsonAsync()).GetProperty("refreshToken").GetString()!;

        var reuse = await (await client.RefreshAsync(first.RefreshToken)).ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("invalid_refresh_token", reuse.Code());

        // The token issued by the legitimate rotation belongs to the same family and is now revoked too.
        var successor = await (await client.RefreshAsync(second)).ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("invalid_refresh_token", successor.Code());
    }

    [Fact]
    public async Task Given_a_reused_token_of_one_sign_in_When_another_sign_in_refreshes_Then_it_is_unaffected()
    {
        var (user, first) = await SignInNewUserAsync();
        var other = await JiafuApiFactory.LoginAsync(Factory.CreateClient(), user.UserName, user.Password);
        var client = Factory.CreateClient();
        await (await client.RefreshAsync(first.RefreshToken)).EnsureStatusAsync(HttpStatusCode.OK);
        await (await client.RefreshAsync(first.RefreshToken)).EnsureStatusAsync(HttpStatusCode.Unauthorized);

        await (await client.RefreshAsync(other.RefreshToken)).EnsureStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Given_an_unknown_refresh_token_When_refreshing_Then_401()
    {
        var problem = await (await Factory.CreateClient().RefreshAsync("not-a-real-token")).ReadProblemAsync(HttpStatusCode.Unauthorized);

        Assert.Equal("invalid_refresh_token", problem.Code());
    }

    [Fact]
    public async Task Given_an_empty_refresh_token_When_refreshing_Then_400_names_refreshToken()
    {
        var problem = await (await Factory.CreateClient().RefreshAsync("")).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.True(problem.HasError("refreshToken"), problem.ToString());
    }

    [Fact]
    public async Task Given_a_signed_out_session_When_refreshing_Then_401()
    {
        var (_, tokens) = await SignInNewUserAsync();
        var client = Factory.CreateClient();

        await (await client.LogoutAsync(tokens.RefreshToken)).EnsureStatusAsync(HttpStatusCode.NoContent);

        await (await client.RefreshAsync(tokens.RefreshToken)).ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_a_rotated_session_When_signing_out_with_the_latest_token_Then_every_token_of_the_sign_in_is_revoked()
    {
        var (_, first) = await SignInNewUserAsync();
        var client = Factory.CreateClient();
        var second = (await (await client.RefreshAsync(first.RefreshToken)).ReadJsonAsync()).GetProperty("refreshToken").GetString()!;

        await (await client.LogoutAsync(second)).EnsureStatusAsync(HttpStatusCode.NoContent);

        await (await client.RefreshAsync(second)).EnsureStatusAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_a_signed_out_session_When_signing_out_again_Then_204_again()
    {
        var (_, tokens) = await SignInNewUserAsync();
        var client = Factory.CreateClient();

        await (await client.LogoutAsync(tokens.RefreshToken)).EnsureStatusAsync(HttpStatusCode.NoContent);
        await (await client.LogoutAsync(tokens.RefreshToken)).EnsureStatusAsync(HttpStatusCode.NoContent);
        await (await client.LogoutAsync("never-issued-token")).EnsureStatusAsync(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Given_one_refresh_token_When_five_requests_refresh_it_concurrently_Then_exactly_one_succeeds_and_the_rest_get_401()
    {
        var (_, tokens) = await SignInNewUserAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Factory.CreateClient().RefreshAsync(tokens.RefreshToken)));

        var statuses = responses.Select(r => r.StatusCode).ToArray();
        Assert.True(statuses.Count(s => s == HttpStatusCode.OK) == 1, "statuses: " + string.Join(", ", statuses));
        Assert.All(statuses.Where(s => s != HttpStatusCode.OK), s => Assert.Equal(HttpStatusCode.Unauthorized, s));
    }
}
