using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jiafu.IntegrationTests.Infrastructure;
using Jiafu.IntegrationTests.Registry;

namespace Jiafu.IntegrationTests.Training;

/// <summary>Data scope (providers, street officers, district), the yearly target progress and the needs surveys.</summary>
public sealed class ScopeAndProgressTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private JiafuApiFactory Factory => fixture.Factory;

    private static Guid[] Ids(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(i => i.Id()).ToArray();

    [Fact]
    public async Task Given_two_providers_When_an_operator_works_Then_only_their_own_classes_exist_for_them()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var mine = await admin.CreateOpenClassAsync();
        var theirs = await admin.CreateOpenClassAsync();
        var theirSeat = await admin.EnrollAsync(theirs.ClassId);
        var provider = await Factory.CreateOperatorClientAsync(admin, mine.ProviderId);

        Assert.Equal([mine.ClassId], Ids(await provider.GetJsonAsync($"{TrainingTestApi.ClassesUrl}?pageSize=200")));
        Assert.Equal([mine.ProgrammeId], Ids(await provider.GetJsonAsync($"{TrainingTestApi.ProgrammesUrl}?pageSize=200")));
        await provider.GetClassAsync(theirs.ClassId, HttpStatusCode.NotFound);
        await provider.RosterAsync(theirs.ClassId, HttpStatusCode.NotFound);
        await (await provider.PostEnrollmentAsync(theirs.ClassId, TrainingTestApi.NewEnrollmentBody())).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await provider.ClassActionAsync(theirs.ClassId, "start")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await provider.PostAsJsonAsync($"{TrainingTestApi.EnrollmentsUrl}/{theirSeat.Id()}/withdraw", new { }, Ct)).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await provider.PostClassAsync(theirs.ProgrammeId)).ReadProblemAsync(HttpStatusCode.NotFound);

        var seat = await provider.EnrollAsync(mine.ClassId);
        await provider.ClassActionsAsync(mine.ClassId, "start");
        await (await provider.PutAttendanceAsync(mine.ClassId, TrainingTestApi.Today, (seat.Id(), 4m))).EnsureStatusAsync(HttpStatusCode.OK);
        await (await provider.PutAttendanceAsync(theirs.ClassId, TrainingTestApi.Today, (theirSeat.Id(), 4m))).ReadProblemAsync(HttpStatusCode.NotFound);
        var trainees = await provider.GetJsonAsync("/api/v1/training/trainees?pageSize=200");
        Assert.Equal([seat.GetProperty("traineeId").GetGuid()], Ids(trainees));
    }

    [Fact]
    public async Task Given_a_street_officer_When_reading_training_Then_they_see_their_streets_classes_and_trainees_and_change_nothing()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var street = RegistryTestData.StreetC;
        var heldHere = await admin.CreateOpenClassAsync(street: street);
        var heldElsewhere = await admin.CreateOpenClassAsync(street: RegistryTestData.StreetB);
        var notOurs = await admin.CreateOpenClassAsync(street: RegistryTestData.StreetB);
        var ours = await admin.EnrollAsync(heldElsewhere.ClassId, streetCode: street);
        var foreign = await admin.EnrollAsync(heldElsewhere.ClassId, streetCode: RegistryTestData.StreetB);
        await admin.EnrollAsync(notOurs.ClassId, streetCode: RegistryTestData.StreetB);
        var officer = await Factory.CreateStreetOfficerClientAsync(admin, street);

        var classes = Ids(await officer.GetJsonAsync($"{TrainingTestApi.ClassesUrl}?pageSize=200"));
        Assert.Contains(heldHere.ClassId, classes);
        Assert.Contains(heldElsewhere.ClassId, classes);
        Assert.DoesNotContain(notOurs.ClassId, classes);
        await officer.GetClassAsync(notOurs.ClassId, HttpStatusCode.NotFound);

        var roster = await officer.RosterAsync(heldElsewhere.ClassId);
        Assert.Equal([ours.Id()], roster.EnumerateArray().Select(e => e.Id()).ToArray());
        Assert.Equal(2, (await admin.RosterAsync(heldElsewhere.ClassId)).GetArrayLength());
        var trainees = Ids(await officer.GetJsonAsync("/api/v1/training/trainees?pageSize=200"));
        Assert.Contains(ours.GetProperty("traineeId").GetGuid(), trainees);
        Assert.DoesNotContain(foreign.GetProperty("traineeId").GetGuid(), trainees);

        await (await officer.PostEnrollmentAsync(heldHere.ClassId, TrainingTestApi.NewEnrollmentBody(streetCode: street))).ReadProblemAsync(HttpStatusCode.Forbidden);
        await (await officer.ClassActionAsync(heldHere.ClassId, "start")).ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(0, (await admin.GetClassAsync(heldHere.ClassId)).GetProperty("enrolled").GetInt32());
    }

    [Fact]
    public async Task Given_completions_When_reading_the_target_progress_Then_they_count_by_category_street_and_month_within_scope()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var street = RegistryTestData.StreetB;
        var officer = await Factory.CreateStreetOfficerClientAsync(admin, street);
        var before = await admin.GetJsonAsync("/api/v1/training/progress");
        var streetBefore = await officer.GetJsonAsync("/api/v1/training/progress");
        Assert.Equal(2000, before.GetProperty("target").GetInt32());

        var start = TrainingTestApi.Today.AddDays(-1);
        var setup = await admin.CreateOpenClassAsync(requiredHours: 2, start: start, end: start.AddDays(1));
        var a = await admin.EnrollAsync(setup.ClassId, streetCode: street);
        var b = await admin.EnrollAsync(setup.ClassId, streetCode: RegistryTestData.StreetA);
        var c = await admin.EnrollAsync(setup.ClassId, streetCode: street);
        await admin.ClassActionsAsync(setup.ClassId, "start");
        await (await admin.PutAttendanceAsync(setup.ClassId, start, (a.Id(), 2m), (b.Id(), 2m), (c.Id(), 1m))).EnsureStatusAsync(HttpStatusCode.OK);
        await admin.ClassActionsAsync(setup.ClassId, "complete");

        var after = await admin.GetJsonAsync("/api/v1/training/progress");
        Assert.Equal(before.GetProperty("trained").GetInt32() + 2, after.GetProperty("trained").GetInt32());
        int Count(JsonElement p, string list, string code) =>
            p.GetProperty(list).EnumerateArray().Single(x => x.GetProperty("code").GetString() == code).GetProperty("trained").GetInt32();
        Assert.Equal(Count(before, "byCategory", "PreJob") + 2, Count(after, "byCategory", "PreJob"));
        Assert.Equal(Count(before, "byStreet", street) + 1, Count(after, "byStreet", street));
        var month = TrainingTestApi.Today.Month;
        int Month(JsonElement p) => p.GetProperty("byMonth")[month - 1].GetProperty("trained").GetInt32();
        Assert.Equal(Month(before) + 2, Month(after));
        Assert.Equal(after.GetProperty("trained").GetInt32(), after.GetProperty("byMonth")[11].GetProperty("cumulative").GetInt32());

        var streetAfter = await officer.GetJsonAsync("/api/v1/training/progress");
        Assert.Equal(streetBefore.GetProperty("trained").GetInt32() + 1, streetAfter.GetProperty("trained").GetInt32());
        Assert.Equal([street], streetAfter.GetProperty("byStreet").EnumerateArray().Select(s => s.GetProperty("code").GetString()).ToArray());
    }

    [Fact]
    public async Task Given_needs_surveys_When_recorded_Then_street_officers_record_and_see_only_their_own_street()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var officer = await Factory.CreateStreetOfficerClientAsync(admin, RegistryTestData.StreetA);
        object Survey(string street) => new
        {
            streetCode = street, surveyedOn = TrainingTestApi.Today, respondentType = "Household", respondentCount = 120, willingCount = 45,
            categories = new[] { "FamilyEducation", "CookingTea" }, notes = "社区入户调查",
        };
        var own = await (await officer.PostAsJsonAsync("/api/v1/training/surveys", Survey(RegistryTestData.StreetA), Ct)).ReadJsonAsync(HttpStatusCode.Created);
        await (await officer.PostAsJsonAsync("/api/v1/training/surveys", Survey(RegistryTestData.StreetB), Ct)).ReadProblemAsync(HttpStatusCode.Forbidden);
        var other = await (await admin.PostAsJsonAsync("/api/v1/training/surveys", Survey(RegistryTestData.StreetB), Ct)).ReadJsonAsync(HttpStatusCode.Created);
        var bad = await admin.PostAsJsonAsync("/api/v1/training/surveys", new
        {
            streetCode = "1", surveyedOn = TrainingTestApi.Today.AddDays(1), respondentType = "Household", respondentCount = 10, willingCount = 11,
            categories = new[] { "Juggling" },
        }, Ct);
        var errors = (await bad.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors();
        foreach (var field in new[] { "streetCode", "surveyedOn", "willingCount", "categories" })
        {
            Assert.True(errors.TryGetProperty(field, out _), field);
        }

        var seen = Ids(await officer.GetJsonAsync("/api/v1/training/surveys?pageSize=200"));
        Assert.Contains(own.Id(), seen);
        Assert.DoesNotContain(other.Id(), seen);
        Assert.Contains(other.Id(), Ids(await admin.GetJsonAsync("/api/v1/training/surveys?pageSize=200")));
    }
}
