using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jiafu.IntegrationTests.Infrastructure;
using Jiafu.IntegrationTests.Registry;

namespace Jiafu.IntegrationTests.Training;

/// <summary>HTTP helpers for the Training module: a provider with a programme and a class, enrollment, attendance, assessment.</summary>
public static class TrainingTestApi
{
    public const string ProgrammesUrl = "/api/v1/training/programmes";
    public const string ClassesUrl = "/api/v1/training/classes";
    public const string EnrollmentsUrl = "/api/v1/training/enrollments";
    public const string CertificatesUrl = "/api/v1/training/certificates";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Today in China (UTC+8).</summary>
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    /// <summary>Creates a programme of <paramref name="providerId"/> (the caller must be Admin or a district officer), asserting 201.</summary>
    public static async Task<JsonElement> CreateProgrammeAsync(
        this HttpClient admin, Guid providerId, int requiredHours = 40, string category = "PreJob", string? name = null)
    {
        var response = await admin.PostAsJsonAsync(ProgrammesUrl, new
        {
            name = name ?? "家政服务员岗前培训" + Guid.NewGuid().ToString("N")[..6],
            category,
            providerInstitutionId = providerId,
            requiredHours,
            activeFromYear = Today.Year - 1,
            activeToYear = (int?)null,
            description = "测试项目",
            subsidyStandards = new[] { new { year = Today.Year, trainingSubsidy = 800.50m, certificationSubsidy = 300m } },
        }, Ct);
        return await response.ReadJsonAsync(HttpStatusCode.Created);
    }

    public static Task<HttpResponseMessage> PostClassAsync(
        this HttpClient client, Guid programmeId, int capacity = 30, DateOnly? start = null, DateOnly? end = null, string? name = null) =>
        client.PostAsJsonAsync(ClassesUrl, new
        {
            programmeId,
            name = name ?? "第" + Random.Shared.Next(1, 99) + "期",
            startDate = start ?? Today,
            endDate = end ?? (start ?? Today).AddDays(9),
            location = "昆区职业技能培训中心 301",
            capacity,
            teacher = "李老师",
        }, Ct);

    /// <summary>Creates a class (asserting 201) and returns its id.</summary>
    public static async Task<Guid> CreateClassAsync(
        this HttpClient client, Guid programmeId, int capacity = 30, DateOnly? start = null, DateOnly? end = null) =>
        (await (await client.PostClassAsync(programmeId, capacity, start, end)).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    public static Task<HttpResponseMessage> ClassActionAsync(this HttpClient client, Guid classId, string action, string? reason = null) =>
        client.PostAsJsonAsync($"{ClassesUrl}/{classId}/{action}", new { reason }, Ct);

    /// <summary>Applies the actions in order, asserting 200 for each.</summary>
    public static async Task ClassActionsAsync(this HttpClient client, Guid classId, params string[] actions)
    {
        foreach (var action in actions)
        {
            await (await client.ClassActionAsync(classId, action)).EnsureStatusAsync(HttpStatusCode.OK);
        }
    }

    public static Task<JsonElement> GetClassAsync(this HttpClient client, Guid classId, HttpStatusCode expected = HttpStatusCode.OK) =>
        client.GetJsonAsync($"{ClassesUrl}/{classId}", expected);

    /// <summary>A provider institution in <paramref name="street"/>, a programme and an open class, created by <paramref name="admin"/>.</summary>
    public static async Task<TrainingSetup> CreateOpenClassAsync(
        this HttpClient admin, int capacity = 30, int requiredHours = 40, string? street = null, DateOnly? start = null, DateOnly? end = null)
    {
        var provider = await admin.CreateInstitutionAsync(street ?? RegistryTestData.StreetA);
        var programme = await admin.CreateProgrammeAsync(provider.Id, requiredHours);
        var programmeId = programme.GetProperty("id").GetGuid();
        var classId = await admin.CreateClassAsync(programmeId, capacity, start, end);
        await admin.ClassActionsAsync(classId, "open");
        return new TrainingSetup(provider.Id, programmeId, classId);
    }

    public static Dictionary<string, object?> NewEnrollmentBody(
        string? idNumber = null, string? name = null, string category = "Unemployed", string? streetCode = RegistryTestData.StreetA) => new()
    {
        ["idNumber"] = idNumber ?? RegistryTestData.NewIdNumber(),
        ["name"] = name ?? WorkerTestApi.NewWorkerName("赵"),
        ["phone"] = RegistryTestData.NewMobilePhone(),
        ["category"] = category,
        ["streetCode"] = streetCode,
    };

    public static Task<HttpResponseMessage> PostEnrollmentAsync(this HttpClient client, Guid classId, object body) =>
        client.PostAsJsonAsync($"{ClassesUrl}/{classId}/enrollments", body, Ct);

    /// <summary>Enrolls a new person (asserting 201) and returns the enrollment.</summary>
    public static async Task<JsonElement> EnrollAsync(this HttpClient client, Guid classId, string? idNumber = null, string? streetCode = RegistryTestData.StreetA) =>
        await (await client.PostEnrollmentAsync(classId, NewEnrollmentBody(idNumber, streetCode: streetCode))).ReadJsonAsync(HttpStatusCode.Created);

    public static Task<JsonElement> RosterAsync(this HttpClient client, Guid classId, HttpStatusCode expected = HttpStatusCode.OK) =>
        client.GetJsonAsync($"{ClassesUrl}/{classId}/enrollments", expected);

    /// <summary>Records one session for the given enrollments: <c>PUT /classes/{id}/attendance</c>.</summary>
    public static Task<HttpResponseMessage> PutAttendanceAsync(this HttpClient client, Guid classId, DateOnly date, params (Guid EnrollmentId, decimal Hours)[] entries) =>
        client.PutAsJsonAsync($"{ClassesUrl}/{classId}/attendance", new
        {
            sessionDate = date,
            entries = entries.Select(e => new { enrollmentId = e.EnrollmentId, hours = e.Hours }).ToArray(),
        }, Ct);

    public static Task<HttpResponseMessage> AssessAsync(
        this HttpClient client, Guid enrollmentId, string result = "Passed", string skillLevel = "Level5", string? certificateNumber = null) =>
        client.PostAsJsonAsync($"{EnrollmentsUrl}/{enrollmentId}/assessment", new
        {
            result,
            skillLevel,
            certificateNumber = result == "Passed" ? certificateNumber ?? "S" + Random.Shared.NextInt64(1_000_000_000, 9_999_999_999) : null,
            assessedOn = Today,
        }, Ct);

    public static Guid Id(this JsonElement json) => json.GetProperty("id").GetGuid();
}

public sealed record TrainingSetup(Guid ProviderId, Guid ProgrammeId, Guid ClassId);
