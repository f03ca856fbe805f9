using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jiafu.IntegrationTests.Infrastructure;

namespace Jiafu.IntegrationTests.Registry;

/// <summary>Data scope, the audited reveal of personal data, and moves between institutions.</summary>
public sealed class WorkerScopeTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private JiafuApiFactory Factory => fixture.Factory;

    private static HttpRequestMessage Put(Guid id, CreatedWorker worker) =>
        new(HttpMethod.Put, $"{WorkerTestApi.WorkersUrl}/{id}")
        {
            Content = JsonContent.Create(new
            {
                name = "改名",
                phone = worker.Phone,
                employmentType = "Flexible",
                jobTypes = new[] { "Cleaner" },
                identityVerified = false,
            }),
        };

    [Fact]
    public async Task Given_a_street_officer_of_A_When_working_with_street_B_workers_Then_they_are_invisible_and_cannot_be_created_moved_or_edited()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var inA = await admin.CreateInstitutionAsync(RegistryTestData.StreetA);
        var inB = await admin.CreateInstitutionAsync(RegistryTestData.StreetB);
        var prefix = WorkerTestApi.NewWorkerName("孙");
        var workerA = await admin.CreateWorkerAsync(inA.Id, prefix + "甲");
        var workerB = await admin.CreateWorkerAsync(inB.Id, prefix + "乙");
        var officerA = await Factory.CreateStreetOfficerClientAsync(admin, RegistryTestData.StreetA);

        var listed = await officerA.ListWorkersAsync($"search={prefix}");
        Assert.Equal([workerA.Id], listed.Ids());
        Assert.Empty((await officerA.ListWorkersAsync($"streetCode={RegistryTestData.StreetB}&search={prefix}")).Ids());
        Assert.Empty((await officerA.ListWorkersAsync($"search={workerB.IdNumber}")).Ids());
        await officerA.GetWorkerAsync(workerB.Id, HttpStatusCode.NotFound);
        await officerA.GetJsonAsync($"{WorkerTestApi.WorkersUrl}/{workerB.Id}/employments", HttpStatusCode.NotFound);
        await (await officerA.PostWorkerAsync(WorkerTestApi.NewWorkerBody(inB.Id))).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await officerA.MoveWorkerAsync(workerB.Id, inA.Id)).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await officerA.MoveWorkerAsync(workerA.Id, inB.Id)).ReadProblemAsync(HttpStatusCode.NotFound);
        var etagB = (await admin.GetAsync($"{WorkerTestApi.WorkersUrl}/{workerB.Id}", Ct)).Headers.ETag?.Tag;
        await (await officerA.SendWithIfMatchAsync(Put(workerB.Id, workerB), etagB)).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await officerA.RevealAsync(workerB.Id)).ReadProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal(inB.Id, (await admin.GetWorkerAsync(workerB.Id)).GetProperty("institutionId").GetGuid());
        var created = await officerA.CreateWorkerAsync(inA.Id);
        Assert.Equal(RegistryTestData.StreetA, created.Body.GetProperty("streetCode").GetString());
        await officerA.GetWorkerAsync(workerA.Id);
    }

    [Fact]
    public async Task Given_an_institution_operator_When_listing_reading_and_creating_Then_only_their_institutions_workers_count()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var own = await admin.CreateInstitutionAsync(RegistryTestData.StreetA);
        var neighbour = await admin.CreateInstitutionAsync(RegistryTestData.StreetA);
        var mine = await admin.CreateWorkerAsync(own.Id);
        var theirs = await admin.CreateWorkerAsync(neighbour.Id);
        var operatorClient = await Factory.CreateOperatorClientAsync(admin, own.Id);

        var all = await operatorClient.ListWorkersAsync("pageSize=200");
        Assert.Contains(mine.Id, all.Ids());
        Assert.DoesNotContain(theirs.Id, all.Ids());
        Assert.All(all.GetProperty("items").EnumerateArray(), i => Assert.Equal(own.Id, i.GetProperty("institutionId").GetGuid()));
        Assert.Empty((await operatorClient.ListWorkersAsync($"institutionId={neighbour.Id}")).Ids());
        await operatorClient.GetWorkerAsync(mine.Id);
        await operatorClient.GetWorkerAsync(theirs.Id, HttpStatusCode.NotFound);

        var created = await operatorClient.CreateWorkerAsync(own.Id);
        Assert.Equal(own.Id, created.Body.GetProperty("institutionId").GetGuid());
        await (await operatorClient.PostWorkerAsync(WorkerTestApi.NewWorkerBody(neighbour.Id))).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await operatorClient.MoveWorkerAsync(mine.Id, neighbour.Id)).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await operatorClient.RevealAsync(mine.Id)).ReadProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Given_an_institution_operator_When_claiming_identity_verification_Then_403_because_only_officers_verify()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var own = await admin.CreateInstitutionAsync();
        var operatorClient = await Factory.CreateOperatorClientAsync(admin, own.Id);
        var body = WorkerTestApi.NewWorkerBody(own.Id);
        body["identityVerified"] = true;

        await (await operatorClient.PostWorkerAsync(body)).ReadProblemAsync(HttpStatusCode.Forbidden);

        body["identityVerified"] = false;
        var worker = await operatorClient.CreateWorkerAsync(body);
        var request = new HttpRequestMessage(HttpMethod.Put, $"{WorkerTestApi.WorkersUrl}/{worker.Id}")
        {
            Content = JsonContent.Create(new { name = "王芳", phone = worker.Phone, employmentType = "EmployeeBased", jobTypes = new[] { "Cook" }, identityVerified = true }),
        };
        await (await operatorClient.SendWithIfMatchAsync(request, worker.ETag)).ReadProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Given_an_API_client_bound_to_X_When_reading_and_writing_workers_Then_only_Xs_workers_are_reachable()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var x = await admin.CreateInstitutionAsync();
        var y = await admin.CreateInstitutionAsync();
        var ofX = await admin.CreateWorkerAsync(x.Id);
        var ofY = await admin.CreateWorkerAsync(y.Id);
        var platform = await Factory.CreateApiClientForAsync(admin, [x.Id], "registry.read", "registry.write");

        var page = await platform.ListWorkersAsync("pageSize=200");
        Assert.Equal([ofX.Id], page.Ids());
        await platform.GetWorkerAsync(ofX.Id);
        await platform.GetWorkerAsync(ofY.Id, HttpStatusCode.NotFound);
        Assert.Empty((await platform.ListWorkersAsync($"search={ofY.IdNumber}")).Ids());
        var created = await platform.CreateWorkerAsync(x.Id);
        Assert.Equal(x.Id, created.Body.GetProperty("institutionId").GetGuid());
        await (await platform.PostWorkerAsync(WorkerTestApi.NewWorkerBody(y.Id))).ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Forbidden, (await platform.RevealAsync(ofX.Id)).StatusCode);

        var readOnly = await Factory.CreateApiClientForAsync(admin, [x.Id], "registry.read");
        Assert.Equal(HttpStatusCode.Forbidden, (await readOnly.PostWorkerAsync(WorkerTestApi.NewWorkerBody(x.Id))).StatusCode);
    }

    [Fact]
    public async Task Given_a_district_officer_When_revealing_Then_full_values_are_returned_and_the_audit_entry_names_the_worker_without_them()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync();
        var worker = await admin.CreateWorkerAsync(institution.Id);
        var officerUser = await admin.CreateScopedUserAsync("DistrictOfficer");
        var officer = await Factory.CreateSignedInClientAsync(officerUser.UserName, officerUser.Password);

        var response = await officer.RevealAsync(worker.Id);

        var revealed = await response.ReadJsonAsync();
        Assert.Equal(worker.IdNumber, revealed.GetProperty("idNumber").GetString());
        Assert.Equal(worker.Phone, revealed.GetProperty("phone").GetString());
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());

        var entry = await admin.FindAuditEntryAsync("action=RevealWorkerPersonalData",
            e => e.GetProperty("targetId").GetString() == worker.Id.ToString());
        Assert.NotNull(entry);
        Assert.Equal("Worker", entry.Value.GetProperty("targetType").GetString());
        Assert.Equal(officerUser.UserName, entry.Value.GetProperty("actor").GetString());
        Assert.Equal("registry", entry.Value.GetProperty("module").GetString());
        Assert.Equal("Succeeded", entry.Value.GetProperty("outcome").GetString());
        var raw = entry.Value.GetRawText();
        Assert.DoesNotContain(worker.IdNumber, raw);
        Assert.DoesNotContain(worker.Phone, raw);

        // The creation's own audit entry records the change with the personal data masked or redacted.
        var creation = await admin.FindAuditEntryAsync("action=CreateWorker", e => e.GetProperty("targetId").GetString() == worker.Id.ToString());
        Assert.NotNull(creation);
        Assert.DoesNotContain(worker.IdNumber, creation.Value.GetRawText());
        Assert.DoesNotContain(worker.Phone, creation.Value.GetRawText());
    }

    [Fact]
    public async Task Given_a_street_officer_When_revealing_a_worker_of_their_street_Then_allowed_and_audited()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync(RegistryTestData.StreetC);
        var worker = await admin.CreateWorkerAsync(institution.Id);
        var officer = await Factory.CreateStreetOfficerClientAsync(admin, RegistryTestData.StreetC);

        var revealed = await (await officer.RevealAsync(worker.Id)).ReadJsonAsync();

        Assert.Equal(worker.IdNumber, revealed.GetProperty("idNumber").GetString());
        Assert.NotNull(await admin.FindAuditEntryAsync("action=RevealWorkerPersonalData",
            e => e.GetProperty("targetId").GetString() == worker.Id.ToString()));
    }

    [Theory]
    [InlineData("Admin")]
    [InlineData("Auditor")]
    public async Task Given_a_role_without_the_reveal_permission_When_revealing_Then_403(string role)
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var worker = await admin.CreateWorkerAsync((await admin.CreateInstitutionAsync()).Id);
        var client = role == "Admin" ? admin : await Factory.CreateRoleClientAsync(admin, role);

        var response = await client.RevealAsync(worker.Id);

        var problem = await response.ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.DoesNotContain(worker.IdNumber, problem.ToString());
    }

    [Fact]
    public async Task Given_a_worker_When_moved_to_an_institution_in_another_street_Then_history_is_kept_and_the_scope_follows()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var from = await admin.CreateInstitutionAsync(RegistryTestData.StreetA);
        var to = await admin.CreateInstitutionAsync(RegistryTestData.StreetB);
        var worker = await admin.CreateWorkerAsync(from.Id, employmentType: "EmployeeBased");
        var today = WorkerTestApi.TodayInChina;
        var officerA = await Factory.CreateStreetOfficerClientAsync(admin, RegistryTestData.StreetA);
        var officerB = await Factory.CreateStreetOfficerClientAsync(admin, RegistryTestData.StreetB);
        await officerB.GetWorkerAsync(worker.Id, HttpStatusCode.NotFound);

        var response = await admin.MoveWorkerAsync(worker.Id, to.Id, today, "Flexible");

        var moved = await response.ReadJsonAsync();
        Assert.Equal(to.Id, moved.GetProperty("institutionId").GetGuid());
        Assert.Equal(to.Body.GetProperty("name").GetString(), moved.GetProperty("institutionName").GetString());
        Assert.Equal(RegistryTestData.StreetB, moved.GetProperty("streetCode").GetString());
        Assert.Equal("Flexible", moved.GetProperty("employmentType").GetString());
        Assert.NotEqual(worker.ETag, response.Headers.ETag?.Tag);

        var history = (await admin.GetJsonAsync($"{WorkerTestApi.WorkersUrl}/{worker.Id}/employments")).EnumerateArray().ToArray();
        Assert.Equal(2, history.Length);
        Assert.Equal(to.Id, history[0].GetProperty("institutionId").GetGuid());
        Assert.Equal(to.Body.GetProperty("name").GetString(), history[0].GetProperty("institutionName").GetString());
        Assert.Equal("Flexible", history[0].GetProperty("employmentType").GetString());
        Assert.Equal(today.ToString("yyyy-MM-dd"), history[0].GetProperty("startedOn").GetString());
        Assert.Equal(JsonValueKind.Null, history[0].GetProperty("endedOn").ValueKind);
        Assert.Equal(from.Id, history[1].GetProperty("institutionId").GetGuid());
        Assert.Equal("EmployeeBased", history[1].GetProperty("employmentType").GetString());
        Assert.Equal(today.ToString("yyyy-MM-dd"), history[1].GetProperty("endedOn").GetString());

        await officerB.GetWorkerAsync(worker.Id);
        await officerA.GetWorkerAsync(worker.Id, HttpStatusCode.NotFound);
        Assert.Contains(worker.Id, (await admin.ListWorkersAsync($"streetCode={RegistryTestData.StreetB}&institutionId={to.Id}")).Ids());
        Assert.Empty((await admin.ListWorkersAsync($"institutionId={from.Id}")).Ids());

        var entry = await admin.FindAuditEntryAsync("action=MoveWorker", e => e.GetProperty("targetId").GetString() == worker.Id.ToString());
        Assert.NotNull(entry);
    }

    [Fact]
    public async Task Given_a_move_to_the_same_institution_or_starting_before_the_current_employment_When_moving_Then_refused()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var from = await admin.CreateInstitutionAsync();
        var to = await admin.CreateInstitutionAsync();
        var worker = await admin.CreateWorkerAsync(from.Id);

        var same = await admin.MoveWorkerAsync(worker.Id, from.Id);
        Assert.True((await same.ReadProblemAsync(HttpStatusCode.Conflict)).HasError("institutionId"));

        var tooEarly = await admin.MoveWorkerAsync(worker.Id, to.Id, WorkerTestApi.TodayInChina.AddDays(-1));
        Assert.True((await tooEarly.ReadProblemAsync(HttpStatusCode.BadRequest)).HasError("startedOn"));

        var future = await admin.MoveWorkerAsync(worker.Id, to.Id, WorkerTestApi.TodayInChina.AddDays(2));
        Assert.True((await future.ReadProblemAsync(HttpStatusCode.BadRequest)).HasError("startedOn"));

        var unknown = await admin.MoveWorkerAsync(worker.Id, Guid.NewGuid());
        await unknown.ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Single((await admin.GetJsonAsync($"{WorkerTestApi.WorkersUrl}/{worker.Id}/employments")).EnumerateArray());
    }
}
