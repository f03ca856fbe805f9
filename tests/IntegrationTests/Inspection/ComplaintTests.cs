using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jiafu.IntegrationTests.Infrastructure;
using Jiafu.IntegrationTests.Registry;

namespace Jiafu.IntegrationTests.Inspection;

/// <summary>Complaints (投诉) and field visits (实地走访): validation, scope, follow-up, closure into the integrity record, concurrency.</summary>
public sealed class ComplaintTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private const string Complaints = InspectionTestApi.Base + "/complaints";
    private const string Visits = InspectionTestApi.Base + "/field-visits";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private JiafuApiFactory Factory => fixture.Factory;

    private static string Day(int daysAgo) => InspectionTestApi.Today.AddDays(-daysAgo).ToString("yyyy-MM-dd");

    private static object ComplaintBody(Guid institutionId, string content = "服务人员迟到两小时且态度恶劣", string source = "Hotline12345", int daysAgo = 5) => new
    {
        institutionId,
        source,
        receivedOn = Day(daysAgo),
        content,
        workerName = "王某",
        serviceReference = "ORDER-" + Guid.NewGuid().ToString("N")[..8],
    };

    [Fact]
    public async Task Given_a_complaint_When_followed_up_and_closed_as_substantiated_Then_the_timeline_shows_it_and_the_integrity_record_counts_it()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = (await admin.CreateRecognisedInstitutionsAsync(1))[0];

        var created = await (await admin.PostAsJsonAsync(Complaints, ComplaintBody(institution.Id), Ct)).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("Open", created.GetProperty("status").GetString());
        Assert.Equal("Hotline12345", created.GetProperty("source").GetString());
        Assert.Equal(RegistryTestData.StreetA, created.GetProperty("streetCode").GetString());
        Assert.False(string.IsNullOrEmpty(created.GetProperty("handlingOfficer").GetString()));
        var id = created.Id();

        await (await admin.PostAsJsonAsync($"{Complaints}/{id}/follow-ups", new { actionOn = Day(3), action = "电话联系投诉人核实情况" }, Ct)).EnsureStatusAsync(HttpStatusCode.OK);
        var withTwo = await (await admin.PostAsJsonAsync($"{Complaints}/{id}/follow-ups", new { actionOn = Day(4), action = "约谈机构负责人" }, Ct)).ReadJsonAsync();
        var timeline = withTwo.GetProperty("followUps").EnumerateArray().Select(f => f.GetProperty("action").GetString()).ToArray();
        Assert.Equal(["约谈机构负责人", "电话联系投诉人核实情况"], timeline);

        var early = await (await admin.PostAsJsonAsync($"{Complaints}/{id}/follow-ups", new { actionOn = Day(30), action = "x" }, Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(early.HasError("actionOn"), early.ToString());

        var closed = await (await admin.PostAsJsonAsync($"{Complaints}/{id}/close", new { outcome = "Substantiated", conclusion = "经核实投诉属实，责令整改" }, Ct)).ReadJsonAsync();
        Assert.Equal("Closed", closed.GetProperty("status").GetString());
        Assert.Equal("Substantiated", closed.GetProperty("outcome").GetString());
        Assert.Equal(InspectionTestApi.Today.ToString("yyyy-MM-dd"), closed.GetProperty("closedOn").GetString());

        var record = await admin.IntegrityAsync(institution.Id);
        var entry = record.GetProperty("entries").EnumerateArray().Single();
        Assert.Equal("Complaint", entry.GetProperty("kind").GetString());
        Assert.Equal("Complaint", entry.GetProperty("sourceType").GetString());
        Assert.Equal(id, entry.GetProperty("sourceId").GetGuid());
        Assert.Equal(-5, entry.GetProperty("points").GetInt32());
        Assert.Equal(95, record.GetProperty("profile").GetProperty("score").GetInt32());
        Assert.Equal("B", record.GetProperty("profile").GetProperty("creditClass").GetString());

        var again = await (await admin.PostAsJsonAsync($"{Complaints}/{id}/close", new { outcome = "Unsubstantiated", conclusion = "重复" }, Ct)).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("complaint_closed", again.Code());
        var late = await (await admin.PostAsJsonAsync($"{Complaints}/{id}/follow-ups", new { actionOn = Day(0), action = "回访" }, Ct)).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("complaint_closed", late.Code());

        var detail = await admin.GetJsonAsync($"{Complaints}/{id}");
        Assert.Equal(2, detail.GetProperty("followUps").GetArrayLength());
        var page = await admin.GetJsonAsync($"{Complaints}?institutionId={institution.Id}&status=Closed&outcome=Substantiated");
        Assert.Equal(1, page.GetProperty("total").GetInt32());
        Assert.Equal(2, page.GetProperty("items")[0].GetProperty("followUpCount").GetInt32());
        Assert.Equal(0, (await admin.GetJsonAsync($"{Complaints}?institutionId={institution.Id}&status=Open")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Given_an_unsubstantiated_complaint_When_closed_Then_the_integrity_record_is_untouched()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = (await admin.CreateRecognisedInstitutionsAsync(1))[0];
        var id = (await (await admin.PostAsJsonAsync(Complaints, ComplaintBody(institution.Id, source: "WalkIn"), Ct)).ReadJsonAsync(HttpStatusCode.Created)).Id();
        var closed = await (await admin.PostAsJsonAsync($"{Complaints}/{id}/close", new { outcome = "Unsubstantiated", conclusion = "经核实不属实" }, Ct)).ReadJsonAsync();
        Assert.Equal("Unsubstantiated", closed.GetProperty("outcome").GetString());
        var record = await admin.IntegrityAsync(institution.Id);
        Assert.Equal(0, record.GetProperty("entries").GetArrayLength());
    }

    [Fact]
    public async Task Given_bad_input_When_registering_a_complaint_Then_400_names_the_field()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = (await admin.CreateRecognisedInstitutionsAsync(1))[0];
        async Task<JsonElement> Bad(object body) => await (await admin.PostAsJsonAsync(Complaints, body, Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.True((await Bad(new { institutionId = institution.Id, source = "Hotline12345", receivedOn = Day(-2), content = "x" })).HasError("receivedOn"));
        Assert.True((await Bad(new { institutionId = institution.Id, source = "Hotline12345", receivedOn = Day(1), content = "" })).HasError("content"));
        Assert.True((await Bad(new { institutionId = institution.Id, source = "Hotline12345", receivedOn = Day(1), content = new string('长', 2001) })).HasError("content"));
        var unknown = await (await admin.PostAsJsonAsync(Complaints, ComplaintBody(Guid.NewGuid()), Ct)).ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.NotNull(unknown.ToString());
        var id = (await (await admin.PostAsJsonAsync(Complaints, ComplaintBody(institution.Id), Ct)).ReadJsonAsync(HttpStatusCode.Created)).Id();
        var conclusion = await (await admin.PostAsJsonAsync($"{Complaints}/{id}/close", new { outcome = "Substantiated", conclusion = "" }, Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(conclusion.HasError("conclusion"));
        var future = await (await admin.PostAsJsonAsync($"{Complaints}/{id}/close", new { outcome = "Substantiated", closedOn = Day(-1), conclusion = "x" }, Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(future.HasError("closedOn"));
        var sort = await (await admin.GetAsync($"{Complaints}?sort=nope", Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(sort.HasError("sort"), sort.ToString());
    }

    [Fact]
    public async Task Given_a_worker_id_When_registering_a_complaint_or_visit_Then_it_must_be_a_worker_who_works_or_worked_there()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institutions = await admin.CreateRecognisedInstitutionsAsync(3);
        var (first, second, stranger) = (institutions[0], institutions[1], institutions[2]);
        var worker = await admin.CreateWorkerAsync(first.Id, name: "李师傅");
        await (await admin.MoveWorkerAsync(worker.Id, second.Id)).EnsureStatusAsync(HttpStatusCode.OK);

        // The former employer: the complaint may be about a service before the move; the register's name fills a blank name.
        var aboutFormer = new { institutionId = first.Id, workerId = worker.Id, source = "Platform", receivedOn = Day(2), content = "服务质量差" };
        var created = await (await admin.PostAsJsonAsync(Complaints, aboutFormer, Ct)).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(worker.Id, created.GetProperty("workerId").GetGuid());
        Assert.Equal("李师傅", created.GetProperty("workerName").GetString());
        var visit = await (await admin.PostAsJsonAsync(Visits,
            new { institutionId = second.Id, workerId = worker.Id, workerName = "李某", visitedOn = Day(1), visitors = "张三", findings = "持证上岗", followUpRequired = false }, Ct))
            .ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("李某", visit.GetProperty("workerName").GetString());

        foreach (var workerId in new[] { worker.Id, Guid.NewGuid() })
        {
            var complaint = await (await admin.PostAsJsonAsync(Complaints,
                new { institutionId = stranger.Id, workerId, source = "Platform", receivedOn = Day(2), content = "服务质量差" }, Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);
            Assert.True(complaint.HasError("workerId"), complaint.ToString());
            var fieldVisit = await (await admin.PostAsJsonAsync(Visits,
                new { institutionId = stranger.Id, workerId, visitedOn = Day(1), visitors = "张三", findings = "x", followUpRequired = false }, Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);
            Assert.True(fieldVisit.HasError("workerId"), fieldVisit.ToString());
        }

        Assert.Equal(0, (await admin.GetJsonAsync($"{Complaints}?institutionId={stranger.Id}")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Given_street_and_institution_scopes_When_reading_and_writing_complaints_Then_others_are_404_and_operators_cannot_write()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var inA = (await admin.CreateRecognisedInstitutionsAsync(1, RegistryTestData.StreetA))[0];
        var inB = (await admin.CreateRecognisedInstitutionsAsync(1, RegistryTestData.StreetB))[0];
        var streetA = await Factory.CreateStreetOfficerClientAsync(admin, RegistryTestData.StreetA);
        var operatorB = await Factory.CreateOperatorClientAsync(admin, inB.Id);

        var mine = await (await streetA.PostAsJsonAsync(Complaints, ComplaintBody(inA.Id), Ct)).ReadJsonAsync(HttpStatusCode.Created);
        await (await streetA.PostAsJsonAsync(Complaints, ComplaintBody(inB.Id), Ct)).EnsureStatusAsync(HttpStatusCode.NotFound);
        var other = await (await admin.PostAsJsonAsync(Complaints, ComplaintBody(inB.Id), Ct)).ReadJsonAsync(HttpStatusCode.Created);

        await streetA.GetJsonAsync($"{Complaints}/{other.Id()}", HttpStatusCode.NotFound);
        await (await streetA.PostAsJsonAsync($"{Complaints}/{other.Id()}/close", new { outcome = "Substantiated", conclusion = "x" }, Ct)).EnsureStatusAsync(HttpStatusCode.NotFound);
        var listA = await streetA.GetJsonAsync($"{Complaints}?pageSize=100");
        Assert.All(listA.GetProperty("items").EnumerateArray(), c => Assert.Equal(RegistryTestData.StreetA, c.GetProperty("streetCode").GetString()));
        Assert.Contains(listA.GetProperty("items").EnumerateArray(), c => c.Id() == mine.Id());

        var listB = await operatorB.GetJsonAsync($"{Complaints}?pageSize=100");
        Assert.Equal([other.Id()], listB.GetProperty("items").EnumerateArray().Select(c => c.Id()).ToArray());
        await operatorB.GetJsonAsync($"{Complaints}/{mine.Id()}", HttpStatusCode.NotFound);
        await (await operatorB.PostAsJsonAsync(Complaints, ComplaintBody(inB.Id), Ct)).EnsureStatusAsync(HttpStatusCode.Forbidden);
        await (await operatorB.PostAsJsonAsync($"{Complaints}/{other.Id()}/close", new { outcome = "Unsubstantiated", conclusion = "x" }, Ct)).EnsureStatusAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Given_N_parallel_substantiated_complaints_on_one_institution_When_closed_at_once_Then_N_entries_and_a_consistent_credit_class()
    {
        const int n = 8;
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = (await admin.CreateRecognisedInstitutionsAsync(1))[0];
        var ids = new List<Guid>();
        for (var i = 0; i < n; i++)
        {
            ids.Add((await (await admin.PostAsJsonAsync(Complaints, ComplaintBody(institution.Id, $"投诉 {i}"), Ct)).ReadJsonAsync(HttpStatusCode.Created)).Id());
        }

        var responses = await Task.WhenAll(ids.Select(async id =>
        {
            var client = await Factory.CreateSignedInClientAsync();
            return await client.PostAsJsonAsync($"{Complaints}/{id}/close", new { outcome = "Substantiated", conclusion = "属实" }, Ct);
        }));
        foreach (var response in responses)
        {
            await response.EnsureStatusAsync(HttpStatusCode.OK);
        }

        var record = await admin.IntegrityAsync(institution.Id);
        var entries = record.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(n, entries.Count);
        Assert.Equal(ids.OrderBy(i => i), entries.Select(e => e.GetProperty("sourceId").GetGuid()).OrderBy(i => i));
        var profile = record.GetProperty("profile");
        // 100 − 8 × 5 = 60: class D; the profile agrees with its entries.
        Assert.Equal(n, profile.GetProperty("entryCount").GetInt32());
        Assert.Equal(100 - 5 * n, profile.GetProperty("score").GetInt32());
        Assert.Equal("D", profile.GetProperty("creditClass").GetString());
        Assert.True(profile.GetProperty("blackList").GetBoolean());
    }

    [Fact]
    public async Task Given_a_field_visit_with_a_follow_up_When_it_is_done_Then_it_is_recorded_once_and_listed_by_state()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = (await admin.CreateRecognisedInstitutionsAsync(1))[0];
        var visit = await (await admin.PostAsJsonAsync(Visits, new
        {
            institutionId = institution.Id,
            visitedOn = Day(10),
            visitors = "张三, 李四",
            findings = "从业人员健康证过期两人",
            followUpRequired = true,
            followUpDue = Day(1),
        }, Ct)).ReadJsonAsync(HttpStatusCode.Created);
        Assert.True(visit.GetProperty("followUpOverdue").GetBoolean());
        var overdue = await admin.GetJsonAsync($"{Visits}?institutionId={institution.Id}&followUp=overdue");
        Assert.Equal(1, overdue.GetProperty("total").GetInt32());

        var done = await (await admin.PostAsJsonAsync($"{Visits}/{visit.Id()}/follow-up", new { note = "已补办健康证" }, Ct)).ReadJsonAsync();
        Assert.Equal(InspectionTestApi.Today.ToString("yyyy-MM-dd"), done.GetProperty("followUpDoneOn").GetString());
        Assert.False(done.GetProperty("followUpOverdue").GetBoolean());
        var twice = await (await admin.PostAsJsonAsync($"{Visits}/{visit.Id()}/follow-up", new { note = "again" }, Ct)).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("follow_up_done", twice.Code());
        Assert.Equal(1, (await admin.GetJsonAsync($"{Visits}?institutionId={institution.Id}&followUp=done")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await admin.GetJsonAsync($"{Visits}?institutionId={institution.Id}&followUp=pending")).GetProperty("total").GetInt32());

        var plain = await (await admin.PostAsJsonAsync(Visits, new
        {
            institutionId = institution.Id, visitedOn = Day(2), visitors = "张三", findings = "运营正常", followUpRequired = false,
        }, Ct)).ReadJsonAsync(HttpStatusCode.Created);
        var none = await (await admin.PostAsJsonAsync($"{Visits}/{plain.Id()}/follow-up", new { note = "x" }, Ct)).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("follow_up_not_required", none.Code());
        Assert.Equal(plain.Id(), (await admin.GetJsonAsync($"{Visits}/{plain.Id()}")).Id());
    }

    [Fact]
    public async Task Given_bad_field_visits_and_other_scopes_Then_400_names_the_field_and_others_are_404()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var inB = (await admin.CreateRecognisedInstitutionsAsync(1, RegistryTestData.StreetB))[0];
        async Task<JsonElement> Bad(object body) => await (await admin.PostAsJsonAsync(Visits, body, Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.True((await Bad(new { institutionId = inB.Id, visitedOn = Day(1), visitors = "张三", findings = "x", followUpRequired = true })).HasError("followUpDue"));
        Assert.True((await Bad(new { institutionId = inB.Id, visitedOn = Day(1), visitors = "张三", findings = "x", followUpRequired = false, followUpDue = Day(0) })).HasError("followUpDue"));
        Assert.True((await Bad(new { institutionId = inB.Id, visitedOn = Day(1), visitors = "张三", findings = "x", followUpRequired = true, followUpDue = Day(3) })).HasError("followUpDue"));
        Assert.True((await Bad(new { institutionId = inB.Id, visitedOn = Day(-1), visitors = "张三", findings = "x", followUpRequired = false })).HasError("visitedOn"));
        Assert.True((await Bad(new { institutionId = inB.Id, visitedOn = Day(1), visitors = "", findings = "x", followUpRequired = false })).HasError("visitors"));
        Assert.True((await (await admin.GetAsync($"{Visits}?followUp=later", Ct)).ReadProblemAsync(HttpStatusCode.BadRequest)).HasError("followUp"));

        var visit = await (await admin.PostAsJsonAsync(Visits, new { institutionId = inB.Id, visitedOn = Day(1), visitors = "张三", findings = "x", followUpRequired = false }, Ct))
            .ReadJsonAsync(HttpStatusCode.Created);
        var streetA = await Factory.CreateStreetOfficerClientAsync(admin, RegistryTestData.StreetA);
        await streetA.GetJsonAsync($"{Visits}/{visit.Id()}", HttpStatusCode.NotFound);
        await (await streetA.PostAsJsonAsync(Visits, new { institutionId = inB.Id, visitedOn = Day(1), visitors = "张三", findings = "x", followUpRequired = false }, Ct))
            .EnsureStatusAsync(HttpStatusCode.NotFound);
        var auditor = await Factory.CreateRoleClientAsync(admin, "Auditor");
        Assert.Equal(visit.Id(), (await auditor.GetJsonAsync($"{Visits}/{visit.Id()}")).Id());
        await (await auditor.PostAsJsonAsync(Visits, new { institutionId = inB.Id, visitedOn = Day(1), visitors = "张三", findings = "x", followUpRequired = false }, Ct))
            .EnsureStatusAsync(HttpStatusCode.Forbidden);
    }
}
