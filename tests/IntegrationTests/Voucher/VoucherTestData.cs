using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jiafu.IntegrationTests.Infrastructure;
using Jiafu.IntegrationTests.Registry;

namespace Jiafu.IntegrationTests.Voucher;

/// <summary>HTTP helpers for the Voucher module: batches, declarations, the service workflow and settlements.</summary>
public static class VoucherTestData
{
    public const string BatchesUrl = "/api/v1/vouchers/batches";
    public const string ApplicationsUrl = "/api/v1/vouchers/applications";
    public const string VouchersUrl = "/api/v1/vouchers";
    public const string SettlementsUrl = "/api/v1/vouchers/settlements";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    public static Dictionary<string, object?> NewBatchBody(
        int quantity = 100, decimal faceValue = 200m, string[]? groups = null, object[]? streetQuotas = null,
        DateOnly? validFrom = null, DateOnly? validUntil = null) => new()
    {
        ["name"] = "测试批次 " + Guid.NewGuid().ToString("N")[..10],
        ["year"] = Today.Year,
        ["quantity"] = quantity,
        ["faceValue"] = faceValue,
        ["eligibleGroups"] = groups ?? ["UrbanUnemployed", "HardToEmploy"],
        ["validFrom"] = (validFrom ?? Today.AddDays(-30)).ToString("yyyy-MM-dd"),
        ["validUntil"] = (validUntil ?? Today.AddDays(180)).ToString("yyyy-MM-dd"),
        ["streetQuotas"] = streetQuotas,
    };

    public static async Task<Guid> CreateBatchAsync(
        this HttpClient admin, int quantity = 100, decimal faceValue = 200m, object[]? streetQuotas = null,
        DateOnly? validFrom = null, DateOnly? validUntil = null)
    {
        var response = await admin.PostAsJsonAsync(BatchesUrl, NewBatchBody(quantity, faceValue, null, streetQuotas, validFrom, validUntil), Ct);
        return (await response.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    public static Dictionary<string, object?> NewApplicationBody(Guid batchId, string? streetCode = null, string? idNumber = null, string group = "UrbanUnemployed") => new()
    {
        ["batchId"] = batchId,
        ["applicantName"] = "王秀英",
        ["idNumber"] = idNumber ?? RegistryTestData.NewIdNumber(),
        ["phone"] = RegistryTestData.NewMobilePhone(),
        ["streetCode"] = streetCode ?? RegistryTestData.StreetA,
        ["address"] = "钢铁大街 12 号 3 栋 2 单元",
        ["group"] = group,
        ["householdSize"] = 3,
        ["evidenceNote"] = "失业登记证",
    };

    public static Task<HttpResponseMessage> DeclareAsync(this HttpClient client, Guid batchId, string? streetCode = null, string? idNumber = null) =>
        client.PostAsJsonAsync(ApplicationsUrl, NewApplicationBody(batchId, streetCode, idNumber), Ct);

    public static async Task<Guid> DeclareOkAsync(this HttpClient client, Guid batchId, string? streetCode = null) =>
        (await (await client.DeclareAsync(batchId, streetCode)).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    public static Task<HttpResponseMessage> ApproveAsync(this HttpClient client, Guid applicationId) =>
        client.PostAsync($"{ApplicationsUrl}/{applicationId}/approve", null, Ct);

    /// <summary>Declares and approves: returns the issued voucher's id.</summary>
    public static async Task<Guid> IssueVoucherAsync(this HttpClient officer, Guid batchId, string? streetCode = null)
    {
        var application = await officer.DeclareOkAsync(batchId, streetCode);
        var approved = await (await officer.ApproveAsync(application)).ReadJsonAsync();
        return approved.GetProperty("voucherId").GetGuid();
    }

    public static Task<HttpResponseMessage> StepAsync(this HttpClient client, Guid voucherId, string step, object body) =>
        client.PostAsJsonAsync($"{VouchersUrl}/{voucherId}/{step}", body, Ct);

    public static Task<HttpResponseMessage> SelectAsync(this HttpClient officer, Guid voucherId, Guid institutionId, string format = "Housekeeping") =>
        officer.StepAsync(voucherId, "select-institution", new { institutionId, businessFormat = format });

    public static Task<HttpResponseMessage> ScheduleAsync(this HttpClient client, Guid voucherId, DateOnly? on = null) =>
        client.StepAsync(voucherId, "schedule", new { scheduledFor = (on ?? Today).ToString("yyyy-MM-dd") });

    public static Task<HttpResponseMessage> ServeAsync(this HttpClient client, Guid voucherId, DateOnly? on = null) =>
        client.StepAsync(voucherId, "service", new
        {
            workerName = "刘桂芳", serviceDate = (on ?? Today).ToString("yyyy-MM-dd"), durationMinutes = 120,
            serviceItems = "居家保洁", residentConfirmed = true,
        });

    public static Task<HttpResponseMessage> FollowUpAsync(this HttpClient officer, Guid voucherId) =>
        officer.StepAsync(voucherId, "follow-up", new { date = Today.ToString("yyyy-MM-dd"), channel = "Phone", satisfaction = 5, issues = (string?)null });

    public static Task<HttpResponseMessage> VerifyAsync(this HttpClient officer, Guid voucherId, string result = "Confirmed", string? note = null) =>
        officer.StepAsync(voucherId, "verify", new { result, note });

    /// <summary>A recognised institution offering Housekeeping (created and recognised by <paramref name="admin"/>).</summary>
    public static async Task<Guid> RecognisedInstitutionAsync(this HttpClient admin, string? streetCode = null)
    {
        var institution = await admin.CreateInstitutionAsync(streetCode, ["Housekeeping", "ElderlyCare"]);
        await admin.RecogniseInstitutionAsync(institution.Id);
        return institution.Id;
    }

    /// <summary>Takes a voucher from issued to verified: select (officer), schedule and serve (institution), follow up and verify (officer).</summary>
    public static async Task VerifyThroughAsync(HttpClient officer, HttpClient institution, Guid voucherId, Guid institutionId)
    {
        await (await officer.SelectAsync(voucherId, institutionId)).EnsureStatusAsync(HttpStatusCode.OK);
        await (await institution.ScheduleAsync(voucherId)).EnsureStatusAsync(HttpStatusCode.OK);
        await (await institution.ServeAsync(voucherId)).EnsureStatusAsync(HttpStatusCode.OK);
        await (await officer.FollowUpAsync(voucherId)).EnsureStatusAsync(HttpStatusCode.OK);
        await (await officer.VerifyAsync(voucherId)).EnsureStatusAsync(HttpStatusCode.OK);
    }

    public static Task<JsonElement> GetBatchAsync(this HttpClient client, Guid batchId) => client.GetJsonAsync($"{BatchesUrl}/{batchId}");

    public static Task<JsonElement> GetVoucherAsync(this HttpClient client, Guid voucherId, HttpStatusCode expected = HttpStatusCode.OK) =>
        client.GetJsonAsync($"{VouchersUrl}/{voucherId}", expected);
}
