using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Jiafu.IntegrationTests.Infrastructure;

namespace Jiafu.IntegrationTests.Platform;

/// <summary>Every error is an RFC 9457 problem with the request's trace id, also sent as <c>X-Trace-Id</c>.</summary>
public sealed class ProblemDetailsTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private const string Users = "/api/v1/identity/users";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private JiafuApiFactory Factory => fixture.Factory;

    /// <summary>Checks the members every problem carries and returns the problem.</summary>
    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string instance, bool hasDetail = true)
    {
        var problem = await response.ReadProblemAsync(status);
        var type = problem.TryGetProperty("type", out var t) ? t.GetString() : null;
        Assert.True(Uri.TryCreate(type, UriKind.Absolute, out _), $"type should be an absolute URI: {problem}");
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()), problem.ToString());
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.Equal(instance, problem.GetProperty("instance").GetString());
        if (hasDetail)
        {
            Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()), problem.ToString());
        }

        var traceId = problem.GetProperty("traceId").GetString();
        Assert.True(response.Headers.TryGetValues("X-Trace-Id", out var header), $"no X-Trace-Id header on a {(int)status}");
        Assert.Equal(traceId, Assert.Single(header));
        return problem;
    }

    private static HttpRequestMessage Put(Guid id, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"{Users}/{id}")
        {
            Content = JsonContent.Create(new { displayName = "新名字", roles = new[] { "Inspector" } }),
        };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return request;
    }

    [Fact]
    public async Task Given_invalid_fields_When_creating_a_user_Then_400_problem_with_field_errors()
    {
        var admin = await Factory.CreateSignedInClientAsync();

        var response = await admin.PostAsJsonAsync(Users, new { userName = "x", password = "", displayName = "", roles = Array.Empty<string>() }, Ct);

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest, Users);
        Assert.Equal("validation_failed", problem.Code());
        Assert.True(problem.HasError("userName"), problem.ToString());
        Assert.True(problem.HasError("password"), problem.ToString());
        Assert.True(problem.HasError("displayName"), problem.ToString());
        Assert.True(problem.HasError("roles"), problem.ToString());
    }

    [Fact]
    public async Task Given_malformed_JSON_When_posting_Then_400_problem_not_500()
    {
        var admin = await Factory.CreateSignedInClientAsync();

        var response = await admin.PostAsync(Users, new StringContent("{\"userName\": \"abc\", ", Encoding.UTF8, "application/json"), Ct);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, Users);
    }

    [Fact]
    public async Task Given_no_token_When_listing_users_Then_401_problem()
    {
        var response = await Factory.CreateClient().GetAsync(Users, Ct);

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized, Users, hasDetail: false);
    }

    [Fact]
    public async Task Given_a_wrong_password_When_signing_in_Then_401_problem_with_detail()
    {
        var response = await Factory.CreateClient().LoginAsync("nobody-" + Guid.NewGuid().ToString("N")[..8], "Wrong-pass-2026");

        var problem = await AssertProblemAsync(response, HttpStatusCode.Unauthorized, "/api/v1/auth/login");
        Assert.Equal("invalid_credentials", problem.Code());
    }

    [Fact]
    public async Task Given_a_street_officer_When_listing_users_Then_403_problem()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var officer = await Factory.CreateSignedInUserAsync(admin, "StreetOfficer");

        var response = await officer.GetAsync(Users, Ct);

        await AssertProblemAsync(response, HttpStatusCode.Forbidden, Users, hasDetail: false);
    }

    [Fact]
    public async Task Given_a_user_id_that_does_not_exist_When_getting_it_Then_404_problem_not_found()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var id = Guid.NewGuid();

        var response = await admin.GetAsync($"{Users}/{id}", Ct);

        var problem = await AssertProblemAsync(response, HttpStatusCode.NotFound, $"{Users}/{id}");
        Assert.Equal("not_found", problem.Code());
        Assert.Contains(id.ToString(), problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/api/v1/nope")]
    [InlineData("/api/v1/identity/users/not-a-guid/extra")]
    [InlineData("/health/nope")]
    public async Task Given_an_unknown_API_path_When_a_browser_asks_for_it_Then_404_problem_not_the_SPA(string path)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");

        var response = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("<html", await response.Content.ReadAsStringAsync(Ct), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Given_an_unknown_API_path_When_a_script_asks_for_it_Then_404_problem()
    {
        var response = await Factory.CreateClient().GetAsync("/api/v1/nope", Ct);

        await AssertProblemAsync(response, HttpStatusCode.NotFound, "/api/v1/nope", hasDetail: false);
    }

    [Fact]
    public async Task Given_a_taken_user_name_When_creating_Then_409_problem()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var existing = await admin.CreateUserAsync("Inspector");

        var response = await admin.PostAsJsonAsync(Users,
            new { userName = existing.UserName, password = IdentityTestApi.DefaultPassword, displayName = "x", roles = new[] { "Inspector" } }, Ct);

        var problem = await AssertProblemAsync(response, HttpStatusCode.Conflict, Users);
        Assert.True(problem.HasError("userName"), problem.ToString());
    }

    [Fact]
    public async Task Given_a_stale_ETag_When_updating_Then_412_problem()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var user = await admin.CreateUserAsync("Inspector");

        var response = await admin.SendAsync(Put(user.Id, "\"stale\""), Ct);

        var problem = await AssertProblemAsync(response, HttpStatusCode.PreconditionFailed, $"{Users}/{user.Id}");
        Assert.Equal("stale_version", problem.Code());
    }

    [Fact]
    public async Task Given_no_If_Match_When_updating_Then_428_problem()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var user = await admin.CreateUserAsync("Inspector");

        var response = await admin.SendAsync(Put(user.Id, null), Ct);

        var problem = await AssertProblemAsync(response, (HttpStatusCode)428, $"{Users}/{user.Id}");
        Assert.Equal("if_match_required", problem.Code());
    }

    [Fact]
    public async Task Given_a_method_the_route_does_not_allow_When_calling_Then_405_problem()
    {
        var admin = await Factory.CreateSignedInClientAsync();

        var response = await admin.DeleteAsync(Users, Ct);

        await AssertProblemAsync(response, HttpStatusCode.MethodNotAllowed, Users, hasDetail: false);
    }

    [Fact]
    public async Task Given_a_request_rejected_by_a_handler_When_answered_Then_the_security_headers_are_still_sent()
    {
        var admin = await Factory.CreateSignedInClientAsync();

        var response = await admin.GetAsync($"{Users}/{Guid.NewGuid()}", Ct);

        await response.ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.True(response.Headers.Contains("X-Frame-Options"), "no X-Frame-Options header");
    }

    [Fact]
    public async Task Given_a_successful_request_When_answered_Then_it_carries_an_X_Trace_Id_too()
    {
        var response = await Factory.CreateClient().GetAsync("/health/live", Ct);

        await response.EnsureStatusAsync(HttpStatusCode.OK);
        Assert.Matches("^[0-9a-f]{32}$", Assert.Single(response.Headers.GetValues("X-Trace-Id")));
    }

    [Fact]
    public async Task Given_a_wrong_content_type_When_posting_Then_415_problem()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var content = new StringContent("userName=x", Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");

        var response = await admin.PostAsync(Users, content, Ct);

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, Users, hasDetail: false);
    }
}
