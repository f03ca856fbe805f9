using System.Text.Json;
using Jiafu.IntegrationTests.Infrastructure;

namespace Jiafu.IntegrationTests.Registry;

/// <summary>The worker endpoints as the OpenAPI document (and so the generated web client) sees them.</summary>
public sealed class WorkerOpenApiTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private async Task<JsonElement> DocumentAsync() => await fixture.Factory.CreateClient().GetJsonAsync("/swagger/v1/swagger.json");

    public static TheoryData<string, string, string, string> Operations => new()
    {
        { "get", "/api/v1/registry/workers", "ListWorkers", "400" },
        { "post", "/api/v1/registry/workers", "CreateWorker", "409" },
        { "get", "/api/v1/registry/workers/{id}", "GetWorker", "404" },
        { "put", "/api/v1/registry/workers/{id}", "UpdateWorker", "428" },
        { "post", "/api/v1/registry/workers/{id}/move", "MoveWorker", "409" },
        { "get", "/api/v1/registry/workers/{id}/employments", "ListWorkerEmployments", "404" },
        { "post", "/api/v1/registry/workers/{id}/reveal", "RevealWorkerPersonalData", "403" },
        { "post", "/api/v1/registry/workers/{id}/revoke-credentials", "RevokeWorkerCredentials", "409" },
        { "post", "/api/v1/registry/workers/{id}/restore-credentials", "RestoreWorkerCredentials", "409" },
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Given_the_OpenAPI_document_When_reading_a_worker_operation_Then_it_has_its_id_summary_and_responses(
        string method, string path, string operationId, string response)
    {
        var document = await DocumentAsync();

        var operation = document.GetProperty("paths").GetProperty(path).GetProperty(method);

        Assert.Equal(operationId, operation.GetProperty("operationId").GetString());
        Assert.Contains("(", operation.GetProperty("summary").GetString());
        Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("description").GetString()));
        Assert.True(operation.GetProperty("responses").TryGetProperty(response, out _), $"{operationId} lacks {response}");
        Assert.True(operation.GetProperty("responses").TryGetProperty("401", out _), $"{operationId} lacks 401");
        Assert.Contains("Workers", operation.GetProperty("tags").Strings()[0]);
    }

    [Fact]
    public async Task Given_the_OpenAPI_document_When_reading_the_worker_schemas_Then_enums_are_strings_and_no_full_personal_data_is_listed()
    {
        var document = await DocumentAsync();

        var schemas = document.GetProperty("components").GetProperty("schemas");
        Assert.Equal(["Green", "Yellow", "Red"], schemas.GetProperty("CredentialStatus").GetProperty("enum").Strings());
        Assert.Equal(["EmployeeBased", "Affiliated", "Flexible"], schemas.GetProperty("EmploymentType").GetProperty("enum").Strings());
        var item = schemas.GetProperty("WorkerListItem").GetProperty("properties");
        Assert.True(item.TryGetProperty("idNumberMasked", out _));
        Assert.False(item.TryGetProperty("idNumber", out _));
        Assert.False(item.TryGetProperty("phone", out _));
        var list = document.GetProperty("paths").GetProperty("/api/v1/registry/workers").GetProperty("get");
        var parameters = list.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToArray();
        Assert.Contains("streetCode", parameters);
        Assert.Contains("credentialStatus", parameters);
        Assert.Contains("jobType", parameters);
    }
}
