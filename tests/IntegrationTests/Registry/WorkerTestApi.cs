using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jiafu.IntegrationTests.Infrastructure;

namespace Jiafu.IntegrationTests.Registry;

/// <summary>HTTP helpers for the worker (从业人员) endpoints of the Registry module.</summary>
public static class WorkerTestApi
{
    public const string WorkersUrl = "/api/v1/registry/workers";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Today in China (UTC+8), the day the API judges validity dates against.</summary>
    public static DateOnly TodayInChina => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    /// <summary>A unique, realistic-looking worker name: a surname and a short random suffix.</summary>
    public static string NewWorkerName(string prefix = "王") => $"{prefix}{Guid.NewGuid():N}"[..(prefix.Length + 10)];

    /// <summary>A valid create-worker body (new ID number and phone unless given).</summary>
    public static Dictionary<string, object?> NewWorkerBody(
        Guid institutionId, string? idNumber = null, string? name = null, string? phone = null, string employmentType = "EmployeeBased",
        string[]? jobTypes = null) => new()
    {
        ["name"] = name ?? NewWorkerName(),
        ["idNumber"] = idNumber ?? RegistryTestData.NewIdNumber(),
        ["phone"] = phone ?? RegistryTestData.NewMobilePhone(),
        ["institutionId"] = institutionId,
        ["employmentType"] = employmentType,
        ["jobTypes"] = jobTypes ?? ["Housekeeper"],
    };

    public static Task<HttpResponseMessage> PostWorkerAsync(this HttpClient client, object body) =>
        client.PostAsJsonAsync(WorkersUrl, body, Ct);

    /// <summary>Creates a worker (asserting 201) from <paramref name="body"/>.</summary>
    public static async Task<CreatedWorker> CreateWorkerAsync(this HttpClient client, Dictionary<string, object?> body)
    {
        var response = await client.PostWorkerAsync(body);
        var json = await response.ReadJsonAsync(HttpStatusCode.Created);
        return new CreatedWorker(json.GetProperty("id").GetGuid(), (string)body["idNumber"]!, (string)body["phone"]!,
            response.Headers.ETag?.Tag, json);
    }

    /// <summary>Creates a worker at <paramref name="institutionId"/> with a new ID number (asserting 201).</summary>
    public static Task<CreatedWorker> CreateWorkerAsync(
        this HttpClient client, Guid institutionId, string? name = null, string employmentType = "EmployeeBased", string[]? jobTypes = null) =>
        client.CreateWorkerAsync(NewWorkerBody(institutionId, name: name, employmentType: employmentType, jobTypes: jobTypes));

    /// <summary><c>GET /api/v1/registry/workers?{query}</c> (asserting 200).</summary>
    public static Task<JsonElement> ListWorkersAsync(this HttpClient client, string query) =>
        client.GetJsonAsync($"{WorkersUrl}?{query}");

    /// <summary>The ids of the listed items.</summary>
    public static Guid[] Ids(this JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToArray();

    public static Task<JsonElement> GetWorkerAsync(this HttpClient client, Guid id, HttpStatusCode expected = HttpStatusCode.OK) =>
        client.GetJsonAsync($"{WorkersUrl}/{id}", expected);

    public static Task<HttpResponseMessage> MoveWorkerAsync(this HttpClient client, Guid id, Guid institutionId, DateOnly? startedOn = null,
        string employmentType = "Affiliated") =>
        client.PostAsJsonAsync($"{WorkersUrl}/{id}/move",
            new { institutionId, employmentType, startedOn = (startedOn ?? TodayInChina).ToString("yyyy-MM-dd") }, Ct);

    public static Task<HttpResponseMessage> RevealAsync(this HttpClient client, Guid id) =>
        client.PostAsync($"{WorkersUrl}/{id}/reveal", null, Ct);

    /// <summary>A resident ID number whose check character is X (so a lower-case x can be tried).</summary>
    public static string NewIdNumberEndingInX()
    {
        while (true)
        {
            var id = RegistryTestData.NewIdNumber();
            if (id.EndsWith('X'))
            {
                return id;
            }
        }
    }
}

/// <summary>What <see cref="WorkerTestApi.CreateWorkerAsync(HttpClient, Dictionary{string, object?})"/> returns.</summary>
/// <param name="IdNumber">The ID number as sent.</param>
/// <param name="ETag">The <c>ETag</c> response header as sent (quoted).</param>
public sealed record CreatedWorker(Guid Id, string IdNumber, string Phone, string? ETag, JsonElement Body);
