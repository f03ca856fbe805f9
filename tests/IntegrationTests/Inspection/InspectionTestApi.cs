using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jiafu.IntegrationTests.Infrastructure;
using Jiafu.IntegrationTests.Registry;

namespace Jiafu.IntegrationTests.Inspection;

/// <summary>HTTP helpers for the Inspection module: campaigns over fresh institutions, inspectors, outcomes, spot-check plans.</summary>
public static class InspectionTestApi
{
    public const string Base = "/api/v1/inspection";
    public const string ProposalsUrl = "/api/v1/registry/revocation-proposals";

    private static int _year = 2030 + Random.Shared.Next(0, 20) * 3;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    /// <summary>A campaign year no other test of the run uses (one campaign per year and object type).</summary>
    public static int NextYear() => Interlocked.Increment(ref _year) % 70 + 2030;

    /// <summary>Creates and recognises <paramref name="count"/> institutions in <paramref name="street"/>.</summary>
    public static async Task<List<CreatedInstitution>> CreateRecognisedInstitutionsAsync(this HttpClient admin, int count, string street = RegistryTestData.StreetA)
    {
        var list = new List<CreatedInstitution>();
        for (var i = 0; i < count; i++)
        {
            var institution = await admin.CreateInstitutionAsync(street);
            await admin.RecogniseInstitutionAsync(institution.Id);
            list.Add(institution);
        }

        return list;
    }

    public static async Task<JsonElement> InstitutionTemplateAsync(this HttpClient client)
    {
        var templates = await client.GetJsonAsync($"{Base}/templates?objectType=Institution");
        return templates.EnumerateArray().First(t => t.GetProperty("code").GetString() == "institution-annual");
    }

    public static async Task<JsonElement> CreateCampaignAsync(this HttpClient admin, int year)
    {
        var template = await admin.InstitutionTemplateAsync();
        var response = await admin.PostAsJsonAsync($"{Base}/campaigns", new { year, objectType = "Institution", templateId = template.Id() }, Ct);
        return await response.ReadJsonAsync(HttpStatusCode.Created);
    }

    /// <summary>The campaign's task for <paramref name="institutionId"/> (the caller must see it).</summary>
    public static async Task<JsonElement> TaskForAsync(this HttpClient client, Guid campaignId, Guid institutionId)
    {
        var page = await client.GetJsonAsync($"{Base}/tasks?campaignId={campaignId}&institutionId={institutionId}");
        return page.GetProperty("items").EnumerateArray().Single();
    }

    public static Task<JsonElement> GetTaskAsync(this HttpClient client, Guid taskId, HttpStatusCode expected = HttpStatusCode.OK) =>
        client.GetJsonAsync($"{Base}/tasks/{taskId}", expected);

    public static Task<HttpResponseMessage> AssignAsync(this HttpClient admin, Guid taskId, params CreatedUser[] inspectors) =>
        admin.PutAsJsonAsync($"{Base}/tasks/{taskId}/inspectors",
            new { inspectors = inspectors.Select(u => new { userId = u.Id.ToString(), name = u.UserName }).ToArray() }, Ct);

    /// <summary>Posts an outcome giving every checklist item <paramref name="share"/> of its weight.</summary>
    public static async Task<HttpResponseMessage> RecordOutcomeAsync(
        this HttpClient client, Guid taskId, string outcome, double share = 1.0, DateOnly? inspectedOn = null, DateOnly? rectifyBy = null,
        HttpClient? reader = null)
    {
        var task = await (reader ?? client).GetTaskAsync(taskId);
        var scores = task.GetProperty("items").EnumerateArray().Select(i => new
        {
            itemId = i.GetProperty("itemId").GetGuid(),
            points = (int)Math.Floor(i.GetProperty("weight").GetInt32() * share),
            note = (string?)null,
        }).ToArray();
        return await client.PostAsJsonAsync($"{Base}/tasks/{taskId}/outcome", new
        {
            itemScores = scores,
            findings = outcome == "Passed" ? null : "从业人员未全部持证上岗，投诉处理记录缺失",
            outcome,
            inspectedOn,
            rectifyBy,
        }, Ct);
    }

    public static Task<JsonElement> IntegrityAsync(this HttpClient client, Guid institutionId, HttpStatusCode expected = HttpStatusCode.OK) =>
        client.GetJsonAsync($"{Base}/integrity/{institutionId}", expected);

    public static Guid Id(this JsonElement json) => json.GetProperty("id").GetGuid();
}
