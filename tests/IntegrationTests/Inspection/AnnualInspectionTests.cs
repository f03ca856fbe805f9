using System.Net;
using System.Net.Http.Json;
using Jiafu.Contracts.Inspection;
using Jiafu.IntegrationTests.Infrastructure;
using Jiafu.IntegrationTests.Registry;
using Jiafu.Shared.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace Jiafu.IntegrationTests.Inspection;

/// <summary>Annual inspection (年检复核): campaign → outcomes → integrity record, revocation proposal → Registry; scope; escalation.</summary>
public sealed class AnnualInspectionTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private JiafuApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task Given_a_campaign_over_three_institutions_When_one_fails_and_the_proposal_is_confirmed_Then_it_is_revoked_and_leaves_the_directory()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institutions = await admin.CreateRecognisedInstitutionsAsync(3);
        var campaign = await admin.CreateCampaignAsync(InspectionTestApi.NextYear());
        Assert.True(campaign.GetProperty("taskCount").GetInt32() >= 3);

        var tasks = new List<Guid>();
        foreach (var institution in institutions)
        {
            tasks.Add((await admin.TaskForAsync(campaign.Id(), institution.Id)).Id());
        }

        await (await admin.RecordOutcomeAsync(tasks[0], "Passed")).EnsureStatusAsync(HttpStatusCode.OK);
        await (await admin.RecordOutcomeAsync(tasks[1], "Rectify", 0.8, rectifyBy: InspectionTestApi.Today.AddDays(30))).EnsureStatusAsync(HttpStatusCode.OK);
        var failed = await (await admin.RecordOutcomeAsync(tasks[2], "Failed", 0.4)).ReadJsonAsync();
        Assert.Equal("Failed", failed.GetProperty("status").GetString());
        Assert.Equal(40, failed.GetProperty("score").GetInt32());
        var final = await (await admin.RecordOutcomeAsync(tasks[2], "Passed")).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("outcome_final", final.Code());

        var progress = await admin.GetJsonAsync($"{InspectionTestApi.Base}/campaigns/{campaign.Id()}/progress");
        var street = progress.GetProperty("streets").EnumerateArray().Single(s => s.GetProperty("streetCode").GetString() == RegistryTestData.StreetA);
        Assert.Equal("少先路街道", street.GetProperty("streetName").GetString());
        Assert.True(street.GetProperty("counts").GetProperty("failed").GetInt32() >= 1);
        Assert.True(progress.GetProperty("done").GetInt32() >= 3);

        var target = institutions[2].Id;
        var proposal = await HttpAssertions.EventuallyAsync(
            () => admin.GetJsonAsync($"{InspectionTestApi.ProposalsUrl}?institutionId={target}"), p => p.GetProperty("total").GetInt32() == 1);
        var item = proposal.GetProperty("items")[0];
        Assert.Equal("Pending", item.GetProperty("status").GetString());
        Assert.Equal(tasks[2], item.GetProperty("inspectionTaskId").GetGuid());

        // 100 - 40 (不合格) = 60: class D, black list.
        var directoryBefore = await admin.GetJsonAsync($"/api/v1/registry/directory/institutions?search={Uri.EscapeDataString(institutions[2].Body.GetProperty("name").GetString()!)}");
        Assert.Equal(1, directoryBefore.GetProperty("total").GetInt32());
        Assert.Equal("D", directoryBefore.GetProperty("items")[0].GetProperty("creditClass").GetString());

        var confirmed = await (await admin.PostAsJsonAsync($"{InspectionTestApi.ProposalsUrl}/{item.Id()}/confirm", new { note = "确认撤销" }, Ct)).ReadJsonAsync();
        Assert.Equal("Confirmed", confirmed.GetProperty("status").GetString());
        Assert.Equal("Revoked", confirmed.GetProperty("institutionStatus").GetString());
        var revoked = await admin.GetInstitutionAsync(target);
        Assert.Equal("Revoked", revoked.GetProperty("status").GetString());
        Assert.Contains("年检不合格", revoked.GetProperty("statusReason").GetString());
        Assert.Equal("D", revoked.GetProperty("creditClass").GetString());
        var directoryAfter = await admin.GetJsonAsync($"/api/v1/registry/directory/institutions?search={Uri.EscapeDataString(institutions[2].Body.GetProperty("name").GetString()!)}");
        Assert.Equal(0, directoryAfter.GetProperty("total").GetInt32());

        var again = await (await admin.PostAsJsonAsync($"{InspectionTestApi.ProposalsUrl}/{item.Id()}/dismiss", new { note = "重复" }, Ct)).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("proposal_decided", again.Code());
        var others = await admin.GetJsonAsync($"{InspectionTestApi.ProposalsUrl}?institutionId={institutions[0].Id}");
        Assert.Equal(0, others.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Given_a_failed_inspection_event_delivered_twice_Then_registry_makes_one_proposal()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = (await admin.CreateRecognisedInstitutionsAsync(1))[0];
        var e = new InstitutionInspectionFailed(Guid.NewGuid(), Guid.NewGuid(), 2031, institution.Id, "测试机构", 35, "资质不全");

        await DeliverAsync(e);
        await DeliverAsync(e);
        await DeliverAsync(e with { Id = Guid.NewGuid() });

        var proposals = await admin.GetJsonAsync($"{InspectionTestApi.ProposalsUrl}?institutionId={institution.Id}");
        Assert.Equal(1, proposals.GetProperty("total").GetInt32());
        Assert.Equal(e.TaskId, proposals.GetProperty("items")[0].GetProperty("inspectionTaskId").GetGuid());
    }

    private async Task DeliverAsync(InstitutionInspectionFailed e)
    {
        using var scope = Factory.Services.CreateScope();
        foreach (var handler in scope.ServiceProvider.GetServices<IIntegrationEventHandler<InstitutionInspectionFailed>>())
        {
            await handler.HandleAsync(e, Ct);
        }
    }

    [Fact]
    public async Task Given_inspectors_and_a_street_officer_Then_each_sees_and_records_only_their_tasks()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var inA = (await admin.CreateRecognisedInstitutionsAsync(1, RegistryTestData.StreetA))[0];
        var inB = (await admin.CreateRecognisedInstitutionsAsync(1, RegistryTestData.StreetB))[0];
        var campaign = await admin.CreateCampaignAsync(InspectionTestApi.NextYear());
        var taskA = (await admin.TaskForAsync(campaign.Id(), inA.Id)).Id();
        var taskB = (await admin.TaskForAsync(campaign.Id(), inB.Id)).Id();
        var one = await admin.CreateScopedUserAsync("Inspector");
        var two = await admin.CreateScopedUserAsync("Inspector");
        var three = await admin.CreateScopedUserAsync("Inspector");
        var short1 = await (await admin.AssignAsync(taskA, one)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(short1.HasError("inspectors"));
        await (await admin.AssignAsync(taskA, one, two)).EnsureStatusAsync(HttpStatusCode.OK);
        await (await admin.AssignAsync(taskB, two, three)).EnsureStatusAsync(HttpStatusCode.OK);

        var inspector = await Factory.CreateSignedInClientAsync(one.UserName, one.Password);
        var mine = await inspector.GetJsonAsync($"{InspectionTestApi.Base}/tasks");
        Assert.Equal([taskA], mine.GetProperty("items").EnumerateArray().Select(t => t.Id()).ToArray());
        await inspector.GetTaskAsync(taskB, HttpStatusCode.NotFound);
        await (await inspector.RecordOutcomeAsync(taskB, "Passed", reader: admin)).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await inspector.RecordOutcomeAsync(taskA, "Passed")).EnsureStatusAsync(HttpStatusCode.OK);
        await (await inspector.PostAsJsonAsync($"{InspectionTestApi.Base}/campaigns", new { year = 2099, objectType = "Institution", templateId = Guid.NewGuid() }, Ct))
            .EnsureStatusAsync(HttpStatusCode.Forbidden);

        var streetOfficer = await Factory.CreateStreetOfficerClientAsync(admin, RegistryTestData.StreetB);
        var streetTasks = await streetOfficer.GetJsonAsync($"{InspectionTestApi.Base}/tasks?campaignId={campaign.Id()}");
        Assert.All(streetTasks.GetProperty("items").EnumerateArray(), t => Assert.Equal(RegistryTestData.StreetB, t.GetProperty("streetCode").GetString()));
        Assert.Contains(taskB, streetTasks.GetProperty("items").EnumerateArray().Select(t => t.Id()));
        await streetOfficer.GetTaskAsync(taskA, HttpStatusCode.NotFound);
        await (await streetOfficer.RecordOutcomeAsync(taskB, "Passed", reader: admin)).EnsureStatusAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Given_outcomes_Then_the_integrity_record_and_credit_class_follow_and_an_overdue_rectification_escalates()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institutions = await admin.CreateRecognisedInstitutionsAsync(2);
        var campaign = await admin.CreateCampaignAsync(InspectionTestApi.NextYear());
        var passed = (await admin.TaskForAsync(campaign.Id(), institutions[0].Id)).Id();
        var late = (await admin.TaskForAsync(campaign.Id(), institutions[1].Id)).Id();

        // 100 + 5 (合格) = 105: exactly the class-A threshold, with nothing negative → red list.
        await (await admin.RecordOutcomeAsync(passed, "Passed")).EnsureStatusAsync(HttpStatusCode.OK);
        var record = await admin.IntegrityAsync(institutions[0].Id);
        Assert.Equal("A", record.GetProperty("profile").GetProperty("creditClass").GetString());
        Assert.Equal(105, record.GetProperty("profile").GetProperty("score").GetInt32());
        Assert.True(record.GetProperty("profile").GetProperty("redList").GetBoolean());
        Assert.Equal("InspectionPassed", record.GetProperty("entries")[0].GetProperty("kind").GetString());

        // 100 - 10 (限期整改) = 90: exactly the class-B threshold; then overdue -20 = 70: exactly the class-C threshold.
        var rectifyBy = InspectionTestApi.Today.AddDays(-1);
        await (await admin.RecordOutcomeAsync(late, "Rectify", 0.7, inspectedOn: InspectionTestApi.Today.AddDays(-10), rectifyBy: rectifyBy))
            .EnsureStatusAsync(HttpStatusCode.OK);
        Assert.Equal("B", (await admin.IntegrityAsync(institutions[1].Id)).GetProperty("profile").GetProperty("creditClass").GetString());
        var escalated = await (await admin.PostAsync($"{InspectionTestApi.Base}/tasks/escalate-overdue", null, Ct)).ReadJsonAsync();
        Assert.Contains(late, escalated.GetProperty("taskIds").EnumerateArray().Select(t => t.GetGuid()));
        Assert.Equal("Escalated", (await admin.GetTaskAsync(late)).GetProperty("status").GetString());
        var lateRecord = await admin.IntegrityAsync(institutions[1].Id);
        Assert.Equal(70, lateRecord.GetProperty("profile").GetProperty("score").GetInt32());
        Assert.Equal("C", lateRecord.GetProperty("profile").GetProperty("creditClass").GetString());
        Assert.Equal("RectificationOverdue", lateRecord.GetProperty("entries")[0].GetProperty("kind").GetString());

        // One more point down (a complaint, -5) → 65: class D and the black list.
        await (await admin.PostAsJsonAsync($"{InspectionTestApi.Base}/integrity/{institutions[1].Id}/entries",
            new { kind = "Complaint", summary = "服务质量投诉属实" }, Ct)).EnsureStatusAsync(HttpStatusCode.Created);
        var black = await admin.GetJsonAsync($"{InspectionTestApi.Base}/integrity?list=black&search={Uri.EscapeDataString(institutions[1].Body.GetProperty("name").GetString()!)}");
        Assert.Equal("D", black.GetProperty("items")[0].GetProperty("creditClass").GetString());
    }

    [Fact]
    public async Task Given_bad_outcomes_Then_400s_name_the_field_and_a_second_campaign_for_the_year_is_409()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = (await admin.CreateRecognisedInstitutionsAsync(1))[0];
        var year = InspectionTestApi.NextYear();
        var campaign = await admin.CreateCampaignAsync(year);
        var task = await admin.GetTaskAsync((await admin.TaskForAsync(campaign.Id(), institution.Id)).Id());

        var noDate = await (await admin.RecordOutcomeAsync(task.Id(), "Rectify")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(noDate.HasError("rectifyBy"));
        var tooMany = await (await admin.RecordOutcomeAsync(task.Id(), "Passed", 2.0)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(tooMany.HasError("itemScores"));
        var missing = await (await admin.PostAsJsonAsync($"{InspectionTestApi.Base}/tasks/{task.Id()}/outcome", new
        {
            itemScores = new[] { new { itemId = task.GetProperty("items")[0].GetProperty("itemId").GetGuid(), points = 1 } },
            outcome = "Passed",
        }, Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(missing.HasError("itemScores"));

        var template = await admin.InstitutionTemplateAsync();
        var duplicate = await (await admin.PostAsJsonAsync($"{InspectionTestApi.Base}/campaigns", new { year, objectType = "Institution", templateId = template.Id() }, Ct))
            .ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("campaign_exists", duplicate.Code());
    }
}
