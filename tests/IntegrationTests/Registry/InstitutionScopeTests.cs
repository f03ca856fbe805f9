using System.Net;
using System.Net.Http.Json;
using Jiafu.IntegrationTests.Infrastructure;

namespace Jiafu.IntegrationTests.Registry;

/// <summary>Data scope on institutions: street officers, institution operators and bound API clients.</summary>
public sealed class InstitutionScopeTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private JiafuApiFactory Factory => fixture.Factory;

    private static string Marker() => "范围" + Guid.NewGuid().ToString("N")[..8];

    private static Guid[] Ids(System.Text.Json.JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToArray();

    [Fact]
    public async Task Given_a_street_officer_of_street_A_When_reading_street_B_Then_404_and_the_list_holds_only_street_A()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var marker = Marker();
        var inA = await admin.CreateInstitutionAsync(RegistryTestData.StreetA, name: $"{marker}A");
        var inB = await admin.CreateInstitutionAsync(RegistryTestData.StreetB, name: $"{marker}B");
        var officerA = await Factory.CreateStreetOfficerClientAsync(admin, RegistryTestData.StreetA);

        await officerA.GetInstitutionAsync(inA.Id);
        await (await officerA.GetAsync($"{RegistryTestData.InstitutionsUrl}/{inB.Id}", Ct)).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await officerA.GetAsync($"{RegistryTestData.InstitutionsUrl}/{inB.Id}/history", Ct)).ReadProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal([inA.Id], Ids(await officerA.GetJsonAsync($"{RegistryTestData.InstitutionsUrl}?search={marker}")));
        Assert.Empty(Ids(await officerA.GetJsonAsync($"{RegistryTestData.InstitutionsUrl}?search={marker}&streetCode={RegistryTestData.StreetB}")));
        var all = await officerA.GetJsonAsync($"{RegistryTestData.InstitutionsUrl}?pageSize=200");
        Assert.All(all.GetProperty("items").EnumerateArray(), i => Assert.Equal(RegistryTestData.StreetA, i.GetProperty("streetCode").GetString()));
    }

    [Fact]
    public async Task Given_a_street_officer_When_creating_in_another_street_Then_403_and_nothing_is_created()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var officerA = await Factory.CreateStreetOfficerClientAsync(admin, RegistryTestData.StreetA);
        var body = RegistryTestData.NewInstitutionBody(RegistryTestData.StreetB);

        var response = await officerA.PostAsJsonAsync(RegistryTestData.InstitutionsUrl, body, Ct);

        await response.ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(0, (await admin.GetJsonAsync($"{RegistryTestData.InstitutionsUrl}?search={body["creditCode"]}")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Given_a_street_officer_When_updating_Then_another_streets_institution_is_404_and_moving_out_is_403()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var officerA = await Factory.CreateStreetOfficerClientAsync(admin, RegistryTestData.StreetA);
        var own = await officerA.CreateInstitutionAsync(RegistryTestData.StreetA);
        var foreign = await admin.CreateInstitutionAsync(RegistryTestData.StreetB);

        var foreignPut = await officerA.SendWithIfMatchAsync(InstitutionUpdateTests.Put(foreign.Id, InstitutionUpdateTests.ProfileOf(foreign.Body)), foreign.ETag);
        var move = InstitutionUpdateTests.ProfileOf(own.Body);
        move["streetCode"] = RegistryTestData.StreetB;
        var movePut = await officerA.SendWithIfMatchAsync(InstitutionUpdateTests.Put(own.Id, move), own.ETag);

        await foreignPut.ReadProblemAsync(HttpStatusCode.NotFound);
        await movePut.ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(RegistryTestData.StreetA, (await admin.GetInstitutionAsync(own.Id)).GetProperty("streetCode").GetString());
    }

    [Fact]
    public async Task Given_an_institution_operator_When_reading_Then_only_their_institution_is_visible()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var own = await admin.CreateInstitutionAsync(RegistryTestData.StreetA);
        var neighbour = await admin.CreateInstitutionAsync(RegistryTestData.StreetA);
        var @operator = await Factory.CreateOperatorClientAsync(admin, own.Id);

        var list = await @operator.GetJsonAsync($"{RegistryTestData.InstitutionsUrl}?pageSize=200");

        Assert.Equal([own.Id], Ids(list));
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        Assert.Equal(own.CreditCode, (await @operator.GetInstitutionAsync(own.Id)).GetProperty("creditCode").GetString());
        await (await @operator.GetAsync($"{RegistryTestData.InstitutionsUrl}/{neighbour.Id}", Ct)).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await @operator.GetAsync($"{RegistryTestData.InstitutionsUrl}/{neighbour.Id}/history", Ct)).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_an_institution_operator_When_editing_Then_their_profile_may_change_but_not_its_street_nor_another_institution()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var own = await admin.CreateInstitutionAsync(RegistryTestData.StreetA);
        var neighbour = await admin.CreateInstitutionAsync(RegistryTestData.StreetA);
        var @operator = await Factory.CreateOperatorClientAsync(admin, own.Id);

        var profile = InstitutionUpdateTests.ProfileOf(own.Body);
        profile["address"] = "昆都仑区团结大街 8 号";
        profile["contactPhone"] = "13912345678";
        var edited = await (await @operator.SendWithIfMatchAsync(InstitutionUpdateTests.Put(own.Id, profile), own.ETag)).ReadJsonAsync();

        var move = InstitutionUpdateTests.ProfileOf(edited);
        move["streetCode"] = RegistryTestData.StreetB;
        var moveResponse = await @operator.SendWithIfMatchAsync(InstitutionUpdateTests.Put(own.Id, move), $"\"{edited.GetProperty("version").GetString()}\"");
        var foreignResponse = await @operator.SendWithIfMatchAsync(
            InstitutionUpdateTests.Put(neighbour.Id, InstitutionUpdateTests.ProfileOf(neighbour.Body)), neighbour.ETag);

        Assert.Equal("昆都仑区团结大街 8 号", edited.GetProperty("address").GetString());
        Assert.Equal("13912345678", edited.GetProperty("contactPhone").GetString());
        await moveResponse.ReadProblemAsync(HttpStatusCode.Forbidden);
        await foreignResponse.ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(RegistryTestData.StreetA, (await admin.GetInstitutionAsync(own.Id)).GetProperty("streetCode").GetString());
    }

    [Fact]
    public async Task Given_an_api_client_bound_to_institution_X_with_registry_read_When_listing_Then_only_X_is_listed()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var x = await admin.CreateInstitutionAsync();
        var y = await admin.CreateInstitutionAsync();
        var platform = await Factory.CreateApiClientForAsync(admin, [x.Id], "registry.read");

        var list = await platform.GetJsonAsync($"{RegistryTestData.InstitutionsUrl}?pageSize=200");

        Assert.Equal([x.Id], Ids(list));
        Assert.Equal(x.CreditCode, (await platform.GetInstitutionAsync(x.Id)).GetProperty("creditCode").GetString());
        await (await platform.GetAsync($"{RegistryTestData.InstitutionsUrl}/{y.Id}", Ct)).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_an_api_client_with_only_registry_read_When_writing_Then_403()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var x = await admin.CreateInstitutionAsync();
        var platform = await Factory.CreateApiClientForAsync(admin, [x.Id], "registry.read");

        var put = await platform.SendWithIfMatchAsync(InstitutionUpdateTests.Put(x.Id, InstitutionUpdateTests.ProfileOf(x.Body)), x.ETag);
        var apply = await platform.InstitutionActionAsync(x.Id, "apply-recognition");

        await put.ReadProblemAsync(HttpStatusCode.Forbidden);
        await apply.ReadProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Given_an_api_client_without_registry_scopes_When_listing_Then_403()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var x = await admin.CreateInstitutionAsync();
        var platform = await Factory.CreateApiClientForAsync(admin, [x.Id], IdentityTestApi.ProfileScope);

        var response = await platform.GetAsync(RegistryTestData.InstitutionsUrl, Ct);

        await response.ReadProblemAsync(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("Inspector")]
    [InlineData("Auditor")]
    public async Task Given_a_district_wide_read_only_role_When_reading_Then_every_street_is_visible_but_edits_are_403(string role)
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var inB = await admin.CreateInstitutionAsync(RegistryTestData.StreetB);
        var reader = await Factory.CreateRoleClientAsync(admin, role);

        await reader.GetInstitutionAsync(inB.Id);
        var put = await reader.SendWithIfMatchAsync(InstitutionUpdateTests.Put(inB.Id, InstitutionUpdateTests.ProfileOf(inB.Body)), inB.ETag);
        var apply = await reader.InstitutionActionAsync(inB.Id, "apply-recognition");

        await put.ReadProblemAsync(HttpStatusCode.Forbidden);
        await apply.ReadProblemAsync(HttpStatusCode.Forbidden);
    }
}
