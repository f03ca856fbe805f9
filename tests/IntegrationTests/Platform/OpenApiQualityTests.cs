using System.Text.Json;
using System.Text.RegularExpressions;
using Jiafu.IntegrationTests.Infrastructure;
using Jiafu.Shared.District;
using Jiafu.Shared.Validation;

namespace Jiafu.IntegrationTests.Platform;

/// <summary>
/// The quality bar of the OpenAPI document (issue 9), held for every operation of every module, including modules
/// added later: the host's filters supply what endpoint metadata implies, and these tests fail when they do not.
/// build/test also lints the served document with redocly (redocly.yaml).
/// </summary>
public sealed partial class OpenApiQualityTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static readonly string[] HttpMethodNames = ["get", "put", "post", "delete", "patch"];

    private JsonElement? _document;

    private async Task<JsonElement> DocumentAsync() =>
        _document ??= await fixture.Factory.CreateClient().GetJsonAsync("/swagger/v1/swagger.json");

    private static IEnumerable<(string Name, JsonElement Operation)> Operations(JsonElement document) =>
        from path in document.GetProperty("paths").EnumerateObject()
        from operation in path.Value.EnumerateObject()
        where HttpMethodNames.Contains(operation.Name)
        select ($"{operation.Name.ToUpperInvariant()} {path.Name}", operation.Value);

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();

    [Fact]
    public async Task Given_the_document_When_reading_each_operation_Then_it_has_an_id_a_bilingual_summary_and_a_description_with_the_Chinese_term()
    {
        var document = await DocumentAsync();

        Assert.All(Operations(document), o =>
        {
            Assert.False(string.IsNullOrWhiteSpace(o.Operation.GetProperty("operationId").GetString()), o.Name);
            Assert.Matches(@"\(.*\p{IsCJKUnifiedIdeographs}.*\)\s*$", o.Operation.GetProperty("summary").GetString()!);
            Assert.True(Chinese().IsMatch(o.Operation.GetProperty("description").GetString()!), $"{o.Name}: no Chinese term in the description");
        });
    }

    [Fact]
    public async Task Given_the_document_When_reading_each_error_response_Then_it_is_an_RFC_9457_problem_with_an_example()
    {
        var document = await DocumentAsync();

        var errors = (from o in Operations(document)
                      from response in o.Operation.GetProperty("responses").EnumerateObject()
                      where response.Name[0] is '4' or '5'
                      select (o.Name, Status: response.Name, Response: response.Value)).ToList();
        Assert.NotEmpty(errors);
        // The OAuth2 token endpoint answers its errors in RFC 6749's own format, not as problems.
        Assert.All(errors.Where(e => e.Name != "POST /api/v1/auth/token" && !e.Name.Contains(" /health/", StringComparison.Ordinal)), e =>
        {
            Assert.True(e.Response.TryGetProperty("content", out var content), $"{e.Name} {e.Status}: no body");
            var problem = content.GetProperty("application/problem+json");
            var schema = problem.GetProperty("schema").GetProperty("$ref").GetString();
            Assert.Equal(e.Status == "400" ? "#/components/schemas/HttpValidationProblemDetails" : "#/components/schemas/ProblemDetails", schema);
            Assert.Equal(int.Parse(e.Status, System.Globalization.CultureInfo.InvariantCulture), problem.GetProperty("example").GetProperty("status").GetInt32());
            Assert.False(string.IsNullOrWhiteSpace(e.Response.GetProperty("description").GetString()));
        });
        var problemSchema = document.GetProperty("components").GetProperty("schemas").GetProperty("ProblemDetails").GetProperty("properties");
        Assert.True(problemSchema.TryGetProperty("code", out _));
        Assert.True(problemSchema.TryGetProperty("traceId", out _));
    }

    [Fact]
    public async Task Given_the_document_When_reading_each_secured_operation_Then_it_declares_401_and_the_scopes_its_policy_accepts()
    {
        var document = await DocumentAsync();
        var operations = Operations(document).ToDictionary(o => o.Name, o => o.Operation);

        Assert.All(operations.Where(o => o.Key.Contains(" /api/", StringComparison.Ordinal)), o =>
        {
            var requirements = o.Value.GetProperty("security").EnumerateArray().ToList();
            Assert.NotEmpty(requirements);
            if (requirements.Any(r => r.TryGetProperty("Bearer", out _)))
            {
                Assert.True(o.Value.GetProperty("responses").TryGetProperty("401", out _), $"{o.Key}: no 401");
            }
            else
            {
                Assert.Equal([JsonValueKind.Object], requirements.Select(r => r.ValueKind));
                Assert.Empty(requirements[0].EnumerateObject()); // anonymous: the empty requirement
            }
        });

        Assert.Equal(["registry.write"], ClientScopes(operations["POST /api/v1/registry/institutions"]));
        Assert.Equal(["registry.read"], ClientScopes(operations["GET /api/v1/registry/workers/{id}"]));
        Assert.Empty(ClientScopes(operations["GET /api/v1/identity/clients"])); // administrators only
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiClient");
        Assert.Equal("oauth2", scheme.GetProperty("type").GetString());
        var flow = scheme.GetProperty("flows").GetProperty("clientCredentials");
        Assert.Equal("/api/v1/auth/token", flow.GetProperty("tokenUrl").GetString());
        Assert.True(flow.GetProperty("scopes").TryGetProperty("vouchers.write", out _));
    }

    [Fact]
    public async Task Given_rate_limited_and_versioned_endpoints_When_reading_them_Then_429_with_Retry_After_and_If_Match_are_documented()
    {
        var document = await DocumentAsync();
        var operations = Operations(document).ToDictionary(o => o.Name, o => o.Operation);

        var tooMany = operations["POST /api/v1/auth/login"].GetProperty("responses").GetProperty("429");
        Assert.True(tooMany.GetProperty("headers").TryGetProperty("Retry-After", out _));
        var update = operations["PUT /api/v1/registry/workers/{id}"];
        Assert.Contains(update.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "If-Match" && p.GetProperty("in").GetString() == "header");
        Assert.True(update.GetProperty("responses").TryGetProperty("412", out _));
    }

    [Fact]
    public async Task Given_the_document_When_reading_the_bodies_Then_every_one_has_an_example_with_valid_credit_codes_ID_numbers_and_streets()
    {
        var document = await DocumentAsync();

        var bodies = (from o in Operations(document)
                      let request = o.Operation.TryGetProperty("requestBody", out var r) ? new[] { r } : []
                      from body in request.Concat(o.Operation.GetProperty("responses").EnumerateObject().Select(p => p.Value))
                      where body.TryGetProperty("content", out _)
                      from media in body.GetProperty("content").EnumerateObject()
                      select (o.Name, Media: media.Name, Value: media.Value)).ToList();
        Assert.True(bodies.Count > 300, $"only {bodies.Count} bodies");
        Assert.All(bodies, b => Assert.True(b.Value.TryGetProperty("example", out _) || b.Value.TryGetProperty("examples", out _), $"{b.Name} {b.Media}: no example"));

        var values = bodies.SelectMany(b => Values(b.Value.TryGetProperty("example", out var e) ? e : default)).ToList();
        var creditCodes = values.Where(v => v.Name == "creditCode").Select(v => v.Value).ToList();
        var idNumbers = values.Where(v => v.Name == "idNumber").Select(v => v.Value).ToList();
        var streets = values.Where(v => v.Name == "streetCode").Select(v => v.Value).ToList();
        Assert.NotEmpty(creditCodes);
        Assert.NotEmpty(idNumbers);
        Assert.NotEmpty(streets);
        Assert.All(creditCodes, c => Assert.True(UnifiedSocialCreditCode.IsValid(c), c));
        Assert.All(idNumbers, n => Assert.True(ResidentIdNumber.IsValid(n), n));
        Assert.All(streets, s => Assert.Contains(DistrictOptions.KundulunStreets, k => k.Code == s));
    }

    private static List<string> ClientScopes(JsonElement operation) =>
        operation.GetProperty("security").EnumerateArray()
            .Where(r => r.TryGetProperty("ApiClient", out _))
            .SelectMany(r => r.GetProperty("ApiClient").EnumerateArray().Select(s => s.GetString()!))
            .ToList();

    private static IEnumerable<(string Name, string Value)> Values(JsonElement element, string name = "")
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    foreach (var value in Values(property.Value, property.Name))
                    {
                        yield return value;
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var value in Values(item, name))
                    {
                        yield return value;
                    }
                }

                break;
            case JsonValueKind.String:
                yield return (name, element.GetString()!);
                break;
        }
    }
}
