using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Jiafu.IntegrationTests.Infrastructure;
using Jiafu.IntegrationTests.Registry;

namespace Jiafu.IntegrationTests.Training;

/// <summary>Editing a programme (编辑培训项目) under If-Match; the hours are fixed once a class has started.</summary>
public sealed class ProgrammeEditTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object Body(Guid providerId, int hours, string name = "家政服务员技能提升", int from = 0, int? to = null) => new
    {
        name, category = "SkillUpgrade", providerInstitutionId = providerId, requiredHours = hours,
        activeFromYear = from == 0 ? TrainingTestApi.Today.Year - 1 : from, activeToYear = to, description = "改后说明",
    };

    private static async Task<(HttpResponseMessage Response, JsonElement? Json)> PutAsync(HttpClient client, Guid id, object body, string? etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"{TrainingTestApi.ProgrammesUrl}/{id}") { Content = JsonContent.Create(body) };
        if (etag is not null)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        }

        var response = await client.SendAsync(request, Ct);
        return (response, null);
    }

    private static async Task<string> ETagAsync(HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"{TrainingTestApi.ProgrammesUrl}/{id}", Ct);
        await response.EnsureStatusAsync(HttpStatusCode.OK);
        return response.Headers.ETag!.Tag;
    }

    [Fact]
    public async Task Given_a_programme_When_the_district_edits_it_with_the_current_etag_Then_every_field_changes_and_a_stale_etag_is_412()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var provider = await admin.CreateInstitutionAsync();
        var other = await admin.CreateInstitutionAsync();
        var id = (await admin.CreateProgrammeAsync(provider.Id, requiredHours: 40)).GetProperty("id").GetGuid();
        var etag = await ETagAsync(admin, id);

        var (missing, _) = await PutAsync(admin, id, Body(other.Id, 48), null);
        Assert.Equal((HttpStatusCode)428, missing.StatusCode);
        var (ok, _) = await PutAsync(admin, id, Body(other.Id, 48, to: TrainingTestApi.Today.Year + 1), etag);
        var edited = await ok.ReadJsonAsync();

        Assert.Equal("家政服务员技能提升", edited.GetProperty("name").GetString());
        Assert.Equal("SkillUpgrade", edited.GetProperty("category").GetString());
        Assert.Equal(other.Id, edited.GetProperty("providerInstitutionId").GetGuid());
        Assert.Equal(48, edited.GetProperty("requiredHours").GetInt32());
        Assert.Equal(TrainingTestApi.Today.Year + 1, edited.GetProperty("activeToYear").GetInt32());
        Assert.Equal(800.50m, edited.GetProperty("subsidyStandards")[0].GetProperty("trainingSubsidy").GetDecimal()); // untouched
        Assert.Equal($"\"{edited.GetProperty("version").GetString()}\"", ok.Headers.ETag!.Tag);

        var (stale, _) = await PutAsync(admin, id, Body(other.Id, 50), etag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        var bad = await (await PutAsync(admin, id, new { name = "", category = "Nope", providerInstitutionId = other.Id, requiredHours = 0, activeFromYear = 2020, activeToYear = 2019 },
            ok.Headers.ETag!.Tag)).Response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(bad.HasError("name") && bad.HasError("category") && bad.HasError("requiredHours") && bad.HasError("activeToYear"));

        // Only the district edits programmes.
        var street = await fixture.Factory.CreateStreetOfficerClientAsync(admin, RegistryTestData.StreetA);
        Assert.Equal(HttpStatusCode.Forbidden, (await PutAsync(street, id, Body(other.Id, 48), ok.Headers.ETag!.Tag)).Response.StatusCode);
    }

    [Fact]
    public async Task Given_a_class_that_has_started_When_the_hours_are_edited_Then_409_but_the_other_fields_may_still_change()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var setup = await admin.CreateOpenClassAsync(requiredHours: 40);
        var etag = await ETagAsync(admin, setup.ProgrammeId);

        // Before the start the hours may change; the start itself moves the programme's version.
        var (before, _) = await PutAsync(admin, setup.ProgrammeId, Body(setup.ProviderId, 42), etag);
        var afterEdit = before.Headers.ETag!.Tag;
        await before.EnsureStatusAsync(HttpStatusCode.OK);
        await admin.ClassActionsAsync(setup.ClassId, "start");
        var (staleAfterStart, _) = await PutAsync(admin, setup.ProgrammeId, Body(setup.ProviderId, 42, "改名"), afterEdit);
        Assert.Equal(HttpStatusCode.PreconditionFailed, staleAfterStart.StatusCode);

        etag = await ETagAsync(admin, setup.ProgrammeId);
        var locked = await (await PutAsync(admin, setup.ProgrammeId, Body(setup.ProviderId, 41), etag)).Response.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("hours_locked", locked.Code());
        Assert.True(locked.HasError("requiredHours"));
        Assert.Equal(42, (await admin.GetJsonAsync($"{TrainingTestApi.ProgrammesUrl}/{setup.ProgrammeId}")).GetProperty("requiredHours").GetInt32());

        var (renamed, _) = await PutAsync(admin, setup.ProgrammeId, Body(setup.ProviderId, 42, "改名后的项目"), etag);
        Assert.Equal("改名后的项目", (await renamed.ReadJsonAsync()).GetProperty("name").GetString());

        // The active years must still cover the class.
        var later = await (await PutAsync(admin, setup.ProgrammeId, Body(setup.ProviderId, 42, from: TrainingTestApi.Today.Year + 1), renamed.Headers.ETag!.Tag))
            .Response.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("classes_outside_years", later.Code());
    }
}
