using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jiafu.IntegrationTests.Infrastructure;

namespace Jiafu.IntegrationTests.Registry;

/// <summary>HTTP helpers for stations and markets, employee-based filings and titles of the Registry module.</summary>
public static class ServicePointFilingTitleTestApi
{
    public const string ServicePointsUrl = "/api/v1/registry/service-points";
    public const string FilingsUrl = "/api/v1/registry/filings";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Today in China (UTC+8) by the wall clock.</summary>
    public static DateOnly TodayInChina(DateTimeOffset? now = null) =>
        DateOnly.FromDateTime((now ?? DateTimeOffset.UtcNow).ToOffset(TimeSpan.FromHours(8)).DateTime);

    /// <summary>A create-station body; the five 五统一 items all met unless <paramref name="fiveUnified"/> says otherwise.</summary>
    public static Dictionary<string, object?> NewServicePointBody(
        Guid institutionId, string? streetCode = null, string kind = "CommunityStation", bool[]? fiveUnified = null)
    {
        var items = fiveUnified ?? [true, true, true, true, true];
        return new Dictionary<string, object?>
        {
            ["kind"] = kind,
            ["name"] = $"测试社区家庭服务站{Guid.NewGuid():N}"[..17],
            ["institutionId"] = institutionId,
            ["streetCode"] = streetCode ?? RegistryTestData.StreetA,
            ["address"] = "内蒙古包头市昆都仑区阿尔丁大街 8 号",
            ["unifiedSignage"] = items[0],
            ["unifiedDispatch"] = items[1],
            ["unifiedTraining"] = items[2],
            ["unifiedPricing"] = items[3],
            ["unifiedServiceStandards"] = items[4],
        };
    }

    /// <summary>Creates a station (asserting 201) and returns its body.</summary>
    public static async Task<JsonElement> CreateServicePointAsync(
        this HttpClient client, Guid institutionId, string? streetCode = null, string kind = "CommunityStation", bool[]? fiveUnified = null)
    {
        var response = await client.PostAsJsonAsync(ServicePointsUrl, NewServicePointBody(institutionId, streetCode, kind, fiveUnified), Ct);
        return await response.ReadJsonAsync(HttpStatusCode.Created);
    }

    /// <summary>POST a station workflow action (<c>apply-recognition</c>, <c>recognise</c>, …) with an optional reason.</summary>
    public static Task<HttpResponseMessage> ServicePointActionAsync(this HttpClient client, Guid id, string action, string? reason = null) =>
        client.PostAsJsonAsync($"{ServicePointsUrl}/{id}/{action}", new { reason }, Ct);

    /// <summary>A filing body; every criterion met and 12 staff unless overridden.</summary>
    public static Dictionary<string, object?> NewFilingBody(Guid institutionId, int staffCount = 12) => new()
    {
        ["institutionId"] = institutionId,
        ["allWorkersContracted"] = true,
        ["socialInsurancePaid"] = true,
        ["unifiedDispatch"] = true,
        ["minimumWagePaidThroughBank"] = true,
        ["ongoingTraining"] = true,
        ["writtenManagementRules"] = true,
        ["staffCount"] = staffCount,
    };

    public static Task<HttpResponseMessage> SubmitFilingAsync(this HttpClient client, Dictionary<string, object?> body) =>
        client.PostAsJsonAsync(FilingsUrl, body, Ct);

    /// <summary>Submits a filing (asserting 201) and returns its id.</summary>
    public static async Task<Guid> SubmitFilingAsync(this HttpClient client, Guid institutionId, int staffCount = 12)
    {
        var json = await (await client.SubmitFilingAsync(NewFilingBody(institutionId, staffCount))).ReadJsonAsync(HttpStatusCode.Created);
        return json.GetProperty("id").GetGuid();
    }

    public static Task<HttpResponseMessage> ApproveFilingAsync(this HttpClient client, Guid filingId, string? note = null) =>
        client.PostAsJsonAsync($"{FilingsUrl}/{filingId}/approve", new { note }, Ct);

    public static Task<HttpResponseMessage> RejectFilingAsync(this HttpClient client, Guid filingId, string? reason) =>
        client.PostAsJsonAsync($"{FilingsUrl}/{filingId}/reject", new { reason }, Ct);

    public static string TitlesUrl(Guid institutionId) => $"{RegistryTestData.InstitutionsUrl}/{institutionId}/titles";

    public static Task<HttpResponseMessage> GrantTitleAsync(this HttpClient client, Guid institutionId, string title, int year) =>
        client.PostAsJsonAsync(TitlesUrl(institutionId), new { title, year }, Ct);

    public static Task<HttpResponseMessage> WithdrawTitleAsync(this HttpClient client, Guid institutionId, Guid titleId, string? reason) =>
        client.PostAsJsonAsync($"{TitlesUrl(institutionId)}/{titleId}/withdraw", new { reason }, Ct);
}
