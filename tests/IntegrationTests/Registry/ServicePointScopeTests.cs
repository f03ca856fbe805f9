using System.Net;
using System.Net.Http.Json;
using Jiafu.IntegrationTests.Infrastructure;
using static Jiafu.IntegrationTests.Registry.ServicePointFilingTitleTestApi;

namespace Jiafu.IntegrationTests.Registry;

/// <summary>Stations under data scope: street officers, institution operators, API clients; review is district-only.</summary>
public sealed class ServicePointScopeTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private JiafuApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task Given_a_street_officer_of_another_street_When_reading_or_acting_on_a_station_Then_404_and_absent_from_lists()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync(RegistryTestData.StreetA);
        var id = (await admin.CreateServicePointAsync(institution.Id, RegistryTestData.StreetA)).GetProperty("id").GetGuid();
        var other = await Factory.CreateStreetOfficerClientAsync(admin, RegistryTestData.StreetB);

        await (await other.GetAsync($"{ServicePointsUrl}/{id}", Ct)).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await other.GetAsync($"{ServicePointsUrl}/{id}/history", Ct)).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await other.ServicePointActionAsync(id, "apply-recognition")).ReadProblemAsync(HttpStatusCode.NotFound);
        var list = await other.GetJsonAsync($"{ServicePointsUrl}?institutionId={institution.Id}");
        Assert.Equal(0, list.GetProperty("total").GetInt32());

        var own = await Factory.CreateStreetOfficerClientAsync(admin, RegistryTestData.StreetA);
        Assert.Equal(id, (await own.GetJsonAsync($"{ServicePointsUrl}/{id}")).GetProperty("id").GetGuid());
        var ownList = await own.GetJsonAsync($"{ServicePointsUrl}?pageSize=200");
        Assert.All(ownList.GetProperty("items").EnumerateArray(), i => Assert.Equal(RegistryTestData.StreetA, i.GetProperty("streetCode").GetString()));
    }

    [Fact]
    public async Task Given_a_street_officer_When_creating_stations_Then_own_street_201_other_street_403_other_streets_institution_400()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var ownInstitution = await admin.CreateInstitutionAsync(RegistryTestData.StreetC);
        var foreignInstitution = await admin.CreateInstitutionAsync(RegistryTestData.StreetB);
        var officer = await Factory.CreateStreetOfficerClientAsync(admin, RegistryTestData.StreetC);

        var created = await officer.PostAsJsonAsync(ServicePointsUrl, NewServicePointBody(ownInstitution.Id, RegistryTestData.StreetC), Ct);
        await created.EnsureStatusAsync(HttpStatusCode.Created);

        var otherStreet = await officer.PostAsJsonAsync(ServicePointsUrl, NewServicePointBody(ownInstitution.Id, RegistryTestData.StreetB), Ct);
        await otherStreet.ReadProblemAsync(HttpStatusCode.Forbidden);

        var foreignOperator = await officer.PostAsJsonAsync(ServicePointsUrl, NewServicePointBody(foreignInstitution.Id, RegistryTestData.StreetC), Ct);
        Assert.True((await foreignOperator.ReadProblemAsync(HttpStatusCode.BadRequest)).HasError("institutionId"));
    }

    [Fact]
    public async Task Given_a_street_officer_When_reviewing_a_station_of_their_street_Then_403_but_they_may_apply_for_recognition()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync(RegistryTestData.StreetA);
        await admin.RecogniseInstitutionAsync(institution.Id);
        var id = (await admin.CreateServicePointAsync(institution.Id, RegistryTestData.StreetA)).GetProperty("id").GetGuid();
        var officer = await Factory.CreateStreetOfficerClientAsync(admin, RegistryTestData.StreetA);

        var applied = await (await officer.ServicePointActionAsync(id, "apply-recognition")).ReadJsonAsync();
        Assert.Equal("PendingRecognition", applied.GetProperty("status").GetString());
        foreach (var action in new[] { "recognise", "reject", "suspend", "revoke", "restore" })
        {
            await (await officer.ServicePointActionAsync(id, action, "原因")).ReadProblemAsync(HttpStatusCode.Forbidden);
        }

        var district = await Factory.CreateRoleClientAsync(admin, "DistrictOfficer");
        Assert.Equal("Recognised", (await (await district.ServicePointActionAsync(id, "recognise")).ReadJsonAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Given_an_institution_operator_When_listing_and_creating_Then_only_their_institution_counts()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var mine = await admin.CreateInstitutionAsync(RegistryTestData.StreetB);
        var theirs = await admin.CreateInstitutionAsync(RegistryTestData.StreetB);
        var theirStation = (await admin.CreateServicePointAsync(theirs.Id, RegistryTestData.StreetB)).GetProperty("id").GetGuid();
        var operatorClient = await Factory.CreateOperatorClientAsync(admin, mine.Id);

        var created = await operatorClient.PostAsJsonAsync(ServicePointsUrl, NewServicePointBody(mine.Id, RegistryTestData.StreetB), Ct);
        var myStation = (await created.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var forTheirs = await operatorClient.PostAsJsonAsync(ServicePointsUrl, NewServicePointBody(theirs.Id, RegistryTestData.StreetB), Ct);
        Assert.True((await forTheirs.ReadProblemAsync(HttpStatusCode.BadRequest)).HasError("institutionId"));

        var list = await operatorClient.GetJsonAsync($"{ServicePointsUrl}?pageSize=200");
        Assert.Equal([myStation], list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToArray());
        await (await operatorClient.GetAsync($"{ServicePointsUrl}/{theirStation}", Ct)).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_an_api_client_bound_to_an_institution_When_reading_stations_Then_only_its_institutions_stations()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var bound = await admin.CreateInstitutionAsync();
        var other = await admin.CreateInstitutionAsync();
        var boundStation = (await admin.CreateServicePointAsync(bound.Id)).GetProperty("id").GetGuid();
        var otherStation = (await admin.CreateServicePointAsync(other.Id)).GetProperty("id").GetGuid();
        var platform = await Factory.CreateApiClientForAsync(admin, [bound.Id], "registry.read");

        var list = await platform.GetJsonAsync($"{ServicePointsUrl}?pageSize=200");
        Assert.Equal([boundStation], list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToArray());
        await (await platform.GetAsync($"{ServicePointsUrl}/{otherStation}", Ct)).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await platform.PostAsJsonAsync(ServicePointsUrl, NewServicePointBody(bound.Id), Ct)).ReadProblemAsync(HttpStatusCode.Forbidden);
    }
}
