using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jiafu.IntegrationTests.Infrastructure;

namespace Jiafu.IntegrationTests.Registry;

/// <summary>PUT /api/v1/registry/institutions/{id}: If-Match, validation, the immutable credit code.</summary>
public sealed class InstitutionUpdateTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private JiafuApiFactory Factory => fixture.Factory;

    /// <summary>The editable fields of an institution response, as a PUT body.</summary>
    internal static Dictionary<string, object?> ProfileOf(JsonElement institution) => new()
    {
        ["name"] = institution.GetProperty("name").GetString(),
        ["streetCode"] = institution.GetProperty("streetCode").GetString(),
        ["address"] = institution.GetProperty("address").GetString(),
        ["legalRepresentative"] = institution.GetProperty("legalRepresentative").GetString(),
        ["contactPhone"] = institution.GetProperty("contactPhone").GetString(),
        ["businessFormats"] = institution.GetProperty("businessFormats").Strings(),
        ["isAllianceMember"] = institution.GetProperty("isAllianceMember").GetBoolean(),
        ["allianceJoinedOn"] = institution.GetProperty("allianceJoinedOn").ValueKind == JsonValueKind.Null
            ? null : institution.GetProperty("allianceJoinedOn").GetString(),
    };

    internal static HttpRequestMessage Put(Guid id, object body) =>
        new(HttpMethod.Put, $"{RegistryTestData.InstitutionsUrl}/{id}") { Content = JsonContent.Create(body) };

    [Fact]
    public async Task Given_the_current_ETag_When_updating_Then_200_with_the_changes_and_a_new_ETag()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var created = await admin.CreateInstitutionAsync(RegistryTestData.StreetA);
        var profile = ProfileOf(created.Body);
        profile["name"] = "包头市新名字家政服务有限公司";
        profile["streetCode"] = RegistryTestData.StreetC;
        profile["businessFormats"] = new[] { "PatientEscort", "Housekeeping" };
        profile["isAllianceMember"] = true;
        profile["allianceJoinedOn"] = "2020-09-01";
        profile["creditCode"] = RegistryTestData.NewCreditCode();

        var response = await admin.SendWithIfMatchAsync(Put(created.Id, profile), created.ETag);

        var body = await response.ReadJsonAsync();
        Assert.Equal("包头市新名字家政服务有限公司", body.GetProperty("name").GetString());
        Assert.Equal(RegistryTestData.StreetC, body.GetProperty("streetCode").GetString());
        Assert.Equal("林荫路街道", body.GetProperty("streetName").GetString());
        Assert.Equal(["PatientEscort", "Housekeeping"], body.GetProperty("businessFormats").Strings());
        Assert.True(body.GetProperty("isAllianceMember").GetBoolean());
        Assert.Equal("2020-09-01", body.GetProperty("allianceJoinedOn").GetString());
        Assert.Equal(created.CreditCode, body.GetProperty("creditCode").GetString());
        Assert.NotEqual(created.ETag, response.Headers.ETag?.Tag);
        Assert.Equal($"\"{body.GetProperty("version").GetString()}\"", response.Headers.ETag?.Tag);
        Assert.True(body.GetProperty("updatedAt").GetDateTimeOffset() >= body.GetProperty("createdAt").GetDateTimeOffset());

        var stored = await admin.GetInstitutionAsync(created.Id);
        Assert.Equal(body.GetProperty("version").GetString(), stored.GetProperty("version").GetString());
        Assert.Equal(created.CreditCode, stored.GetProperty("creditCode").GetString());
    }

    [Fact]
    public async Task Given_a_stale_ETag_When_updating_Then_412_and_the_first_write_stands()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var created = await admin.CreateInstitutionAsync();
        var first = ProfileOf(created.Body);
        first["name"] = "第一次修改";
        await (await admin.SendWithIfMatchAsync(Put(created.Id, first), created.ETag)).EnsureStatusAsync(HttpStatusCode.OK);
        var second = ProfileOf(created.Body);
        second["name"] = "第二次修改";

        var response = await admin.SendWithIfMatchAsync(Put(created.Id, second), created.ETag);

        var problem = await response.ReadProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal("stale_version", problem.Code());
        Assert.Equal("第一次修改", (await admin.GetInstitutionAsync(created.Id)).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Given_no_If_Match_When_updating_Then_428()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var created = await admin.CreateInstitutionAsync();

        var response = await admin.SendAsync(Put(created.Id, ProfileOf(created.Body)), Ct);

        var problem = await response.ReadProblemAsync(HttpStatusCode.PreconditionRequired);
        Assert.Equal("if_match_required", problem.Code());
    }

    [Fact]
    public async Task Given_a_workflow_step_after_reading_When_updating_with_the_old_ETag_Then_412()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var created = await admin.CreateInstitutionAsync();
        await (await admin.InstitutionActionAsync(created.Id, "apply-recognition")).EnsureStatusAsync(HttpStatusCode.OK);

        var response = await admin.SendWithIfMatchAsync(Put(created.Id, ProfileOf(created.Body)), created.ETag);

        await response.ReadProblemAsync(HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task Given_invalid_fields_When_updating_Then_400_names_each()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var created = await admin.CreateInstitutionAsync();
        var profile = ProfileOf(created.Body);
        profile["streetCode"] = "999999999";
        profile["businessFormats"] = new[] { "Nope" };
        profile["contactPhone"] = "110";
        profile["name"] = new string('名', 201);

        var problem = await (await admin.SendWithIfMatchAsync(Put(created.Id, profile), created.ETag)).ReadProblemAsync(HttpStatusCode.BadRequest);

        foreach (var field in new[] { "streetCode", "businessFormats", "contactPhone", "name" })
        {
            Assert.True(problem.HasError(field), $"{field}: {problem}");
        }
    }

    [Fact]
    public async Task Given_an_unknown_id_When_updating_or_reading_Then_404()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var created = await admin.CreateInstitutionAsync();
        var id = Guid.NewGuid();

        await (await admin.SendWithIfMatchAsync(Put(id, ProfileOf(created.Body)), created.ETag)).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await admin.GetAsync($"{RegistryTestData.InstitutionsUrl}/{id}", Ct)).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_an_alliance_member_When_leaving_the_alliance_Then_the_join_date_is_cleared()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var created = await admin.CreateInstitutionAsync(isAllianceMember: true);
        var profile = ProfileOf(created.Body);
        profile["isAllianceMember"] = false;

        var body = await (await admin.SendWithIfMatchAsync(Put(created.Id, profile), created.ETag)).ReadJsonAsync();

        Assert.False(body.GetProperty("isAllianceMember").GetBoolean());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("allianceJoinedOn").ValueKind);
    }
}
