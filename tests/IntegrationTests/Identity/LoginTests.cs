using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Jiafu.IntegrationTests.Infrastructure;

namespace Jiafu.IntegrationTests.Identity;

public sealed class LoginTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private JiafuApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task Given_the_bootstrapped_admin_When_signing_in_Then_tokens_are_returned_and_me_shows_roles_and_permissions()
    {
        var client = Factory.CreateClient();

        var tokens = await (await client.LoginAsync(JiafuApiFactory.AdminUserName, JiafuApiFactory.AdminPassword)).ReadJsonAsync();

        var accessToken = tokens.GetProperty("accessToken").GetString();
        Assert.Equal(3, accessToken!.Split('.').Length); // a JWT: header.payload.signature
        Assert.InRange(tokens.GetProperty("expiresIn").GetInt32(), 60, 3600);
        Assert.False(string.IsNullOrEmpty(tokens.GetProperty("refreshToken").GetString()));

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        var me = await client.GetJsonAsync("/api/v1/auth/me");
        Assert.Equal(JiafuApiFactory.AdminUserName, me.GetProperty("userName").GetString());
        Assert.Equal("user", me.GetProperty("actorType").GetString());
        Assert.Equal(["Admin"], me.GetProperty("roles").Strings());
        Assert.Equivalent(new[] { "identity.users.manage", "identity.clients.manage", "identity.audit.read" },
            me.GetProperty("permissions").Strings(), strict: true);
        Assert.True(Guid.TryParse(me.GetProperty("id").GetString(), out _));
    }

    [Fact]
    public async Task Given_a_street_officer_When_signing_in_Then_me_shows_the_street_scope_and_no_admin_permissions()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var user = await admin.CreateUserAsync("StreetOfficer");
        var client = await Factory.CreateSignedInClientAsync(user.UserName, user.Password);

        var me = await client.GetJsonAsync("/api/v1/auth/me");

        Assert.Equal(user.Id.ToString(), me.GetProperty("id").GetString());
        Assert.Equal(["StreetOfficer"], me.GetProperty("roles").Strings());
        Assert.Equal(IdentityTestApi.StreetCode, me.GetProperty("streetCode").GetString());
        Assert.Empty(me.GetProperty("permissions").Strings());
    }

    [Fact]
    public async Task Given_a_wrong_password_When_signing_in_Then_401_invalid_credentials()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var user = await admin.CreateUserAsync("Inspector");

        var problem = await (await Factory.CreateClient().LoginAsync(user.UserName, "Wrong-pass-2026")).ReadProblemAsync(HttpStatusCode.Unauthorized);

        Assert.Equal("invalid_credentials", problem.Code());
        Assert.False(problem.TryGetProperty("lockoutEnd", out _));
    }

    [Fact]
    public async Task Given_an_unknown_user_When_signing_in_Then_the_answer_is_the_same_as_for_a_wrong_password()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var user = await admin.CreateUserAsync("Inspector");
        var client = Factory.CreateClient();

        var wrongPassword = await (await client.LoginAsync(user.UserName, "Wrong-pass-2026")).ReadProblemAsync(HttpStatusCode.Unauthorized);
        var unknownUser = await (await client.LoginAsync(IdentityTestApi.UniqueName("nobody"), "Wrong-pass-2026")).ReadProblemAsync(HttpStatusCode.Unauthorized);

        Assert.Equal("invalid_credentials", unknownUser.Code());
        Assert.Equal(wrongPassword.GetProperty("title").GetString(), unknownUser.GetProperty("title").GetString());
        Assert.Equal(wrongPassword.GetProperty("detail").GetString(), unknownUser.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Given_empty_fields_When_signing_in_Then_400_names_userName_and_password()
    {
        var problem = await (await Factory.CreateClient().LoginAsync("", "")).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("validation_failed", problem.Code());
        Assert.True(problem.HasError("userName"), problem.ToString());
        Assert.True(problem.HasError("password"), problem.ToString());
    }

    [Fact]
    public async Task Given_missing_fields_When_signing_in_Then_400_not_500()
    {
        var response = await Factory.CreateClient().PostAsync("/api/v1/auth/login",
            new StringContent("{}", Encoding.UTF8, "application/json"), Ct);

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.HasError("userName"), problem.ToString());
        Assert.True(problem.HasError("password"), problem.ToString());
    }

    [Theory]
    [InlineData("""{"userName":123,"password":"Admin-pass-2026"}""", "userName")]
    [InlineData("""{"userName":"admin","password":true}""", "password")]
    public async Task Given_a_field_of_the_wrong_JSON_type_When_signing_in_Then_400_names_that_field(string body, string field)
    {
        var response = await Factory.CreateClient().PostAsync("/api/v1/auth/login",
            new StringContent(body, Encoding.UTF8, "application/json"), Ct);

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.HasError(field), problem.ToString());
    }

    [Fact]
    public async Task Given_one_account_When_it_signs_in_from_ten_places_at_once_Then_every_sign_in_succeeds()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var user = await admin.CreateUserAsync("DistrictOfficer");

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Factory.CreateClient().LoginAsync(user.UserName, user.Password)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
    }

    [Fact]
    public async Task Given_wrong_passwords_sent_in_parallel_When_the_limit_is_passed_Then_none_is_lost_and_the_account_is_locked()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var user = await admin.CreateUserAsync("DistrictOfficer");

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Factory.CreateClient().LoginAsync(user.UserName, "Wrong-pass-2026")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        var rightPassword = await (await Factory.CreateClient().LoginAsync(user.UserName, user.Password)).ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("locked_out", rightPassword.Code());
    }

    [Fact]
    public async Task Given_five_wrong_passwords_When_signing_in_Then_the_account_is_locked_even_for_the_right_password_until_an_admin_resets_it()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var user = await admin.CreateUserAsync("DistrictOfficer");
        var client = Factory.CreateClient();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var problem = await (await client.LoginAsync(user.UserName, "Wrong-pass-2026")).ReadProblemAsync(HttpStatusCode.Unauthorized);
            Assert.Equal("invalid_credentials", problem.Code());
        }

        var fifth = await (await client.LoginAsync(user.UserName, "Wrong-pass-2026")).ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("locked_out", fifth.Code());
        var lockoutEnd = fifth.GetProperty("lockoutEnd").GetDateTimeOffset();
        Assert.InRange(lockoutEnd, DateTimeOffset.UtcNow.AddMinutes(14), DateTimeOffset.UtcNow.AddMinutes(16));

        var rightPassword = await (await client.LoginAsync(user.UserName, user.Password)).ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("locked_out", rightPassword.Code());

        var locked = await admin.GetJsonAsync($"/api/v1/identity/users/{user.Id}");
        Assert.True(locked.GetProperty("isLockedOut").GetBoolean());

        var reset = await admin.PostAsJsonAsync($"/api/v1/identity/users/{user.Id}/reset-password", new { newPassword = "Renewed-pass-2027" }, Ct);
        await reset.EnsureStatusAsync(HttpStatusCode.NoContent);

        var unlocked = await admin.GetJsonAsync($"/api/v1/identity/users/{user.Id}");
        Assert.False(unlocked.GetProperty("isLockedOut").GetBoolean());
        await (await client.LoginAsync(user.UserName, "Renewed-pass-2027")).EnsureStatusAsync(HttpStatusCode.OK);
        var oldPassword = await (await client.LoginAsync(user.UserName, user.Password)).ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("invalid_credentials", oldPassword.Code());
    }

    [Fact]
    public async Task Given_a_weak_new_password_When_an_admin_resets_it_Then_400_names_newPassword()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var user = await admin.CreateUserAsync("Inspector");

        var response = await admin.PostAsJsonAsync($"/api/v1/identity/users/{user.Id}/reset-password", new { newPassword = "short" }, Ct);

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.HasError("newPassword"), problem.ToString());
        await (await Factory.CreateClient().LoginAsync(user.UserName, user.Password)).EnsureStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Given_a_disabled_user_When_signing_in_with_the_right_password_Then_401_disabled()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var user = await admin.CreateUserAsync("Inspector");
        await (await admin.PostAsync($"/api/v1/identity/users/{user.Id}/disable", null, Ct)).EnsureStatusAsync(HttpStatusCode.NoContent);

        var problem = await (await Factory.CreateClient().LoginAsync(user.UserName, user.Password)).ReadProblemAsync(HttpStatusCode.Unauthorized);

        Assert.Equal("disabled", problem.Code());
    }
}
