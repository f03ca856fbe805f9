using System.Net;
using System.Net.Http.Json;
using Jiafu.IntegrationTests.Infrastructure;
using Jiafu.IntegrationTests.Registry;

namespace Jiafu.IntegrationTests.Training;

/// <summary>Enrollment (报名): seats counted by the database, overlapping classes, withdrawal, the link to the register.</summary>
public sealed class EnrollmentTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private JiafuApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task Given_30_seats_When_50_people_enroll_at_once_Then_exactly_30_are_enrolled_and_the_rest_get_409()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var setup = await admin.CreateOpenClassAsync(capacity: 30);
        var bodies = Enumerable.Range(0, 50).Select(_ => TrainingTestApi.NewEnrollmentBody()).ToList();

        var responses = await Task.WhenAll(bodies.Select(b => admin.PostEnrollmentAsync(setup.ClassId, b)));

        var statuses = responses.Select(r => r.StatusCode).ToList();
        Assert.Equal(30, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(20, statuses.Count(s => s == HttpStatusCode.Conflict));
        foreach (var refused in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
        {
            Assert.Equal("class_full", (await refused.ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString());
        }

        var cls = await admin.GetClassAsync(setup.ClassId);
        Assert.Equal(30, cls.GetProperty("enrolled").GetInt32());
        Assert.Equal(0, cls.GetProperty("seatsLeft").GetInt32());
        Assert.Equal(30, (await admin.RosterAsync(setup.ClassId)).GetArrayLength());
    }

    [Fact]
    public async Task Given_a_full_class_When_a_trainee_withdraws_Then_the_seat_is_free_for_the_next_person()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var setup = await admin.CreateOpenClassAsync(capacity: 2);
        var first = await admin.EnrollAsync(setup.ClassId);
        await admin.EnrollAsync(setup.ClassId);
        var full = await admin.PostEnrollmentAsync(setup.ClassId, TrainingTestApi.NewEnrollmentBody());
        Assert.Equal("class_full", (await full.ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString());

        var withdrawn = await (await admin.PostAsJsonAsync($"{TrainingTestApi.EnrollmentsUrl}/{first.Id()}/withdraw", new { reason = "个人原因" }, Ct))
            .ReadJsonAsync();
        Assert.Equal("Withdrawn", withdrawn.GetProperty("status").GetString());
        Assert.Equal(1, (await admin.GetClassAsync(setup.ClassId)).GetProperty("enrolled").GetInt32());
        await (await admin.PostAsJsonAsync($"{TrainingTestApi.EnrollmentsUrl}/{first.Id()}/withdraw", new { }, Ct))
            .ReadProblemAsync(HttpStatusCode.Conflict);

        await admin.EnrollAsync(setup.ClassId);
        Assert.Equal(2, (await admin.GetClassAsync(setup.ClassId)).GetProperty("enrolled").GetInt32());
        Assert.Equal(2, (await admin.RosterAsync(setup.ClassId)).GetArrayLength());
        Assert.Equal(3, (await admin.GetJsonAsync($"{TrainingTestApi.ClassesUrl}/{setup.ClassId}/enrollments?includeWithdrawn=true")).GetArrayLength());
    }

    [Fact]
    public async Task Given_a_person_in_a_class_When_enrolling_in_an_overlapping_class_Then_409_but_a_later_class_or_after_withdrawal_is_fine()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var start = TrainingTestApi.Today.AddDays(10);
        var first = await admin.CreateOpenClassAsync(start: start, end: start.AddDays(5));
        var overlapping = await admin.CreateOpenClassAsync(start: start.AddDays(5), end: start.AddDays(8));
        var later = await admin.CreateOpenClassAsync(start: start.AddDays(6), end: start.AddDays(8));
        var idNumber = RegistryTestData.NewIdNumber();
        var seat = await admin.EnrollAsync(first.ClassId, idNumber);

        var again = await admin.PostEnrollmentAsync(first.ClassId, TrainingTestApi.NewEnrollmentBody(idNumber));
        Assert.Equal("already_enrolled", (await again.ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString());
        var clash = await admin.PostEnrollmentAsync(overlapping.ClassId, TrainingTestApi.NewEnrollmentBody(idNumber));
        var problem = await clash.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("overlapping_class", problem.GetProperty("code").GetString());
        Assert.Equal(0, (await admin.GetClassAsync(overlapping.ClassId)).GetProperty("enrolled").GetInt32());

        await admin.EnrollAsync(later.ClassId, idNumber);
        await (await admin.PostAsJsonAsync($"{TrainingTestApi.EnrollmentsUrl}/{seat.Id()}/withdraw", new { }, Ct)).EnsureStatusAsync(HttpStatusCode.OK);
        await admin.EnrollAsync(overlapping.ClassId, RegistryTestData.NewIdNumber());
        var afterWithdrawal = await admin.PostEnrollmentAsync(overlapping.ClassId, TrainingTestApi.NewEnrollmentBody(idNumber));
        Assert.Equal("overlapping_class", (await afterWithdrawal.ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Given_a_registered_worker_When_enrolling_without_a_street_Then_the_seat_is_linked_to_the_worker_and_their_street()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var employer = await admin.CreateInstitutionAsync(RegistryTestData.StreetB);
        var worker = await admin.CreateWorkerAsync(employer.Id);
        var setup = await admin.CreateOpenClassAsync();

        var body = TrainingTestApi.NewEnrollmentBody(worker.IdNumber, category: "Employed", streetCode: null);
        var enrollment = await (await admin.PostEnrollmentAsync(setup.ClassId, body)).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(worker.Id, enrollment.GetProperty("registryWorkerId").GetGuid());
        Assert.Equal(RegistryTestData.StreetB, enrollment.GetProperty("streetCode").GetString());
        Assert.DoesNotContain(worker.IdNumber[6..14], enrollment.GetProperty("idNumberMasked").GetString());

        var stranger = TrainingTestApi.NewEnrollmentBody(streetCode: null);
        var problem = await (await admin.PostEnrollmentAsync(setup.ClassId, stranger)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.Errors().TryGetProperty("streetCode", out _));
    }

    [Fact]
    public async Task Given_bad_input_or_a_class_not_open_When_enrolling_Then_400_or_409_and_no_seat_is_taken()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var setup = await admin.CreateOpenClassAsync();
        var bad = TrainingTestApi.NewEnrollmentBody(idNumber: "150203199001011234", category: "Astronaut");
        bad["streetCode"] = "999";
        var errors = (await (await admin.PostEnrollmentAsync(setup.ClassId, bad)).ReadProblemAsync(HttpStatusCode.BadRequest)).Errors();
        Assert.True(errors.TryGetProperty("idNumber", out _));
        Assert.True(errors.TryGetProperty("category", out _));
        Assert.True(errors.TryGetProperty("streetCode", out _));

        var planned = await admin.CreateClassAsync(setup.ProgrammeId);
        var notOpen = await admin.PostEnrollmentAsync(planned, TrainingTestApi.NewEnrollmentBody());
        Assert.Equal("class_not_open", (await notOpen.ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString());
        Assert.Equal(0, (await admin.GetClassAsync(planned)).GetProperty("enrolled").GetInt32());
        await (await admin.PostEnrollmentAsync(Guid.NewGuid(), TrainingTestApi.NewEnrollmentBody())).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_a_cancelled_class_When_it_is_cancelled_Then_every_seat_is_freed_and_the_people_may_enroll_elsewhere()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var setup = await admin.CreateOpenClassAsync();
        var other = await admin.CreateOpenClassAsync();
        var idNumber = RegistryTestData.NewIdNumber();
        await admin.EnrollAsync(setup.ClassId, idNumber);
        await (await admin.ClassActionAsync(setup.ClassId, "cancel", "场地维修")).EnsureStatusAsync(HttpStatusCode.OK);
        Assert.Equal(0, (await admin.GetClassAsync(setup.ClassId)).GetProperty("enrolled").GetInt32());
        await admin.EnrollAsync(other.ClassId, idNumber);
    }
}
