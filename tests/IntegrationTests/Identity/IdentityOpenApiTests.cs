using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Jiafu.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Jiafu.IntegrationTests.Identity;

/// <summary>The OpenAPI document that partners and the web client's generated types rely on.</summary>
public sealed partial class IdentityOpenApiTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static readonly string[] HttpMethodNames = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

    /// <summary>The operations that are anonymous by design: they hand out or end credentials, serve the public directory, check a training certificate, or publish finished spot checks (双随机、一公开).</summary>
    private static readonly HashSet<string> AnonymousOperations = ["Login", "RefreshToken", "Logout", "ClientCredentialsToken", "ListDirectoryInstitutions", "VerifyTrainingCertificate", "ListPublicSpotChecks"];

    private JiafuApiFactory Factory => fixture.Factory;

    private async Task<JsonElement> DocumentAsync() => await Factory.CreateClient().GetJsonAsync("/swagger/v1/swagger.json");

    private static IEnumerable<(string Method, string Path, JsonElement Operation)> Operations(JsonElement document) =>
        from path in document.GetProperty("paths").EnumerateObject()
        from operation in path.Value.EnumerateObject()
        where HttpMethodNames.Contains(operation.Name)
        select (operation.Name.ToUpperInvariant(), path.Name, operation.Value);

    [Fact]
    public async Task Given_the_host_When_fetching_the_OpenAPI_document_Then_it_lists_every_Identity_operation()
    {
        var document = await DocumentAsync();

        var listed = Operations(document).Select(o => $"{o.Method} {o.Path}").ToHashSet();
        string[] expected =
        [
            "POST /api/v1/auth/login", "POST /api/v1/auth/refresh", "POST /api/v1/auth/logout", "GET /api/v1/auth/me", "POST /api/v1/auth/token",
            "GET /api/v1/identity/users", "POST /api/v1/identity/users", "GET /api/v1/identity/users/{id}", "PUT /api/v1/identity/users/{id}",
            "POST /api/v1/identity/users/{id}/disable", "POST /api/v1/identity/users/{id}/enable", "POST /api/v1/identity/users/{id}/reset-password",
            "GET /api/v1/identity/clients", "POST /api/v1/identity/clients", "POST /api/v1/identity/clients/{id}/revoke",
            "GET /api/v1/identity/audit", "GET /api/v1/identity/audit/verify", "GET /api/v1/identity/roles", "GET /api/v1/identity/scopes",
            "GET /api/v1/reference/streets",
        ];
        Assert.All(expected, operation => Assert.Contains(operation, listed));
    }

    [Fact]
    public async Task Given_the_hosts_endpoints_When_fetching_the_OpenAPI_document_Then_every_described_endpoint_is_in_it()
    {
        var document = await DocumentAsync();
        var listed = Operations(document).Select(o => $"{o.Method} {o.Path}").ToHashSet();

        var endpoints = Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>()?.ExcludeFromDescription != true)
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>() is not null)
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods
                .Select(m => $"{m} {RouteConstraint().Replace(e.RoutePattern.RawText!, "}").TrimEnd('/')}"))
            .ToList();

        Assert.NotEmpty(endpoints);
        Assert.All(endpoints, endpoint => Assert.Contains(endpoint, listed));
    }

    [GeneratedRegex(@":[^}]+\}")]
    private static partial Regex RouteConstraint();

    [Fact]
    public async Task Given_the_OpenAPI_document_When_reading_each_operation_Then_it_has_a_summary_and_a_unique_operationId()
    {
        var document = await DocumentAsync();
        var operations = Operations(document).ToList();

        Assert.All(operations, o =>
        {
            Assert.True(o.Operation.TryGetProperty("summary", out var summary) && !string.IsNullOrWhiteSpace(summary.GetString()),
                $"{o.Method} {o.Path} has no summary");
            Assert.True(o.Operation.TryGetProperty("operationId", out var id) && !string.IsNullOrWhiteSpace(id.GetString()),
                $"{o.Method} {o.Path} has no operationId");
            Assert.True(o.Operation.TryGetProperty("responses", out var responses) && responses.EnumerateObject().Any(),
                $"{o.Method} {o.Path} declares no responses");
        });
        var ids = operations.Select(o => o.Operation.GetProperty("operationId").GetString()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task Given_the_OpenAPI_document_When_reading_each_operation_Then_all_but_the_credential_endpoints_require_the_Bearer_scheme()
    {
        var document = await DocumentAsync();

        var operations = Operations(document).ToList();
        Assert.Contains(operations, o => o.Operation.GetProperty("operationId").GetString() == "Login");
        Assert.All(operations, o =>
        {
            var id = o.Operation.GetProperty("operationId").GetString()!;
            var bearer = o.Operation.TryGetProperty("security", out var security)
                && security.EnumerateArray().Any(requirement => requirement.TryGetProperty("Bearer", out _));
            var anonymous = AnonymousOperations.Contains(id) || o.Path.StartsWith("/health/", StringComparison.Ordinal);
            Assert.True(anonymous != bearer, $"{o.Method} {o.Path} ({id}): Bearer requirement {(bearer ? "present" : "missing")}");
        });
    }

    [Fact]
    public async Task Given_the_OpenAPI_document_When_reading_its_components_Then_the_Bearer_scheme_is_an_HTTP_bearer_JWT()
    {
        var document = await DocumentAsync();

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");

        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString(), ignoreCase: true);
        Assert.Equal("JWT", scheme.GetProperty("bearerFormat").GetString());
    }

    [Fact]
    public async Task Given_the_Swagger_UI_When_browsing_to_it_Then_it_is_served()
    {
        var response = await Factory.CreateClient().GetAsync("/swagger/index.html", TestContext.Current.CancellationToken);

        await response.EnsureStatusAsync(HttpStatusCode.OK);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}
