using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jiafu.IntegrationTests.Infrastructure;
using Jiafu.IntegrationTests.Registry;

namespace Jiafu.IntegrationTests.Training;

/// <summary>Completion at the required hours (结业), assessment only after completion (鉴定), and the public certificate check.</summary>
public sealed class CompletionAndCertificateTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private JiafuApiFactory Factory => fixture.Factory;

    /// <summary>A completed class of a 40-hour programme with one trainee at exactly 40 hours and one at 39.</summary>
    private async Task<(HttpClient Admin, TrainingSetup Setup, JsonElement Enough, JsonElement Short)> CompletedClassAsync()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var start = TrainingTestApi.Today.AddDays(-5);
        var setup = await admin.CreateOpenClassAsync(requiredHours: 40, start: start, end: start.AddDays(9));
        var enough = await admin.EnrollAsync(setup.ClassId);
        var shortOne = await admin.EnrollAsync(setup.ClassId);
        await admin.ClassActionsAsync(setup.ClassId, "start");
        for (var day = 0; day < 5; day++)
        {
            await (await admin.PutAttendanceAsync(setup.ClassId, start.AddDays(day), (enough.Id(), 8m), (shortOne.Id(), day == 4 ? 7m : 8m)))
                .EnsureStatusAsync(HttpStatusCode.OK);
        }

        var early = await admin.AssessAsync(enough.Id());
        Assert.Equal("not_completed", (await early.ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString());
        await admin.ClassActionsAsync(setup.ClassId, "complete");
        return (admin, setup, enough, shortOne);
    }

    [Fact]
    public async Task Given_a_40_hour_programme_When_the_class_completes_Then_exactly_40_hours_completes_and_39_does_not()
    {
        var (admin, setup, enough, shortOne) = await CompletedClassAsync();
        var roster = (await admin.RosterAsync(setup.ClassId)).EnumerateArray().ToDictionary(e => e.Id());
        Assert.Equal("Completed", roster[enough.Id()].GetProperty("status").GetString());
        Assert.Equal(40m, roster[enough.Id()].GetProperty("attendedHours").GetDecimal());
        Assert.Equal(TrainingTestApi.Today.ToString("yyyy-MM-dd"), roster[enough.Id()].GetProperty("completedOn").GetString());
        Assert.Equal("NotCompleted", roster[shortOne.Id()].GetProperty("status").GetString());
        Assert.Equal(39m, roster[shortOne.Id()].GetProperty("attendedHours").GetDecimal());

        var refused = await admin.AssessAsync(shortOne.Id());
        Assert.Equal("not_completed", (await refused.ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Given_a_completed_trainee_When_failed_then_passed_Then_one_certificate_is_issued_and_a_second_pass_is_409()
    {
        var (admin, _, enough, _) = await CompletedClassAsync();
        var failed = await (await admin.AssessAsync(enough.Id(), result: "Failed")).ReadJsonAsync();
        Assert.Equal("Failed", failed.GetProperty("assessmentResult").GetString());
        Assert.Equal(JsonValueKind.Null, failed.GetProperty("certificateCode").ValueKind);

        var missing = await admin.PostAsJsonAsync($"{TrainingTestApi.EnrollmentsUrl}/{enough.Id()}/assessment",
            new { result = "Passed", assessedOn = TrainingTestApi.Today }, Ct);
        var errors = (await missing.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors();
        Assert.True(errors.TryGetProperty("skillLevel", out _));
        Assert.True(errors.TryGetProperty("certificateNumber", out _));

        var passed = await (await admin.AssessAsync(enough.Id(), skillLevel: "Level4", certificateNumber: "1515000000401234")).ReadJsonAsync();
        Assert.Equal("Passed", passed.GetProperty("assessmentResult").GetString());
        Assert.Matches("^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]$", passed.GetProperty("certificateCode").GetString());
        var again = await admin.AssessAsync(enough.Id());
        Assert.Equal("already_assessed", (await again.ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString());

        var certificate = await admin.GetJsonAsync($"{TrainingTestApi.EnrollmentsUrl}/{enough.Id()}/certificate");
        Assert.Equal("1515000000401234", certificate.GetProperty("certificateNumber").GetString());
        Assert.Equal("四级/中级工", certificate.GetProperty("skillLevelName").GetString());
        Assert.Equal(enough.GetProperty("name").GetString(), certificate.GetProperty("holderName").GetString());
    }

    [Fact]
    public async Task Given_a_certificate_When_anyone_checks_its_code_Then_valid_shows_only_masked_data_unknown_is_404_and_revoked_says_so()
    {
        var (admin, _, enough, _) = await CompletedClassAsync();
        var passed = await (await admin.AssessAsync(enough.Id())).ReadJsonAsync();
        var code = passed.GetProperty("certificateCode").GetString()!;
        var anonymous = Factory.CreateClient();

        var check = await anonymous.GetJsonAsync($"{TrainingTestApi.CertificatesUrl}/{code.Replace("-", "").ToLowerInvariant()}");
        Assert.Equal("Valid", check.GetProperty("status").GetString());
        var name = enough.GetProperty("name").GetString()!;
        var shown = check.GetProperty("holderName").GetString()!;
        Assert.NotEqual(name, shown);
        Assert.Equal(name[0], shown[0]);
        Assert.Contains('*', shown);
        Assert.Equal("五级/初级工", check.GetProperty("skillLevelName").GetString());
        var fields = check.EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.DoesNotContain("certificateNumber", fields);
        Assert.DoesNotContain("idNumberMasked", fields);
        Assert.DoesNotContain(name, check.GetRawText());

        // Unknown: a well-formed code nobody was issued, and the real code with its check character changed.
        var raw = code.Replace("-", "");
        var wrongCheck = raw[..^1] + (raw[^1] == '2' ? '3' : '2');
        await anonymous.GetJsonAsync($"{TrainingTestApi.CertificatesUrl}/{wrongCheck}", HttpStatusCode.NotFound);
        await anonymous.GetJsonAsync($"{TrainingTestApi.CertificatesUrl}/NOT-A-CODE", HttpStatusCode.NotFound);
        var otherPayload = (raw[0] == '2' ? '3' : '2') + raw[1..16];
        await anonymous.GetJsonAsync($"{TrainingTestApi.CertificatesUrl}/{otherPayload}{CheckCharacter(otherPayload)}", HttpStatusCode.NotFound);

        var provider = await Factory.CreateOperatorClientAsync(admin, (await admin.GetClassAsync(enough.GetProperty("classId").GetGuid())).GetProperty("institutionId").GetGuid());
        await (await provider.PostAsJsonAsync($"{TrainingTestApi.CertificatesUrl}/{code}/revoke", new { reason = "x" }, Ct)).EnsureStatusAsync(HttpStatusCode.Forbidden);
        var noReason = await admin.PostAsJsonAsync($"{TrainingTestApi.CertificatesUrl}/{code}/revoke", new { reason = "" }, Ct);
        await noReason.ReadProblemAsync(HttpStatusCode.BadRequest);
        var revoked = await (await admin.PostAsJsonAsync($"{TrainingTestApi.CertificatesUrl}/{code}/revoke", new { reason = "鉴定材料造假" }, Ct)).ReadJsonAsync();
        Assert.Equal("Revoked", revoked.GetProperty("status").GetString());
        await (await admin.PostAsJsonAsync($"{TrainingTestApi.CertificatesUrl}/{code}/revoke", new { reason = "again" }, Ct)).ReadProblemAsync(HttpStatusCode.Conflict);

        var after = await anonymous.GetJsonAsync($"{TrainingTestApi.CertificatesUrl}/{code}");
        Assert.Equal("Revoked", after.GetProperty("status").GetString());
        Assert.Equal(TrainingTestApi.Today.ToString("yyyy-MM-dd"), after.GetProperty("revokedOn").GetString());
    }

    private static char CheckCharacter(string payload) => Jiafu.Training.Domain.CertificateCode.CheckCharacter(payload);
}
