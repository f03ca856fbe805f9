using System.Text.Json;
using Jiafu.IntegrationTests.Infrastructure;

namespace Jiafu.IntegrationTests.Registry;

/// <summary>The institution endpoints as the OpenAPI document (and so the generated web client) sees them.</summary>
public sealed class InstitutionOpenApiTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private async Task<JsonElement> DocumentAsync() => await fixture.Factory.CreateClient().GetJsonAsync("/swagger/v1/swagger.json");

    public static TheoryData<string, string, string, string> Operations => new()
    {
        { "get", "/api/v1/registry/institutions", "ListInstitutions", "400" },
        { "post", "/api/v1/registry/institutions", "CreateInstitution", "409" },
        { "get", "/api/v1/registry/institutions/{id}", "GetInstitution", "404" },
        { "put", "/api/v1/registry/institutions/{id}", "UpdateInstitution", "428" },
        { "get", "/api/v1/registry/institutions/{id}/history", "GetInstitutionHistory", "404" },
        { "post", "/api/v1/registry/institutions/{id}/apply-recognition", "ApplyForInstitutionRecognition", "409" },
        { "post", "/api/v1/registry/institutions/{id}/recognise", "RecogniseInstitution", "409" },
        { "post", "/api/v1/registry/institutions/{id}/reject", "RejectInstitution", "400" },
        { "post", "/api/v1/registry/institutions/{id}/suspend", "SuspendInstitution", "412" },
        { "post", "/api/v1/registry/institutions/{id}/revoke", "RevokeInstitution", "403" },
        { "post", "/api/v1/registry/institutions/{id}/restore", "RestoreInstitution", "409" },
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Given_the_OpenAPI_document_When_reading_an_institution_operation_Then_it_has_its_id_summary_and_responses(
        string method, string path, string operationId, string response)
    {
        var document = await DocumentAsync();

        var operation = document.GetProperty("paths").GetProperty(path).GetProperty(method);

        Assert.Equal(operationId, operation.GetProperty("operationId").GetString());
        Assert.Contains("(", operation.GetProperty("summary").GetString());
        Assert.True(operation.GetProperty("responses").TryGetProperty(response, out _), $"{operationId} lacks {response}");
        Assert.True(operation.GetProperty("responses").TryGetProperty("401", out _), $"{operationId} lacks 401");
        Assert.Contains("Institutions", operation.GetProperty("tags").Strings()[0]);
    }

    [Fact]
    public async Task Given_the_OpenAPI_document_When_reading_the_institution_schemas_Then_status_is_a_string_enum()
    {
        var document = await DocumentAsync();

        var schemas = document.GetProperty("components").GetProperty("schemas");
        var status = schemas.GetProperty("InstitutionStatus");
        Assert.Equal(["Registered", "PendingRecognition", "Recognised", "Rejected", "Suspended", "Revoked"],
            status.GetProperty("enum").Strings());
        Assert.True(schemas.GetProperty("InstitutionResponse").GetProperty("properties").TryGetProperty("workerCount", out _));
    }
}
