using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Jiafu.IntegrationTests.Infrastructure;

namespace Jiafu.IntegrationTests.Identity;

public sealed class AuthorizationTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private JiafuApiFactory Factory => fixture.Factory;

    public static TheoryData<string> ProtectedReads =>
    [
        "/api/v1/auth/me",
        "/api/v1/identity/users",
        "/api/v1/identity/clients",
        "/api/v1/identity/audit",
        "/api/v1/identity/audit/verify",
        "/api/v1/identity/roles",
        "/api/v1/identity/scopes",
        "/api/v1/reference/streets",
    ];

    /// <summary>Endpoints only an administrator may use.</summary>
    public static TheoryData<string> AdminReads =>
    [
        "/api/v1/identity/users",
        "/api/v1/identity/clients",
        "/api/v1/identity/scopes",
    ];

    [Theory]
    [MemberData(nameof(ProtectedReads))]
    public async Task Given_no_token_When_calling_a_protected_endpoint_Then_401_problem(string url)
    {
        var response = await Factory.CreateClient().GetAsync(url, Ct);

        await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
    }

    [Fact]
    public async Task Given_a_forged_token_When_calling_a_protected_endpoint_Then_401_problem()
    {
        var client = Factory.CreateClient();
        var real = await JiafuApiFactory.LoginAsync(client, JiafuApiFactory.AdminUserName, JiafuApiFactory.AdminPassword);
        var parts = real.AccessToken.Split('.');
        var forged = $"{parts[0]}.{parts[1]}.{new string('A', parts[2].Length)}";
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", forged);

        await (await client.GetAsync("/api/v1/identity/users", Ct)).ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_no_token_When_creating_a_user_Then_401_and_nothing_is_created()
    {
        var userName = IdentityTestApi.UniqueName("sneaky");

        var response = await Factory.CreateClient().PostAsJsonAsync("/api/v1/identity/users",
            new { userName, password = IdentityTestApi.DefaultPassword, displayName = "x", roles = new[] { "Admin" } }, Ct);

        await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
        var admin = await Factory.CreateSignedInClientAsync();
        Assert.Equal(0, (await admin.GetJsonAsync($"/api/v1/identity/users?search={userName}")).GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("/api/v1/identity/users")]
    [InlineData("/api/v1/identity/clients")]
    [InlineData("/api/v1/identity/scopes")]
    [InlineData("/api/v1/identity/audit")]
    [InlineData("/api/v1/identity/audit/verify")]
    public async Task Given_a_street_officer_When_calling_an_admin_or_audit_endpoint_Then_403_problem(string url)
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var officer = await Factory.CreateSignedInUserAsync(admin, "StreetOfficer");

        await (await officer.GetAsync(url, Ct)).ReadProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Given_a_street_officer_When_writing_users_or_clients_Then_403_and_nothing_changes()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var officer = await Factory.CreateSignedInUserAsync(admin, "StreetOfficer");
        var victim = await admin.CreateUserAsync("Inspector");
        var userName = IdentityTestApi.UniqueName("escalate");

        await (await officer.PostAsJsonAsync("/api/v1/identity/users",
                new { userName, password = IdentityTestApi.DefaultPassword, displayName = "x", roles = new[] { "Admin" } }, Ct))
            .ReadProblemAsync(HttpStatusCode.Forbidden);
        await (await officer.PostAsync($"/api/v1/identity/users/{victim.Id}/disable", null, Ct)).ReadProblemAsync(HttpStatusCode.Forbidden);
        await (await officer.PostAsJsonAsync($"/api/v1/identity/users/{victim.Id}/reset-password", new { newPassword = "Taken-over-2026" }, Ct))
            .ReadProblemAsync(HttpStatusCode.Forbidden);
        await (await officer.PostAsJsonAsync("/api/v1/identity/clients", new { name = "mine", scopes = new[] { IdentityTestApi.ProfileScope } }, Ct))
            .ReadProblemAsync(HttpStatusCode.Forbidden);

        Assert.Equal(0, (await admin.GetJsonAsync($"/api/v1/identity/users?search={userName}")).GetProperty("total").GetInt32());
        Assert.False((await admin.GetJsonAsync($"/api/v1/identity/users/{victim.Id}")).GetProperty("isDisabled").GetBoolean());
        await (await Factory.CreateClient().LoginAsync(victim.UserName, victim.Password)).EnsureStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Given_an_auditor_When_reading_the_audit_trail_Then_200_but_user_and_client_management_is_403()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var auditor = await Factory.CreateSignedInUserAsync(admin, "Auditor");

        var audit = await auditor.GetJsonAsync("/api/v1/identity/audit");
        Assert.True(audit.GetProperty("total").GetInt32() > 0);
        var verify = await auditor.GetJsonAsync("/api/v1/identity/audit/verify");
        Assert.True(verify.GetProperty("valid").GetBoolean());

        await (await auditor.GetAsync("/api/v1/identity/users", Ct)).ReadProblemAsync(HttpStatusCode.Forbidden);
        await (await auditor.GetAsync("/api/v1/identity/clients", Ct)).ReadProblemAsync(HttpStatusCode.Forbidden);
        var me = await auditor.GetJsonAsync("/api/v1/auth/me");
        Assert.Equal(["identity.audit.read"], me.GetProperty("permissions").Strings());
    }

    [Theory]
    [InlineData("Admin")]
    [InlineData("StreetOfficer")]
    [InlineData("Auditor")]
    [InlineData("InstitutionOperator")]
    public async Task Given_any_signed_in_user_When_listing_streets_Then_the_districts_15_streets_and_towns(string role)
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var client = role == "Admin" ? admin : await Factory.CreateSignedInUserAsync(admin, role);

        var streets = await client.GetJsonAsync("/api/v1/reference/streets");

        Assert.Equal(15, streets.GetArrayLength());
        var byCode = streets.EnumerateArray().ToDictionary(s => s.GetProperty("code").GetString()!, s => s.GetProperty("name").GetString());
        Assert.Equal("少先路街道", byCode["150203001"]);
        Assert.Equal("卜尔汉图镇", byCode["150203101"]);
        Assert.Equal(15, byCode.Count);
    }
}
