using System.Net;
using System.Net.Http.Json;
using System.Text;
using Jiafu.IntegrationTests.Infrastructure;

namespace Jiafu.IntegrationTests.Identity;

public sealed class ApiClientTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private const string Clients = "/api/v1/identity/clients";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private JiafuApiFactory Factory => fixture.Factory;

    private async Task<(HttpClient Admin, CreatedApiClient Client)> NewClientAsync()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        return (admin, await admin.CreateApiClientAsync());
    }

    [Fact]
    public async Task Given_valid_scopes_When_registering_a_client_Then_201_with_the_client_id_and_the_secret_once()
    {
        var admin = await Factory.CreateSignedInClientAsync();

        var response = await admin.PostAsJsonAsync(Clients,
            new { name = "联盟网络平台", scopes = new[] { IdentityTestApi.ProfileScope }, institutionIds = new[] { "inst-001", "inst-002" } }, Ct);

        var body = await response.ReadJsonAsync(HttpStatusCode.Created);
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/identity/clients/{id}", response.Headers.Location?.OriginalString);
        Assert.StartsWith("jf_", body.GetProperty("clientId").GetString());
        Assert.True(body.GetProperty("clientSecret").GetString()!.Length >= 32);
        Assert.Equal("联盟网络平台", body.GetProperty("name").GetString());
        Assert.Equal([IdentityTestApi.ProfileScope], body.GetProperty("scopes").Strings());
        Assert.Equal(["inst-001", "inst-002"], body.GetProperty("institutionIds").Strings());
    }

    [Fact]
    public async Task Given_registered_clients_When_listing_Then_the_secret_and_its_hash_never_appear()
    {
        var (admin, client) = await NewClientAsync();

        var response = await admin.GetAsync($"{Clients}?pageSize=200", Ct);

        await response.EnsureStatusAsync(HttpStatusCode.OK);
        var raw = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains(client.ClientId, raw);
        Assert.DoesNotContain("clientSecret", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secretHash", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(client.ClientSecret, raw);
        var listed = (await admin.GetJsonAsync($"{Clients}?search={client.ClientId}")).GetProperty("items");
        Assert.Equal(1, listed.GetArrayLength());
        Assert.False(listed[0].GetProperty("isRevoked").GetBoolean());
    }

    [Fact]
    public async Task Given_an_unknown_scope_When_registering_a_client_Then_400_names_the_scope_by_index()
    {
        var admin = await Factory.CreateSignedInClientAsync();

        var response = await admin.PostAsJsonAsync(Clients, new { name = "x", scopes = new[] { "everything.admin" } }, Ct);

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.HasError("scopes[0]"), problem.ToString());
    }

    [Fact]
    public async Task Given_no_scopes_When_registering_a_client_Then_400_names_scopes()
    {
        var admin = await Factory.CreateSignedInClientAsync();

        var response = await admin.PostAsJsonAsync(Clients, new { name = "x", scopes = Array.Empty<string>() }, Ct);

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.HasError("scopes"), problem.ToString());
    }

    [Fact]
    public async Task Given_an_admin_When_listing_scopes_Then_the_identity_profile_scope_is_offered()
    {
        var admin = await Factory.CreateSignedInClientAsync();

        var scopes = await admin.GetJsonAsync("/api/v1/identity/scopes");

        Assert.Contains(scopes.EnumerateArray(), s => s.GetProperty("name").GetString() == IdentityTestApi.ProfileScope);
    }

    [Fact]
    public async Task Given_form_credentials_When_requesting_a_token_Then_an_RFC_6749_response_that_is_not_cached()
    {
        var (_, client) = await NewClientAsync();

        var response = await Factory.CreateClient().RequestClientTokenAsync(
            ("grant_type", "client_credentials"), ("client_id", client.ClientId), ("client_secret", client.ClientSecret));

        var raw = await response.Content.ReadAsStringAsync(Ct);
        var token = await response.ReadJsonAsync();
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.False(string.IsNullOrEmpty(token.GetProperty("access_token").GetString()));
        Assert.Equal("Bearer", token.GetProperty("token_type").GetString());
        Assert.True(token.GetProperty("expires_in").GetInt32() > 0);
        Assert.Equal(IdentityTestApi.ProfileScope, token.GetProperty("scope").GetString());
        Assert.DoesNotContain("accessToken", raw);
        Assert.True(response.Headers.CacheControl?.NoStore, $"Cache-Control: {response.Headers.CacheControl}");
    }

    [Fact]
    public async Task Given_HTTP_Basic_credentials_When_requesting_a_token_Then_200()
    {
        var (_, client) = await NewClientAsync();
        var http = Factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = IdentityTestApi.Basic(client.ClientId, client.ClientSecret);

        var response = await http.RequestClientTokenAsync(("grant_type", "client_credentials"), ("scope", IdentityTestApi.ProfileScope));

        var token = await response.ReadJsonAsync();
        Assert.Equal("Bearer", token.GetProperty("token_type").GetString());
        Assert.Equal(IdentityTestApi.ProfileScope, token.GetProperty("scope").GetString());
    }

    [Fact]
    public async Task Given_a_wrong_secret_When_requesting_a_token_Then_401_invalid_client()
    {
        var (_, client) = await NewClientAsync();

        var response = await Factory.CreateClient().RequestClientTokenAsync(
            ("grant_type", "client_credentials"), ("client_id", client.ClientId), ("client_secret", client.ClientSecret + "x"));

        var error = await response.ReadJsonAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("invalid_client", error.GetProperty("error").GetString());
        Assert.NotEmpty(response.Headers.WwwAuthenticate);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Given_an_unknown_client_or_no_credentials_When_requesting_a_token_Then_401_invalid_client()
    {
        var http = Factory.CreateClient();

        var unknown = await http.RequestClientTokenAsync(("grant_type", "client_credentials"), ("client_id", "jf_nope"), ("client_secret", "secret"));
        var none = await http.RequestClientTokenAsync(("grant_type", "client_credentials"));

        Assert.Equal("invalid_client", (await unknown.ReadJsonAsync(HttpStatusCode.Unauthorized)).GetProperty("error").GetString());
        Assert.Equal("invalid_client", (await none.ReadJsonAsync(HttpStatusCode.Unauthorized)).GetProperty("error").GetString());
    }

    [Fact]
    public async Task Given_a_scope_not_granted_When_requesting_a_token_Then_400_invalid_scope()
    {
        var (_, client) = await NewClientAsync();

        var response = await Factory.CreateClient().RequestClientTokenAsync(("grant_type", "client_credentials"),
            ("client_id", client.ClientId), ("client_secret", client.ClientSecret), ("scope", IdentityTestApi.ProfileScope + " registry.write"));

        var error = await response.ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal("invalid_scope", error.GetProperty("error").GetString());
        Assert.Contains("registry.write", error.GetProperty("error_description").GetString());
    }

    [Fact]
    public async Task Given_the_password_grant_When_requesting_a_token_Then_400_unsupported_grant_type()
    {
        var (_, client) = await NewClientAsync();

        var response = await Factory.CreateClient().RequestClientTokenAsync(("grant_type", "password"),
            ("client_id", client.ClientId), ("client_secret", client.ClientSecret), ("username", "admin"), ("password", JiafuApiFactory.AdminPassword));

        Assert.Equal("unsupported_grant_type", (await response.ReadJsonAsync(HttpStatusCode.BadRequest)).GetProperty("error").GetString());
    }

    [Fact]
    public async Task Given_no_grant_type_When_requesting_a_token_Then_400_invalid_request()
    {
        var (_, client) = await NewClientAsync();

        var response = await Factory.CreateClient().RequestClientTokenAsync(("client_id", client.ClientId), ("client_secret", client.ClientSecret));

        Assert.Equal("invalid_request", (await response.ReadJsonAsync(HttpStatusCode.BadRequest)).GetProperty("error").GetString());
    }

    [Fact]
    public async Task Given_a_JSON_body_When_requesting_a_token_Then_400_invalid_request()
    {
        var (_, client) = await NewClientAsync();

        var response = await Factory.CreateClient().PostAsync("/api/v1/auth/token", new StringContent(
            $$"""{"grant_type":"client_credentials","client_id":"{{client.ClientId}}","client_secret":"{{client.ClientSecret}}"}""",
            Encoding.UTF8, "application/json"), Ct);

        Assert.Equal("invalid_request", (await response.ReadJsonAsync(HttpStatusCode.BadRequest)).GetProperty("error").GetString());
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Given_a_client_token_When_calling_me_Then_the_client_and_its_scopes_but_user_management_is_403()
    {
        var (_, client) = await NewClientAsync();
        var http = await Factory.CreateClientSignedInAsync(client);

        var me = await http.GetJsonAsync("/api/v1/auth/me");

        Assert.Equal("client", me.GetProperty("actorType").GetString());
        Assert.Equal(client.Id.ToString(), me.GetProperty("id").GetString());
        Assert.Equal(client.ClientId, me.GetProperty("userName").GetString());
        Assert.Equal([IdentityTestApi.ProfileScope], me.GetProperty("scopes").Strings());
        Assert.Empty(me.GetProperty("roles").Strings());
        Assert.Equal(["inst-001"], me.GetProperty("institutionIds").Strings());

        await (await http.GetAsync("/api/v1/identity/users", Ct)).ReadProblemAsync(HttpStatusCode.Forbidden);
        await (await http.PostAsJsonAsync("/api/v1/identity/users",
                new { userName = IdentityTestApi.UniqueName("c"), password = IdentityTestApi.DefaultPassword, displayName = "x", roles = new[] { "Admin" } }, Ct))
            .ReadProblemAsync(HttpStatusCode.Forbidden);
        await (await http.GetAsync(Clients, Ct)).ReadProblemAsync(HttpStatusCode.Forbidden);
        await (await http.GetAsync("/api/v1/identity/audit", Ct)).ReadProblemAsync(HttpStatusCode.Forbidden);
        // The role catalogue is for signed-in users (the dashboard), not for API clients.
        await (await http.GetAsync("/api/v1/identity/roles", Ct)).ReadProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Given_a_revoked_client_When_requesting_a_token_Then_401_invalid_client()
    {
        var (admin, client) = await NewClientAsync();
        await (await Factory.CreateClient().RequestClientTokenAsync(("grant_type", "client_credentials"),
            ("client_id", client.ClientId), ("client_secret", client.ClientSecret))).EnsureStatusAsync(HttpStatusCode.OK);

        await (await admin.PostAsync($"{Clients}/{client.Id}/revoke", null, Ct)).EnsureStatusAsync(HttpStatusCode.NoContent);

        var response = await Factory.CreateClient().RequestClientTokenAsync(("grant_type", "client_credentials"),
            ("client_id", client.ClientId), ("client_secret", client.ClientSecret));
        Assert.Equal("invalid_client", (await response.ReadJsonAsync(HttpStatusCode.Unauthorized)).GetProperty("error").GetString());
        var revoked = (await admin.GetJsonAsync($"{Clients}?isRevoked=true&search={client.ClientId}")).GetProperty("items");
        Assert.Equal(1, revoked.GetArrayLength());
        Assert.True(revoked[0].GetProperty("isRevoked").GetBoolean());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, revoked[0].GetProperty("revokedAt").ValueKind);
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, revoked[0].GetProperty("lastUsedAt").ValueKind);
        await (await admin.PostAsync($"{Clients}/{client.Id}/revoke", null, Ct)).EnsureStatusAsync(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Given_a_client_holding_a_token_When_revoked_Then_the_token_is_refused_at_once()
    {
        var (admin, client) = await NewClientAsync();
        var http = await Factory.CreateClientSignedInAsync(client);
        await http.GetJsonAsync("/api/v1/auth/me");

        await (await admin.PostAsync($"{Clients}/{client.Id}/revoke", null, Ct)).EnsureStatusAsync(HttpStatusCode.NoContent);

        // The token's lifetime is an hour; it is refused now.
        await (await http.GetAsync("/api/v1/auth/me", Ct)).EnsureStatusAsync(HttpStatusCode.Unauthorized);
        await admin.GetJsonAsync("/api/v1/auth/me");
    }

    [Fact]
    public async Task Given_an_unknown_client_id_When_revoking_Then_404()
    {
        var admin = await Factory.CreateSignedInClientAsync();

        var problem = await (await admin.PostAsync($"{Clients}/{Guid.NewGuid()}/revoke", null, Ct)).ReadProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal("not_found", problem.Code());
    }
}
