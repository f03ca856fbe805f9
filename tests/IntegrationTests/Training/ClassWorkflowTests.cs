using System.Net;
using System.Net.Http.Json;
using Jiafu.IntegrationTests.Infrastructure;
using Jiafu.IntegrationTests.Registry;

namespace Jiafu.IntegrationTests.Training;

/// <summary>Programmes and the class workflow: planned → open → in progress → completed → settled, or cancelled with a reason.</summary>
public sealed class ClassWorkflowTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private JiafuApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task Given_a_provider_When_creating_a_programme_Then_money_is_yuan_with_two_places_and_the_training_base_title_shows()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var provider = await admin.CreateInstitutionAsync();
        var plain = await admin.CreateProgrammeAsync(provider.Id);
        Assert.False(plain.GetProperty("providerIsTrainingBase").GetBoolean());
        var standard = plain.GetProperty("subsidyStandards")[0];
        Assert.Equal(800.50m, standard.GetProperty("trainingSubsidy").GetDecimal());
        Assert.Equal(300m, standard.GetProperty("certificationSubsidy").GetDecimal());
        Assert.Equal("岗前培训", plain.GetProperty("categoryName").GetString());

        await (await admin.PostAsJsonAsync($"{RegistryTestData.InstitutionsUrl}/{provider.Id}/titles",
            new { title = "TrainingDemonstrationBase", year = TrainingTestApi.Today.Year }, Ct)).EnsureStatusAsync(HttpStatusCode.Created);
        var reread = await admin.GetJsonAsync($"{TrainingTestApi.ProgrammesUrl}/{plain.Id()}");
        Assert.True(reread.GetProperty("providerIsTrainingBase").GetBoolean());

        var put = await admin.PutAsJsonAsync($"{TrainingTestApi.ProgrammesUrl}/{plain.Id()}/subsidy-standards/{TrainingTestApi.Today.Year + 1}",
            new { trainingSubsidy = 1000m, certificationSubsidy = 0.01m }, Ct);
        var updated = await put.ReadJsonAsync();
        Assert.Equal(2, updated.GetProperty("subsidyStandards").GetArrayLength());
        Assert.Equal(0.01m, updated.GetProperty("subsidyStandards")[1].GetProperty("certificationSubsidy").GetDecimal());

        var bad = await admin.PutAsJsonAsync($"{TrainingTestApi.ProgrammesUrl}/{plain.Id()}/subsidy-standards/{TrainingTestApi.Today.Year}",
            new { trainingSubsidy = 10.001m, certificationSubsidy = -1m }, Ct);
        var problem = await bad.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.Errors().TryGetProperty("trainingSubsidy", out _));
        Assert.True(problem.Errors().TryGetProperty("certificationSubsidy", out _));
    }

    [Fact]
    public async Task Given_bad_programme_input_When_creating_Then_400_names_the_fields()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var response = await admin.PostAsJsonAsync(TrainingTestApi.ProgrammesUrl, new
        {
            name = "",
            category = "Juggling",
            providerInstitutionId = Guid.NewGuid(),
            requiredHours = 0,
            activeFromYear = 2026,
            activeToYear = 2025,
        }, Ct);
        var errors = (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors();
        foreach (var field in new[] { "name", "category", "requiredHours", "activeToYear" })
        {
            Assert.True(errors.TryGetProperty(field, out _), field);
        }

        var unknownProvider = await admin.PostAsJsonAsync(TrainingTestApi.ProgrammesUrl, new
        {
            name = "烹饪茶艺专项培训", category = "CookingTea", providerInstitutionId = Guid.NewGuid(), requiredHours = 20, activeFromYear = 2026,
        }, Ct);
        Assert.True((await unknownProvider.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors().TryGetProperty("providerInstitutionId", out _));
    }

    [Fact]
    public async Task Given_a_class_When_walking_the_happy_path_Then_each_transition_moves_it_once()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var provider = await admin.CreateInstitutionAsync();
        var programme = await admin.CreateProgrammeAsync(provider.Id);
        var classId = await admin.CreateClassAsync(programme.Id());
        Assert.Equal("Planned", (await admin.GetClassAsync(classId)).GetProperty("status").GetString());

        foreach (var (action, status) in new[] { ("open", "Open"), ("start", "InProgress"), ("complete", "Completed"), ("settle", "Settled") })
        {
            var moved = await (await admin.ClassActionAsync(classId, action)).ReadJsonAsync();
            Assert.Equal(status, moved.GetProperty("status").GetString());
            var again = await admin.ClassActionAsync(classId, action);
            Assert.Equal("invalid_transition", (await again.ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString());
        }

        Assert.Equal("Settled", (await admin.GetClassAsync(classId)).GetProperty("status").GetString());
        await (await admin.ClassActionAsync(classId, "cancel", "太晚了")).ReadProblemAsync(HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("Planned", "start")]
    [InlineData("Planned", "complete")]
    [InlineData("Planned", "settle")]
    [InlineData("Open", "complete")]
    [InlineData("Open", "settle")]
    [InlineData("Open", "open")]
    [InlineData("InProgress", "open")]
    [InlineData("InProgress", "settle")]
    [InlineData("Completed", "start")]
    [InlineData("Completed", "cancel")]
    [InlineData("Cancelled", "open")]
    [InlineData("Cancelled", "cancel")]
    public async Task Given_a_class_in_a_state_When_an_action_does_not_apply_Then_409_and_the_state_is_unchanged(string state, string action)
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var provider = await admin.CreateInstitutionAsync();
        var programme = await admin.CreateProgrammeAsync(provider.Id);
        var classId = await admin.CreateClassAsync(programme.Id());
        string[] path = state switch
        {
            "Open" => ["open"],
            "InProgress" => ["open", "start"],
            "Completed" => ["open", "start", "complete"],
            _ => [],
        };
        await admin.ClassActionsAsync(classId, path);
        if (state == "Cancelled")
        {
            await (await admin.ClassActionAsync(classId, "cancel", "场地不可用")).EnsureStatusAsync(HttpStatusCode.OK);
        }

        var response = await admin.ClassActionAsync(classId, action, "原因");
        Assert.Equal("invalid_transition", (await response.ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString());
        Assert.Equal(state, (await admin.GetClassAsync(classId)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Given_an_open_class_When_cancelling_without_a_reason_Then_400_and_with_one_it_is_cancelled_with_the_reason()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var setup = await admin.CreateOpenClassAsync();
        var problem = await (await admin.ClassActionAsync(setup.ClassId, "cancel")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.Errors().TryGetProperty("reason", out _));
        Assert.Equal("Open", (await admin.GetClassAsync(setup.ClassId)).GetProperty("status").GetString());

        var cancelled = await (await admin.ClassActionAsync(setup.ClassId, "cancel", "报名人数不足")).ReadJsonAsync();
        Assert.Equal("Cancelled", cancelled.GetProperty("status").GetString());
        Assert.Equal("报名人数不足", cancelled.GetProperty("statusReason").GetString());
    }

    [Fact]
    public async Task Given_bad_class_input_When_creating_Then_400_for_dates_capacity_and_a_year_the_programme_does_not_run()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var provider = await admin.CreateInstitutionAsync();
        var programme = await admin.CreateProgrammeAsync(provider.Id);
        var response = await admin.PostClassAsync(programme.Id(), capacity: 0, start: TrainingTestApi.Today, end: TrainingTestApi.Today.AddDays(-1));
        var errors = (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors();
        Assert.True(errors.TryGetProperty("capacity", out _));
        Assert.True(errors.TryGetProperty("endDate", out _));

        var tooEarly = await admin.PostClassAsync(programme.Id(), start: new DateOnly(TrainingTestApi.Today.Year - 3, 3, 1));
        Assert.True((await tooEarly.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors().TryGetProperty("startDate", out _));
        await (await admin.PostClassAsync(Guid.NewGuid())).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_an_institution_operator_When_settling_or_creating_programmes_Then_403_but_they_run_their_own_class()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var setup = await admin.CreateOpenClassAsync();
        var provider = await Factory.CreateOperatorClientAsync(admin, setup.ProviderId);
        await provider.ClassActionsAsync(setup.ClassId, "start", "complete");
        await (await provider.ClassActionAsync(setup.ClassId, "settle")).ReadProblemAsync(HttpStatusCode.Forbidden);
        await (await provider.PostAsJsonAsync(TrainingTestApi.ProgrammesUrl, new { name = "x" }, Ct)).EnsureStatusAsync(HttpStatusCode.Forbidden);
        var own = await provider.CreateClassAsync(setup.ProgrammeId);
        Assert.Equal("Planned", (await provider.GetClassAsync(own)).GetProperty("status").GetString());
    }
}
