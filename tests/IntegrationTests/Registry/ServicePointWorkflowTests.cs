using System.Net;
using System.Net.Http.Json;
using Jiafu.IntegrationTests.Infrastructure;
using static Jiafu.IntegrationTests.Registry.ServicePointFilingTitleTestApi;

namespace Jiafu.IntegrationTests.Registry;

/// <summary>Stations and markets (社区家庭服务站/专业服务市场): create, edit, recognition workflow and its refusals.</summary>
public sealed class ServicePointWorkflowTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private JiafuApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task Given_a_valid_body_When_creating_a_station_Then_201_with_location_etag_and_five_unified_score()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync();

        var response = await admin.PostAsJsonAsync(ServicePointsUrl,
            NewServicePointBody(institution.Id, RegistryTestData.StreetB, "ServiceMarket", [true, false, true, false, true]), Ct);

        var json = await response.ReadJsonAsync(HttpStatusCode.Created);
        var id = json.GetProperty("id").GetGuid();
        Assert.Equal($"{ServicePointsUrl}/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal($"\"{json.GetProperty("version").GetString()}\"", response.Headers.ETag?.Tag);
        Assert.Equal("ServiceMarket", json.GetProperty("kind").GetString());
        Assert.Equal(institution.Id, json.GetProperty("institutionId").GetGuid());
        Assert.Equal(institution.Body.GetProperty("name").GetString(), json.GetProperty("institutionName").GetString());
        Assert.Equal("沼潭街道", json.GetProperty("streetName").GetString());
        Assert.Equal("Registered", json.GetProperty("status").GetString());
        Assert.Equal(3, json.GetProperty("fiveUnifiedScore").GetInt32());
        Assert.False(json.GetProperty("fiveUnifiedCompliant").GetBoolean());
        Assert.Equal(["unifiedDispatch", "unifiedPricing"], json.GetProperty("fiveUnifiedMissing").Strings());

        var fetched = await admin.GetAsync(response.Headers.Location, Ct);
        var stored = await fetched.ReadJsonAsync();
        Assert.Equal(response.Headers.ETag, fetched.Headers.ETag);
        Assert.False(stored.GetProperty("unifiedDispatch").GetBoolean());
        Assert.True(stored.GetProperty("unifiedServiceStandards").GetBoolean());
    }

    [Fact]
    public async Task Given_bad_fields_When_creating_a_station_Then_400_naming_each_field()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync();
        var body = NewServicePointBody(institution.Id, "999999999");
        body.Remove("kind");
        body["name"] = "";

        var problem = await (await admin.PostAsJsonAsync(ServicePointsUrl, body, Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.True(problem.HasError("streetCode"));
        Assert.True(problem.HasError("kind"));
        Assert.True(problem.HasError("name"));
    }

    [Fact]
    public async Task Given_an_unknown_operating_institution_When_creating_a_station_Then_400_on_institutionId()
    {
        var admin = await Factory.CreateSignedInClientAsync();

        var problem = await (await admin.PostAsJsonAsync(ServicePointsUrl, NewServicePointBody(Guid.NewGuid()), Ct))
            .ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.True(problem.HasError("institutionId"));
    }

    [Fact]
    public async Task Given_a_compliant_station_of_a_recognised_operator_When_walking_the_workflow_Then_each_step_holds_and_is_in_the_history()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync();
        await admin.RecogniseInstitutionAsync(institution.Id);
        var id = (await admin.CreateServicePointAsync(institution.Id)).GetProperty("id").GetGuid();

        var applied = await (await admin.ServicePointActionAsync(id, "apply-recognition")).ReadJsonAsync();
        Assert.Equal("PendingRecognition", applied.GetProperty("status").GetString());
        var recognised = await (await admin.ServicePointActionAsync(id, "recognise")).ReadJsonAsync();
        Assert.Equal("Recognised", recognised.GetProperty("status").GetString());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, recognised.GetProperty("recognisedAt").ValueKind);
        var suspended = await (await admin.ServicePointActionAsync(id, "suspend", "年检限期整改")).ReadJsonAsync();
        Assert.Equal("Suspended", suspended.GetProperty("status").GetString());
        Assert.Equal("年检限期整改", suspended.GetProperty("statusReason").GetString());
        Assert.Equal("Recognised", (await (await admin.ServicePointActionAsync(id, "restore", "整改完成")).ReadJsonAsync()).GetProperty("status").GetString());
        Assert.Equal("Revoked", (await (await admin.ServicePointActionAsync(id, "revoke", "严重违规")).ReadJsonAsync()).GetProperty("status").GetString());
        Assert.Equal("Recognised", (await (await admin.ServicePointActionAsync(id, "restore", "复核通过")).ReadJsonAsync()).GetProperty("status").GetString());

        var history = (await admin.GetJsonAsync($"{ServicePointsUrl}/{id}/history")).EnumerateArray().ToList();
        Assert.Equal(
            ["ApplyForRecognition", "Recognise", "Suspend", "Restore", "Revoke", "Restore"],
            history.Select(h => h.GetProperty("action").GetString()).Reverse().ToArray());
        var newest = history[0];
        Assert.Equal("Revoked", newest.GetProperty("fromStatus").GetString());
        Assert.Equal("Recognised", newest.GetProperty("toStatus").GetString());
        Assert.Equal("复核通过", newest.GetProperty("reason").GetString());
        Assert.Equal(JiafuApiFactory.AdminUserName, newest.GetProperty("changedBy").GetString());
    }

    [Fact]
    public async Task Given_a_pending_station_missing_five_unified_items_When_recognising_Then_409_naming_the_missing_ones()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync();
        await admin.RecogniseInstitutionAsync(institution.Id);
        var id = (await admin.CreateServicePointAsync(institution.Id, fiveUnified: [true, true, false, false, true])).GetProperty("id").GetGuid();
        await (await admin.ServicePointActionAsync(id, "apply-recognition")).EnsureStatusAsync(HttpStatusCode.OK);

        var problem = await (await admin.ServicePointActionAsync(id, "recognise")).ReadProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("five_unified_incomplete", problem.Code());
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("unifiedTraining", detail);
        Assert.Contains("unifiedPricing", detail);
        Assert.DoesNotContain("unifiedSignage", detail);
        Assert.DoesNotContain("unifiedDispatch", detail);
        Assert.Equal("PendingRecognition", (await admin.GetJsonAsync($"{ServicePointsUrl}/{id}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Given_the_missing_items_fixed_with_if_match_When_recognising_again_Then_recognised()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync();
        await admin.RecogniseInstitutionAsync(institution.Id);
        var id = (await admin.CreateServicePointAsync(institution.Id, fiveUnified: [true, true, true, true, false])).GetProperty("id").GetGuid();
        await (await admin.ServicePointActionAsync(id, "apply-recognition")).EnsureStatusAsync(HttpStatusCode.OK);
        await (await admin.ServicePointActionAsync(id, "recognise")).ReadProblemAsync(HttpStatusCode.Conflict);

        var current = await admin.GetAsync($"{ServicePointsUrl}/{id}", Ct);
        var body = NewServicePointBody(institution.Id);
        body.Remove("kind");
        body.Remove("institutionId");
        var updated = await admin.SendWithIfMatchAsync(
            new HttpRequestMessage(HttpMethod.Put, $"{ServicePointsUrl}/{id}") { Content = JsonContent.Create(body) }, current.Headers.ETag?.Tag);
        var json = await updated.ReadJsonAsync();
        Assert.Equal(5, json.GetProperty("fiveUnifiedScore").GetInt32());
        Assert.True(json.GetProperty("fiveUnifiedCompliant").GetBoolean());

        var recognised = await (await admin.ServicePointActionAsync(id, "recognise")).ReadJsonAsync();
        Assert.Equal("Recognised", recognised.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("Registered")]
    [InlineData("Rejected")]
    [InlineData("Suspended")]
    public async Task Given_an_operator_that_is_not_recognised_When_recognising_its_station_Then_409(string operatorStatus)
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync();
        switch (operatorStatus)
        {
            case "Rejected":
                await (await admin.InstitutionActionAsync(institution.Id, "apply-recognition")).EnsureStatusAsync(HttpStatusCode.OK);
                await (await admin.InstitutionActionAsync(institution.Id, "reject", "材料不全")).EnsureStatusAsync(HttpStatusCode.OK);
                break;
            case "Suspended":
                await admin.RecogniseInstitutionAsync(institution.Id);
                await (await admin.InstitutionActionAsync(institution.Id, "suspend", "限期整改")).EnsureStatusAsync(HttpStatusCode.OK);
                break;
        }

        Assert.Equal(operatorStatus, (await admin.GetInstitutionAsync(institution.Id)).GetProperty("status").GetString());
        var id = (await admin.CreateServicePointAsync(institution.Id)).GetProperty("id").GetGuid();
        await (await admin.ServicePointActionAsync(id, "apply-recognition")).EnsureStatusAsync(HttpStatusCode.OK);

        var problem = await (await admin.ServicePointActionAsync(id, "recognise")).ReadProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("operator_not_recognised", problem.Code());
        Assert.Contains(operatorStatus, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Given_a_pending_station_When_rejecting_without_then_with_a_reason_Then_400_then_rejected_and_it_may_apply_again()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync();
        var id = (await admin.CreateServicePointAsync(institution.Id)).GetProperty("id").GetGuid();
        await (await admin.ServicePointActionAsync(id, "apply-recognition")).EnsureStatusAsync(HttpStatusCode.OK);

        var missing = await (await admin.ServicePointActionAsync(id, "reject", "  ")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(missing.HasError("reason"));

        var rejected = await (await admin.ServicePointActionAsync(id, "reject", "场地不符合要求")).ReadJsonAsync();
        Assert.Equal("Rejected", rejected.GetProperty("status").GetString());
        Assert.Equal("场地不符合要求", rejected.GetProperty("statusReason").GetString());

        var again = await (await admin.ServicePointActionAsync(id, "apply-recognition")).ReadJsonAsync();
        Assert.Equal("PendingRecognition", again.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("suspend")]
    [InlineData("revoke")]
    [InlineData("restore")]
    public async Task Given_a_recognised_station_When_the_reason_is_missing_Then_400(string action)
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync();
        await admin.RecogniseInstitutionAsync(institution.Id);
        var id = (await admin.CreateServicePointAsync(institution.Id)).GetProperty("id").GetGuid();
        await (await admin.ServicePointActionAsync(id, "apply-recognition")).EnsureStatusAsync(HttpStatusCode.OK);
        await (await admin.ServicePointActionAsync(id, "recognise")).EnsureStatusAsync(HttpStatusCode.OK);
        if (action == "restore")
        {
            await (await admin.ServicePointActionAsync(id, "suspend", "整改")).EnsureStatusAsync(HttpStatusCode.OK);
        }

        var problem = await (await admin.ServicePointActionAsync(id, action)).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.True(problem.HasError("reason"));
    }

    [Theory]
    [InlineData("recognise", null)]
    [InlineData("reject", "原因")]
    [InlineData("suspend", "原因")]
    [InlineData("revoke", "原因")]
    [InlineData("restore", "原因")]
    public async Task Given_a_registered_station_When_an_action_does_not_apply_Then_409_invalid_transition(string action, string? reason)
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync();
        var id = (await admin.CreateServicePointAsync(institution.Id)).GetProperty("id").GetGuid();

        var problem = await (await admin.ServicePointActionAsync(id, action, reason)).ReadProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("invalid_transition", problem.Code());
        Assert.Empty((await admin.GetJsonAsync($"{ServicePointsUrl}/{id}/history")).EnumerateArray());
    }

    [Fact]
    public async Task Given_a_pending_station_When_applying_again_Then_409_invalid_transition()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync();
        var id = (await admin.CreateServicePointAsync(institution.Id)).GetProperty("id").GetGuid();
        await (await admin.ServicePointActionAsync(id, "apply-recognition")).EnsureStatusAsync(HttpStatusCode.OK);

        var problem = await (await admin.ServicePointActionAsync(id, "apply-recognition")).ReadProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("invalid_transition", problem.Code());
    }

    [Fact]
    public async Task Given_a_stale_if_match_When_acting_or_updating_Then_412_and_without_if_match_an_update_is_428()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync();
        var created = await admin.PostAsJsonAsync(ServicePointsUrl, NewServicePointBody(institution.Id), Ct);
        var id = (await created.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var staleTag = created.Headers.ETag?.Tag;
        await (await admin.ServicePointActionAsync(id, "apply-recognition")).EnsureStatusAsync(HttpStatusCode.OK);

        var staleAction = await admin.SendWithIfMatchAsync(
            new HttpRequestMessage(HttpMethod.Post, $"{ServicePointsUrl}/{id}/reject") { Content = JsonContent.Create(new { reason = "x" }) }, staleTag);
        await staleAction.ReadProblemAsync(HttpStatusCode.PreconditionFailed);

        var body = NewServicePointBody(institution.Id);
        var staleUpdate = await admin.SendWithIfMatchAsync(
            new HttpRequestMessage(HttpMethod.Put, $"{ServicePointsUrl}/{id}") { Content = JsonContent.Create(body) }, staleTag);
        await staleUpdate.ReadProblemAsync(HttpStatusCode.PreconditionFailed);

        var noIfMatch = await admin.PutAsJsonAsync($"{ServicePointsUrl}/{id}", body, Ct);
        await noIfMatch.ReadProblemAsync(HttpStatusCode.PreconditionRequired);
        Assert.Equal("PendingRecognition", (await admin.GetJsonAsync($"{ServicePointsUrl}/{id}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Given_stations_of_several_kinds_When_listing_with_filters_Then_only_matching_ones_with_their_scores()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync();
        var compliant = (await admin.CreateServicePointAsync(institution.Id, kind: "ServiceMarket")).GetProperty("id").GetGuid();
        var partial = (await admin.CreateServicePointAsync(institution.Id, fiveUnified: [false, false, true, true, false])).GetProperty("id").GetGuid();
        await (await admin.ServicePointActionAsync(partial, "apply-recognition")).EnsureStatusAsync(HttpStatusCode.OK);

        var all = await admin.GetJsonAsync($"{ServicePointsUrl}?institutionId={institution.Id}&sort=-createdAt");
        Assert.Equal(2, all.GetProperty("total").GetInt32());
        var items = all.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetGuid());
        Assert.Equal(5, items[compliant].GetProperty("fiveUnifiedScore").GetInt32());
        Assert.True(items[compliant].GetProperty("fiveUnifiedCompliant").GetBoolean());
        Assert.Equal(2, items[partial].GetProperty("fiveUnifiedScore").GetInt32());
        Assert.False(items[partial].GetProperty("fiveUnifiedCompliant").GetBoolean());

        Assert.Equal([compliant], Ids(await admin.GetJsonAsync($"{ServicePointsUrl}?institutionId={institution.Id}&kind=ServiceMarket")));
        Assert.Equal([partial], Ids(await admin.GetJsonAsync($"{ServicePointsUrl}?institutionId={institution.Id}&status=PendingRecognition")));
        Assert.Equal([compliant], Ids(await admin.GetJsonAsync($"{ServicePointsUrl}?institutionId={institution.Id}&fiveUnifiedCompliant=true")));
        Assert.Equal([partial], Ids(await admin.GetJsonAsync($"{ServicePointsUrl}?institutionId={institution.Id}&fiveUnifiedCompliant=false")));

        var badSort = await admin.GetAsync($"{ServicePointsUrl}?sort=secret", Ct);
        Assert.True((await badSort.ReadProblemAsync(HttpStatusCode.BadRequest)).HasError("sort"));
    }

    private static Guid[] Ids(System.Text.Json.JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToArray();
}
