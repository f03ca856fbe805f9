using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jiafu.IntegrationTests.Infrastructure;

namespace Jiafu.IntegrationTests.Identity;

public sealed class UserManagementTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private const string Users = "/api/v1/identity/users";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private JiafuApiFactory Factory => fixture.Factory;

    private static object NewUser(string userName, string[] roles, string? streetCode = null, string password = IdentityTestApi.DefaultPassword) =>
        new { userName, password, displayName = "王小明", roles, streetCode, institutionId = (string?)null };

    private static HttpRequestMessage Put(Guid id, object body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"{Users}/{id}") { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return request;
    }

    [Fact]
    public async Task Given_a_valid_street_officer_When_created_Then_201_with_Location_ETag_and_the_user()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var userName = IdentityTestApi.UniqueName("officer");

        var response = await admin.PostAsJsonAsync(Users, NewUser(userName, ["StreetOfficer"], IdentityTestApi.StreetCode), Ct);

        var body = await response.ReadJsonAsync(HttpStatusCode.Created);
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/identity/users/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal(userName, body.GetProperty("userName").GetString());
        Assert.Equal("王小明", body.GetProperty("displayName").GetString());
        Assert.Equal(["StreetOfficer"], body.GetProperty("roles").Strings());
        Assert.Equal(IdentityTestApi.StreetCode, body.GetProperty("streetCode").GetString());
        Assert.False(body.GetProperty("isDisabled").GetBoolean());
        Assert.False(body.GetProperty("isLockedOut").GetBoolean());
        Assert.False(body.TryGetProperty("password", out _));
        Assert.False(body.TryGetProperty("passwordHash", out _));
        var etag = response.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.Equal($"\"{body.GetProperty("version").GetString()}\"", etag.Tag);

        var fetched = await admin.GetAsync(response.Headers.Location, Ct);
        var user = await fetched.ReadJsonAsync();
        Assert.Equal(userName, user.GetProperty("userName").GetString());
        Assert.Equal(etag, fetched.Headers.ETag);

        await (await Factory.CreateClient().LoginAsync(userName, IdentityTestApi.DefaultPassword)).EnsureStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Given_a_taken_user_name_When_creating_Then_409_names_userName()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var existing = await admin.CreateUserAsync("Inspector");

        var response = await admin.PostAsJsonAsync(Users, NewUser(existing.UserName, ["Inspector"]), Ct);

        var problem = await response.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.True(problem.HasError("userName"), problem.ToString());
        Assert.Equal("duplicate_user_name", problem.Code());
    }

    [Fact]
    public async Task Given_a_taken_user_name_in_another_case_When_creating_Then_409()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var existing = await admin.CreateUserAsync("Inspector");

        var response = await admin.PostAsJsonAsync(Users, NewUser(existing.UserName.ToUpperInvariant(), ["Inspector"]), Ct);

        var problem = await response.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.True(problem.HasError("userName"), problem.ToString());
    }

    [Fact]
    public async Task Given_five_concurrent_creates_of_one_user_name_When_they_race_Then_exactly_one_is_created_and_the_rest_get_409()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var userName = IdentityTestApi.UniqueName("race");

        var responses = await Task.WhenAll(Enumerable.Range(0, 5)
            .Select(_ => admin.PostAsJsonAsync(Users, NewUser(userName, ["Inspector"]), Ct)));

        var statuses = responses.Select(r => (int)r.StatusCode).ToArray();
        Assert.True(statuses.Count(s => s == 201) == 1, "statuses: " + string.Join(", ", statuses));
        Assert.All(statuses.Where(s => s != 201), s => Assert.Equal(409, s));
        Assert.Equal(1, (await admin.GetJsonAsync($"{Users}?search={userName}")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Given_a_street_officer_without_a_street_When_creating_Then_400_names_streetCode()
    {
        var admin = await Factory.CreateSignedInClientAsync();

        var response = await admin.PostAsJsonAsync(Users, NewUser(IdentityTestApi.UniqueName("officer"), ["StreetOfficer"]), Ct);

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.HasError("streetCode"), problem.ToString());
    }

    [Fact]
    public async Task Given_an_unknown_street_When_creating_Then_400_names_streetCode()
    {
        var admin = await Factory.CreateSignedInClientAsync();

        var response = await admin.PostAsJsonAsync(Users, NewUser(IdentityTestApi.UniqueName("officer"), ["StreetOfficer"], "999999999"), Ct);

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.HasError("streetCode"), problem.ToString());
    }

    [Fact]
    public async Task Given_an_unknown_role_When_creating_Then_400_names_the_role_by_index()
    {
        var admin = await Factory.CreateSignedInClientAsync();

        var response = await admin.PostAsJsonAsync(Users, NewUser(IdentityTestApi.UniqueName("wizard"), ["Wizard"]), Ct);

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.HasError("roles[0]"), problem.ToString());
        Assert.Contains("Wizard", problem.Errors().GetProperty("roles[0]")[0].GetString());
    }

    [Theory]
    [InlineData("short1")] // too short
    [InlineData("onlyletters")] // no digit
    [InlineData("aaaa1111")] // too few distinct characters
    public async Task Given_a_weak_password_When_creating_Then_400_names_password_and_no_user_is_created(string password)
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var userName = IdentityTestApi.UniqueName("weak");

        var response = await admin.PostAsJsonAsync(Users, NewUser(userName, ["Inspector"], password: password), Ct);

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.HasError("password"), problem.ToString());
        var list = await admin.GetJsonAsync($"{Users}?search={userName}");
        Assert.Equal(0, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Given_users_When_listing_with_search_role_and_disabled_filters_and_paging_Then_the_matching_page_is_returned()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var tag = IdentityTestApi.UniqueName("list");
        var officerA = await admin.CreateUserAsync("StreetOfficer", userName: tag + "-a");
        var officerB = await admin.CreateUserAsync("StreetOfficer", userName: tag + "-b");
        var auditor = await admin.CreateUserAsync("Auditor", userName: tag + "-c");
        await (await admin.PostAsync($"{Users}/{officerB.Id}/disable", null, Ct)).EnsureStatusAsync(HttpStatusCode.NoContent);

        var all = await admin.GetJsonAsync($"{Users}?search={tag}");
        Assert.Equal(3, all.GetProperty("total").GetInt32());
        Assert.Equal(1, all.GetProperty("page").GetInt32());
        Assert.Equal(20, all.GetProperty("pageSize").GetInt32());
        Assert.Equal([officerA.UserName, officerB.UserName, auditor.UserName], UserNames(all)); // default sort: userName

        var auditors = await admin.GetJsonAsync($"{Users}?search={tag}&role=Auditor");
        Assert.Equal([auditor.UserName], UserNames(auditors));
        Assert.Equal(["Auditor"], auditors.GetProperty("items")[0].GetProperty("roles").Strings());

        var disabled = await admin.GetJsonAsync($"{Users}?search={tag}&isDisabled=true");
        Assert.Equal([officerB.UserName], UserNames(disabled));
        Assert.True(disabled.GetProperty("items")[0].GetProperty("isDisabled").GetBoolean());

        var enabled = await admin.GetJsonAsync($"{Users}?search={tag}&isDisabled=false&role=StreetOfficer");
        Assert.Equal([officerA.UserName], UserNames(enabled));

        var byDisplayName = await admin.GetJsonAsync($"{Users}?search={Uri.EscapeDataString("测试 " + tag + "-c")}");
        Assert.Equal([auditor.UserName], UserNames(byDisplayName));

        var page1 = await admin.GetJsonAsync($"{Users}?search={tag}&pageSize=2&page=1&sort=-userName");
        Assert.Equal(3, page1.GetProperty("total").GetInt32());
        Assert.Equal(1, page1.GetProperty("page").GetInt32());
        Assert.Equal(2, page1.GetProperty("pageSize").GetInt32());
        Assert.Equal([auditor.UserName, officerB.UserName], UserNames(page1));
        var page2 = await admin.GetJsonAsync($"{Users}?search={tag}&pageSize=2&page=2&sort=-userName");
        Assert.Equal([officerA.UserName], UserNames(page2));
        Assert.Equal(3, page2.GetProperty("total").GetInt32());
    }

    private static string[] UserNames(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("userName").GetString()!).ToArray();

    [Theory]
    [InlineData("pageSize=500", "pageSize")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("sort=passwordHash", "sort")]
    [InlineData("sort=-nope", "sort")]
    public async Task Given_bad_paging_or_sort_When_listing_users_Then_400_names_the_parameter(string query, string field)
    {
        var admin = await Factory.CreateSignedInClientAsync();

        var problem = await (await admin.GetAsync($"{Users}?{query}", Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.True(problem.HasError(field), problem.ToString());
    }

    [Fact]
    public async Task Given_a_user_When_updating_without_If_Match_Then_428()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var user = await admin.CreateUserAsync("Inspector");

        var response = await admin.SendAsync(Put(user.Id, new { displayName = "新名字", roles = new[] { "Inspector" } }, null), Ct);

        var problem = await response.ReadProblemAsync((HttpStatusCode)428);
        Assert.Equal("if_match_required", problem.Code());
    }

    [Fact]
    public async Task Given_a_user_When_updating_with_the_current_ETag_Then_200_with_a_new_ETag_and_the_old_one_is_then_stale()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var user = await admin.CreateUserAsync("StreetOfficer");
        var get = await admin.GetAsync($"{Users}/{user.Id}", Ct);
        await get.EnsureStatusAsync(HttpStatusCode.OK);
        var etag = get.Headers.ETag!.Tag;

        var update = await admin.SendAsync(Put(user.Id, new { displayName = "李检查", roles = new[] { "Inspector", "Auditor" } }, etag), Ct);

        var updated = await update.ReadJsonAsync();
        Assert.Equal("李检查", updated.GetProperty("displayName").GetString());
        Assert.Equal(["Auditor", "Inspector"], updated.GetProperty("roles").Strings());
        Assert.Equal(JsonValueKind.Null, updated.GetProperty("streetCode").ValueKind);
        var newEtag = update.Headers.ETag!.Tag;
        Assert.NotEqual(etag, newEtag);
        Assert.Equal($"\"{updated.GetProperty("version").GetString()}\"", newEtag);

        var reread = await admin.GetAsync($"{Users}/{user.Id}", Ct);
        var persisted = await reread.ReadJsonAsync();
        Assert.Equal("李检查", persisted.GetProperty("displayName").GetString());
        Assert.Equal(["Auditor", "Inspector"], persisted.GetProperty("roles").Strings());
        Assert.Equal(newEtag, reread.Headers.ETag!.Tag);

        var stale = await admin.SendAsync(Put(user.Id, new { displayName = "过期", roles = new[] { "Inspector" } }, etag), Ct);
        var problem = await stale.ReadProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal("stale_version", problem.Code());
        Assert.Equal("李检查", (await admin.GetJsonAsync($"{Users}/{user.Id}")).GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task Given_two_concurrent_updates_with_the_same_ETag_When_they_race_Then_one_wins_and_the_other_gets_412()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var user = await admin.CreateUserAsync("Inspector");
        var etag = (await admin.GetAsync($"{Users}/{user.Id}", Ct)).Headers.ETag!.Tag;

        var responses = await Task.WhenAll(
            admin.SendAsync(Put(user.Id, new { displayName = "甲", roles = new[] { "Inspector" } }, etag), Ct),
            admin.SendAsync(Put(user.Id, new { displayName = "乙", roles = new[] { "Inspector" } }, etag), Ct));

        var statuses = responses.Select(r => (int)r.StatusCode).Order().ToArray();
        Assert.True(statuses.SequenceEqual([200, 412]), "statuses: " + string.Join(", ", statuses));
        var winner = await responses.Single(r => r.IsSuccessStatusCode).ReadJsonAsync();
        Assert.Equal(winner.GetProperty("displayName").GetString(),
            (await admin.GetJsonAsync($"{Users}/{user.Id}")).GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task Given_a_made_up_ETag_When_updating_Then_412()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var user = await admin.CreateUserAsync("Inspector");

        var response = await admin.SendAsync(Put(user.Id, new { displayName = "x", roles = new[] { "Inspector" } }, "\"not-the-version\""), Ct);

        await response.ReadProblemAsync(HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task Given_the_signed_in_admin_When_removing_their_own_Admin_role_Then_409_and_the_role_stays()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var myId = (await admin.GetJsonAsync("/api/v1/auth/me")).GetProperty("id").GetString();
        var get = await admin.GetAsync($"{Users}/{myId}", Ct);
        await get.EnsureStatusAsync(HttpStatusCode.OK);

        var response = await admin.SendAsync(Put(Guid.Parse(myId!), new { displayName = "系统管理员", roles = new[] { "Auditor" } }, get.Headers.ETag!.Tag), Ct);

        var problem = await response.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("self_demotion", problem.Code());
        Assert.True(problem.HasError("roles"), problem.ToString());
        Assert.Equal(["Admin"], (await admin.GetJsonAsync($"{Users}/{myId}")).GetProperty("roles").Strings());
    }

    [Fact]
    public async Task Given_the_signed_in_admin_When_disabling_themselves_Then_409()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var myId = (await admin.GetJsonAsync("/api/v1/auth/me")).GetProperty("id").GetString();

        var problem = await (await admin.PostAsync($"{Users}/{myId}/disable", null, Ct)).ReadProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("self_disable", problem.Code());
        Assert.False((await admin.GetJsonAsync($"{Users}/{myId}")).GetProperty("isDisabled").GetBoolean());
    }

    [Fact]
    public async Task Given_a_signed_in_user_When_disabled_Then_sign_in_and_refresh_are_refused_until_enabled_again()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var user = await admin.CreateUserAsync("DistrictOfficer");
        var client = Factory.CreateClient();
        var session = await JiafuApiFactory.LoginAsync(client, user.UserName, user.Password);
        var signedIn = Factory.CreateClient();
        signedIn.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", session.AccessToken);
        await signedIn.GetJsonAsync("/api/v1/auth/me");

        await (await admin.PostAsync($"{Users}/{user.Id}/disable", null, Ct)).EnsureStatusAsync(HttpStatusCode.NoContent);

        // The access token is still within its lifetime, and refused at once.
        await (await signedIn.GetAsync("/api/v1/auth/me", Ct)).EnsureStatusAsync(HttpStatusCode.Unauthorized);
        await (await signedIn.GetAsync("/api/v1/registry/workers", Ct)).EnsureStatusAsync(HttpStatusCode.Unauthorized);

        Assert.True((await admin.GetJsonAsync($"{Users}/{user.Id}")).GetProperty("isDisabled").GetBoolean());
        var login = await (await client.LoginAsync(user.UserName, user.Password)).ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("disabled", login.Code());
        await (await client.RefreshAsync(session.RefreshToken)).ReadProblemAsync(HttpStatusCode.Unauthorized);

        await (await admin.PostAsync($"{Users}/{user.Id}/enable", null, Ct)).EnsureStatusAsync(HttpStatusCode.NoContent);

        Assert.False((await admin.GetJsonAsync($"{Users}/{user.Id}")).GetProperty("isDisabled").GetBoolean());
        await (await client.LoginAsync(user.UserName, user.Password)).EnsureStatusAsync(HttpStatusCode.OK);
        await signedIn.GetJsonAsync("/api/v1/auth/me");
        // The sign-in that was open when the user was disabled stays ended.
        await (await client.RefreshAsync(session.RefreshToken)).EnsureStatusAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_an_unknown_user_id_When_disabling_enabling_or_resetting_Then_404()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var id = Guid.NewGuid();

        await (await admin.PostAsync($"{Users}/{id}/disable", null, Ct)).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await admin.PostAsync($"{Users}/{id}/enable", null, Ct)).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await admin.PostAsJsonAsync($"{Users}/{id}/reset-password", new { newPassword = "Another-pass-2026" }, Ct))
            .ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_a_signed_in_user_When_the_admin_resets_the_password_Then_their_refresh_token_is_revoked()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var user = await admin.CreateUserAsync("Inspector");
        var client = Factory.CreateClient();
        var session = await JiafuApiFactory.LoginAsync(client, user.UserName, user.Password);

        await (await admin.PostAsJsonAsync($"{Users}/{user.Id}/reset-password", new { newPassword = "Another-pass-2026" }, Ct))
            .EnsureStatusAsync(HttpStatusCode.NoContent);

        await (await client.RefreshAsync(session.RefreshToken)).EnsureStatusAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_a_signed_in_user_When_asking_for_the_role_catalogue_Then_the_six_roles_with_Chinese_names()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var officer = await Factory.CreateSignedInUserAsync(admin, "StreetOfficer");

        var roles = await officer.GetJsonAsync("/api/v1/identity/roles");

        Assert.Equal(["Admin", "DistrictOfficer", "StreetOfficer", "Inspector", "InstitutionOperator", "Auditor"],
            roles.EnumerateArray().Select(r => r.GetProperty("name").GetString()!).ToArray());
        Assert.Equal("街镇业务人员", roles[2].GetProperty("chineseName").GetString());
    }
}
