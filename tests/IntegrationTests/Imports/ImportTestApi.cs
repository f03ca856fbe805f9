using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Jiafu.IntegrationTests.Infrastructure;

namespace Jiafu.IntegrationTests.Imports;

internal static class ImportTestApi
{
    public static readonly string Header = "name,idNumber,phone,institutionCreditCode,employmentType,jobTypes,healthCheckDate,accidentInsuranceValidUntil,identityVerified";

    public static string Row(string name, string idNumber, string phone, string creditCode, string employment = "EmployeeBased",
        string jobTypes = "Housekeeper", string healthCheck = "2026-06-01", string insurance = "2027-06-01", string verified = "是") =>
        $"{name},{idNumber},{phone},{creditCode},{employment},{jobTypes},{healthCheck},{insurance},{verified}";

    public static Task<JsonElement> SubmitCsvAsync(this HttpClient client, string csv, string mode, HttpStatusCode expected = HttpStatusCode.Accepted,
        Encoding? encoding = null, bool bom = false)
    {
        var bytes = (encoding ?? new UTF8Encoding(false)).GetBytes(csv);
        if (bom)
        {
            bytes = [.. Encoding.UTF8.GetPreamble(), .. bytes];
        }

        return client.SubmitAsync(bytes, "text/csv", mode, expected);
    }

    public static async Task<JsonElement> SubmitAsync(this HttpClient client, byte[] body, string contentType, string mode,
        HttpStatusCode expected = HttpStatusCode.Accepted, string kind = "workers")
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        var response = await client.PostAsync($"/api/v1/registry/imports/{kind}?mode={mode}", content, TestContext.Current.CancellationToken);
        return expected == HttpStatusCode.Accepted
            ? await response.ReadJsonAsync(HttpStatusCode.Accepted)
            : await response.ReadProblemAsync(expected);
    }

    /// <summary>Polls the job until it completes or fails.</summary>
    public static async Task<JsonElement> WaitForJobAsync(this HttpClient client, JsonElement accepted)
    {
        var url = accepted.GetProperty("statusUrl").GetString()!;
        var job = await HttpAssertions.EventuallyAsync(
            async () => await (await client.GetAsync(url, TestContext.Current.CancellationToken)).ReadJsonAsync(),
            j => j.GetProperty("state").GetString() is "Completed" or "Failed", TimeSpan.FromSeconds(60));
        Assert.Equal("Completed", job.GetProperty("state").GetString());
        return job;
    }

    public static async Task<int> CountWorkersAsync(this HttpClient client, Guid institutionId)
    {
        var page = await (await client.GetAsync($"/api/v1/registry/workers?institutionId={institutionId}&pageSize=200",
            TestContext.Current.CancellationToken)).ReadJsonAsync();
        return page.GetProperty("total").GetInt32();
    }

    public static (int Row, string? Column)[] ErrorCells(this JsonElement job) => job.GetProperty("errors").EnumerateArray()
        .Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString())).ToArray();
}
