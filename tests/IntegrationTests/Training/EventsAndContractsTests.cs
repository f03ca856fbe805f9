using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jiafu.Contracts.Training;
using Jiafu.IntegrationTests.Infrastructure;
using Jiafu.IntegrationTests.Registry;
using Microsoft.Extensions.DependencyInjection;

namespace Jiafu.IntegrationTests.Training;

/// <summary>The register hears of completions and certificates through events; Subsidy reads outcomes through the read contract.</summary>
public sealed class EventsAndContractsTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private JiafuApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task Given_a_registered_worker_When_they_complete_and_are_certified_then_revoked_Then_the_worker_record_shows_it()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var employer = await admin.CreateInstitutionAsync();
        var worker = await admin.CreateWorkerAsync(employer.Id);
        var start = TrainingTestApi.Today.AddDays(-2);
        var setup = await admin.CreateOpenClassAsync(requiredHours: 6, start: start, end: start.AddDays(2));
        var seat = await (await admin.PostEnrollmentAsync(setup.ClassId, TrainingTestApi.NewEnrollmentBody(worker.IdNumber, category: "Employed")))
            .ReadJsonAsync(HttpStatusCode.Created);
        await admin.ClassActionsAsync(setup.ClassId, "start");
        await (await admin.PutAttendanceAsync(setup.ClassId, start, (seat.Id(), 6m))).EnsureStatusAsync(HttpStatusCode.OK);
        await admin.ClassActionsAsync(setup.ClassId, "complete");
        var code = (await (await admin.AssessAsync(seat.Id(), certificateNumber: "CERT-0001")).ReadJsonAsync()).GetProperty("certificateCode").GetString()!;

        var url = $"{WorkerTestApi.WorkersUrl}/{worker.Id}/training";
        var history = await HttpAssertions.EventuallyAsync(() => admin.GetJsonAsync(url),
            h => h.GetArrayLength() == 1 && h[0].GetProperty("certificateStatus").ValueKind == JsonValueKind.String);
        var record = history[0];
        Assert.Equal(seat.Id(), record.GetProperty("enrollmentId").GetGuid());
        Assert.Equal(6m, record.GetProperty("attendedHours").GetDecimal());
        Assert.Equal("CERT-0001", record.GetProperty("certificateNumber").GetString());
        Assert.Equal(code, record.GetProperty("verificationCode").GetString());
        Assert.Equal("Valid", record.GetProperty("certificateStatus").GetString());

        await (await admin.PostAsJsonAsync($"{TrainingTestApi.CertificatesUrl}/{code}/revoke", new { reason = "证书信息有误" }, Ct)).EnsureStatusAsync(HttpStatusCode.OK);
        history = await HttpAssertions.EventuallyAsync(() => admin.GetJsonAsync(url), h => h[0].GetProperty("certificateStatus").GetString() == "Revoked");
        Assert.Equal("Revoked", history[0].GetProperty("certificateStatus").GetString());

        var otherStreet = await Factory.CreateStreetOfficerClientAsync(admin, RegistryTestData.StreetC);
        await otherStreet.GetJsonAsync(url, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_a_completed_class_When_subsidy_reads_its_outcome_Then_completed_and_certified_trainees_and_the_year_standard_come_back()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var start = TrainingTestApi.Today.AddDays(-2);
        var setup = await admin.CreateOpenClassAsync(requiredHours: 4, start: start, end: start.AddDays(1));
        var certified = await admin.EnrollAsync(setup.ClassId);
        var completed = await admin.EnrollAsync(setup.ClassId);
        var absent = await admin.EnrollAsync(setup.ClassId);
        await admin.ClassActionsAsync(setup.ClassId, "start");
        await (await admin.PutAttendanceAsync(setup.ClassId, start, (certified.Id(), 4m), (completed.Id(), 4m), (absent.Id(), 1m)))
            .EnsureStatusAsync(HttpStatusCode.OK);
        await admin.ClassActionsAsync(setup.ClassId, "complete");
        await (await admin.AssessAsync(certified.Id())).EnsureStatusAsync(HttpStatusCode.OK);

        using var scope = Factory.Services.CreateScope();
        var reader = scope.ServiceProvider.GetRequiredService<ITrainingReader>();
        var outcome = await reader.GetClassOutcomeAsync(setup.ClassId, Ct);
        Assert.NotNull(outcome);
        Assert.Equal("Completed", outcome.Class.Status);
        Assert.Equal(800.50m, outcome.Class.TrainingSubsidyPerTrainee);
        Assert.Equal(300m, outcome.Class.CertificationSubsidyPerTrainee);
        Assert.Equal(new[] { certified.Id(), completed.Id() }.Order().ToArray(), outcome.Trainees.Select(t => t.EnrollmentId).Order().ToArray());
        Assert.True(outcome.Trainees.Single(t => t.EnrollmentId == certified.Id()).Certified);
        Assert.False(outcome.Trainees.Single(t => t.EnrollmentId == completed.Id()).Certified);
        Assert.Null(await reader.GetClassOutcomeAsync(Guid.NewGuid(), Ct));

        var completedClasses = await reader.ListCompletedClassesAsync(setup.ProviderId, includeSettled: false, Ct);
        Assert.Equal([setup.ClassId], completedClasses.Select(c => c.ClassId).ToArray());
        await admin.ClassActionsAsync(setup.ClassId, "settle");
        Assert.Empty(await reader.ListCompletedClassesAsync(setup.ProviderId, includeSettled: false, Ct));
        Assert.Single(await reader.ListCompletedClassesAsync(setup.ProviderId, includeSettled: true, Ct));
    }
}
