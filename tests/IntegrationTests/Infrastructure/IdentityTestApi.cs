using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Jiafu.IntegrationTests.Infrastructure;

/// <summary>Calls to the Identity module's HTTP API that many tests need (users, API clients, tokens, audit).</summary>
public static class IdentityTestApi
{
    /// <summary>Meets the password rules (8+ characters, a lowercase letter, a digit, 4 distinct characters).</summary>
    public const string DefaultPassword = "Officer-pass-2026";

    /// <summary>少先路街道, the first of the district's default streets.</summary>
    public const string StreetCode = "150203001";

    public const string ProfileScope = "identity.profile";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A user name that no other test uses: <c>{prefix}-{12 hex}</c>.</summary>
    public static string UniqueName(string prefix = "user") => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    /// <summary>Creates a user through the API (as an administrator) and returns it.</summary>
    public static async Task<CreatedUser> CreateUserAsync(
        this HttpClient admin, string role = "StreetOfficer", string? userName = null, string password = DefaultPassword,
        string? displayName = null)
    {
        var name = userName ?? UniqueName(role.ToLowerInvariant());
        var response = await admin.PostAsJsonAsync("/api/v1/identity/users", new
        {
            userName = name,
            password,
            displayName = displayName ?? "测试 " + name,
            roles = new[] { role },
            streetCode = role == "StreetOfficer" ? StreetCode : null,
            institutionId = role == "InstitutionOperator" ? "inst-001" : null,
        }, Ct);
        var json = await response.ReadJsonAsync(HttpStatusCode.Created);
        return new CreatedUser(json.GetProperty("id").GetGuid(), name, password, json);
    }

    /// <summary>A client signed in as a newly created user with <paramref name="role"/>.</summary>
    public static async Task<HttpClient> CreateSignedInUserAsync(this JiafuApiFactory factory, HttpClient admin, string role)
    {
        var user = await admin.CreateUserAsync(role);
        return await factory.CreateSignedInClientAsync(user.UserName, user.Password);
    }

    public static Task<HttpResponseMessage> LoginAsync(this HttpClient client, string userName, string password) =>
        client.PostAsJsonAsync("/api/v1/auth/login", new { userName, password }, Ct);

    public static Task<HttpResponseMessage> RefreshAsync(this HttpClient client, string refreshToken) =>
        client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken }, Ct);

    public static Task<HttpResponseMessage> LogoutAsync(this HttpClient client, string refreshToken) =>
        client.PostAsJsonAsync("/api/v1/auth/logout", new { refreshToken }, Ct);

    /// <summary>Registers an API client and returns the one-time response (with its secret).</summary>
    public static async Task<CreatedApiClient> CreateApiClientAsync(this HttpClient admin, params string[] scopes)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/identity/clients", new
        {
            name = UniqueName("platform"),
            scopes = scopes.Length == 0 ? [ProfileScope] : scopes,
            institutionIds = new[] { "inst-001" },
        }, Ct);
        var json = await response.ReadJsonAsync(HttpStatusCode.Created);
        return new CreatedApiClient(json.GetProperty("id").GetGuid(), json.GetProperty("clientId").GetString()!,
            json.GetProperty("clientSecret").GetString()!, json);
    }

    /// <summary><c>POST /api/v1/auth/token</c> with a form-encoded body.</summary>
    public static Task<HttpResponseMessage> RequestClientTokenAsync(this HttpClient client, params (string Key, string Value)[] fields) =>
        client.PostAsync("/api/v1/auth/token",
            new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))), Ct);

    /// <summary>An HTTP client carrying the access token of an API client (client-credentials grant).</summary>
    public static async Task<HttpClient> CreateClientSignedInAsync(this JiafuApiFactory factory, CreatedApiClient apiClient)
    {
        var http = factory.CreateClient();
        var token = await (await http.RequestClientTokenAsync(
            ("grant_type", "client_credentials"), ("client_id", apiClient.ClientId), ("client_secret", apiClient.ClientSecret))).ReadJsonAsync();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("access_token").GetString());
        return http;
    }

    public static AuthenticationHeaderValue Basic(string clientId, string secret) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Uri.EscapeDataString(clientId)}:{Uri.EscapeDataString(secret)}")));

    /// <summary>A GET returning JSON, asserting the status.</summary>
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK) =>
        await (await client.GetAsync(url, Ct)).ReadJsonAsync(expected);

    /// <summary>Polls the audit trail until an entry matches (audit entries of committed commands come through the outbox).</summary>
    public static async Task<JsonElement?> FindAuditEntryAsync(this HttpClient auditor, string query, Func<JsonElement, bool> match)
    {
        var items = await HttpAssertions.EventuallyAsync(
            async () => (await auditor.GetJsonAsync($"/api/v1/identity/audit?pageSize=200&{query}")).GetProperty("items").EnumerateArray().ToList(),
            entries => entries.Any(match));
        return items.Where(match).Select(e => (JsonElement?)e).FirstOrDefault();
    }

    /// <summary>The <c>errors</c> object of a validation problem, keyed by JSON path.</summary>
    public static JsonElement Errors(this JsonElement problem) => problem.GetProperty("errors");

    public static bool HasError(this JsonElement problem, string field) =>
        problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out var messages)
        && messages.ValueKind == JsonValueKind.Array && messages.GetArrayLength() > 0;

    public static string? Code(this JsonElement problem) =>
        problem.TryGetProperty("code", out var code) ? code.GetString() : null;

    public static string[] Strings(this JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();
}

public sealed record CreatedUser(Guid Id, string UserName, string Password, JsonElement Body);

public sealed record CreatedApiClient(Guid Id, string ClientId, string ClientSecret, JsonElement Body);
