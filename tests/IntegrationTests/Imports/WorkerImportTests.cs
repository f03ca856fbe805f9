using System.Net;
using System.Text;
using System.Text.Json;
using Jiafu.Contracts.Registry;
using Jiafu.IntegrationTests.Infrastructure;
using Jiafu.IntegrationTests.Registry;
using Jiafu.Registry.Data;
using Jiafu.Shared.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Jiafu.IntegrationTests.Imports;

/// <summary>The worker import on the default writer (SQLite prepared statements).</summary>
public sealed class WorkerImportTests(ApiFixture fixture) : WorkerImportScenarios(fixture.Factory), IClassFixture<ApiFixture>;

/// <summary>The same scenarios on the provider-neutral EF Core writer, the one SQL Server uses.</summary>
public sealed class WorkerImportEfCoreWriterTests(EfCoreWriterFixture fixture) : WorkerImportScenarios(fixture.Factory), IClassFixture<EfCoreWriterFixture>;

public sealed class EfCoreWriterFixture : IAsyncLifetime
{
    public JiafuApiFactory Factory { get; } = new(settings: new Dictionary<string, string?> { ["Imports:SqlitePreparedWriter"] = "false" });

    public ValueTask InitializeAsync()
    {
        _ = Factory.Server;
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}

public abstract class WorkerImportScenarios(JiafuApiFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Given_a_file_with_good_and_bad_rows_When_validated_Then_each_bad_row_is_reported_exactly_and_nothing_is_written()
    {
        var admin = await factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync();
        var goodId = RegistryTestData.NewIdNumber();
        var csv = string.Join('\n',
            ImportTestApi.Header,
            ImportTestApi.Row("王秀英", goodId, RegistryTestData.NewMobilePhone(), institution.CreditCode),
            ImportTestApi.Row("李桂兰", RegistryTestData.NewIdNumber()[..17] + "Z", RegistryTestData.NewMobilePhone(), institution.CreditCode),
            ImportTestApi.Row("张淑珍", RegistryTestData.NewIdNumber(), "12345", institution.CreditCode, employment: "全职"),
            ImportTestApi.Row("刘海燕", RegistryTestData.NewIdNumber(), RegistryTestData.NewMobilePhone(), institution.CreditCode, jobTypes: "家政服务员、养老护理员"));

        var job = await admin.WaitForJobAsync(await admin.SubmitCsvAsync(csv, "validate", bom: true));

        Assert.Equal(4, job.GetProperty("rowsRead").GetInt32());
        Assert.Equal(2, job.GetProperty("rowsValid").GetInt32());
        Assert.Equal(2, job.GetProperty("rowsInvalid").GetInt32());
        Assert.Equal(0, job.GetProperty("created").GetInt32());
        Assert.Equal([(2, "idNumber"), (3, "phone"), (3, "employmentType")], job.ErrorCells());
        Assert.Equal(0, await admin.CountWorkersAsync(institution.Id));
    }

    [Fact]
    public async Task Given_a_committed_file_When_it_is_posted_again_Then_it_is_recognised_and_nothing_is_duplicated()
    {
        var admin = await factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync();
        var csv = string.Join("\r\n",
            ImportTestApi.Header,
            ImportTestApi.Row("赵丽娟", RegistryTestData.NewIdNumber(), RegistryTestData.NewMobilePhone(), institution.CreditCode),
            ImportTestApi.Row("钱红霞", RegistryTestData.NewIdNumber(), RegistryTestData.NewMobilePhone(), institution.CreditCode, employment: "挂靠"),
            ImportTestApi.Row("孙建华", "not-an-id", RegistryTestData.NewMobilePhone(), institution.CreditCode));

        var first = await admin.WaitForJobAsync(await admin.SubmitCsvAsync(csv, "commit"));
        Assert.Equal(2, first.GetProperty("created").GetInt32());
        Assert.Equal(1, first.GetProperty("rowsInvalid").GetInt32());
        Assert.Equal(2, await admin.CountWorkersAsync(institution.Id));

        var again = await admin.WaitForJobAsync(await admin.SubmitCsvAsync(csv, "commit"));
        Assert.Equal(first.GetProperty("jobId").GetGuid(), again.GetProperty("duplicateOfJobId").GetGuid());
        Assert.Equal(0, again.GetProperty("created").GetInt32());
        Assert.Equal(2, await admin.CountWorkersAsync(institution.Id));

        var audit = await HttpAssertions.EventuallyAsync(
            async () => await (await admin.GetAsync($"/api/v1/identity/audit?action=CommitImport&targetId={first.GetProperty("jobId").GetGuid()}", Ct)).ReadJsonAsync(),
            a => a.GetProperty("total").GetInt32() == 1);
        Assert.Equal(1, audit.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Given_a_known_person_in_a_new_file_When_committed_Then_the_worker_is_updated_not_duplicated()
    {
        var admin = await factory.CreateSignedInClientAsync();
        var first = await admin.CreateInstitutionAsync();
        var second = await admin.CreateInstitutionAsync();
        var id = RegistryTestData.NewIdNumber();
        await admin.WaitForJobAsync(await admin.SubmitCsvAsync(
            ImportTestApi.Header + "\n" + ImportTestApi.Row("周春梅", id, RegistryTestData.NewMobilePhone(), first.CreditCode), "commit"));

        var moved = await admin.WaitForJobAsync(await admin.SubmitCsvAsync(
            ImportTestApi.Header + "\n" + ImportTestApi.Row("周春梅", id.ToLowerInvariant(), RegistryTestData.NewMobilePhone(), second.CreditCode), "commit"));

        Assert.Equal(0, moved.GetProperty("created").GetInt32());
        Assert.Equal(1, moved.GetProperty("updated").GetInt32());
        Assert.Equal(0, await admin.CountWorkersAsync(first.Id));
        Assert.Equal(1, await admin.CountWorkersAsync(second.Id));
    }

    [Fact]
    public async Task Given_a_committed_file_Then_each_new_worker_reads_back_whole_with_its_employment_and_one_event_lists_them_all()
    {
        var admin = await factory.CreateSignedInClientAsync();
        var first = await admin.CreateInstitutionAsync();
        var second = await admin.CreateInstitutionAsync();
        var id = RegistryTestData.NewIdNumber();
        var phone = RegistryTestData.NewMobilePhone();
        var csv = string.Join('\n', ImportTestApi.Header,
            ImportTestApi.Row("陈玉兰", id, phone, first.CreditCode, employment: "挂靠", jobTypes: "Housekeeper、Cook", healthCheck: "2026-03-15",
                insurance: "2027-01-31", verified: "是"),
            ImportTestApi.Row("林小红", RegistryTestData.NewIdNumber(), RegistryTestData.NewMobilePhone(), first.CreditCode, healthCheck: "", insurance: "", verified: ""));

        var job = await admin.WaitForJobAsync(await admin.SubmitCsvAsync(csv, "commit"));

        Assert.Equal(2, job.GetProperty("created").GetInt32());
        var items = (await (await admin.GetAsync($"/api/v1/registry/workers?institutionId={first.Id}&sort=name", Ct)).ReadJsonAsync()).GetProperty("items");
        var chen = items.EnumerateArray().Single(w => w.GetProperty("name").GetString() == "陈玉兰");
        var workerId = chen.GetProperty("id").GetGuid();
        var detail = await (await admin.GetAsync($"/api/v1/registry/workers/{workerId}", Ct)).ReadJsonAsync();
        Assert.Equal(id[..6] + "********" + id[^4..], detail.GetProperty("idNumberMasked").GetString());
        Assert.Equal(phone[..3] + "****" + phone[^4..], detail.GetProperty("phoneMasked").GetString());
        Assert.Equal($"{id[6..10]}-{id[10..12]}-{id[12..14]}", detail.GetProperty("birthDate").GetString());
        Assert.Equal(first.Id, detail.GetProperty("institutionId").GetGuid());
        Assert.Equal(first.StreetCode, detail.GetProperty("streetCode").GetString());
        Assert.Equal("Affiliated", detail.GetProperty("employmentType").GetString());
        Assert.Equal(["Housekeeper", "Cook"], detail.GetProperty("jobTypes").EnumerateArray().Select(j => j.GetString()));
        Assert.Equal("2026-03-15", detail.GetProperty("healthCheckDate").GetString());
        Assert.Equal("2027-03-15", detail.GetProperty("healthCheckValidUntil").GetString());
        Assert.Equal("2027-01-31", detail.GetProperty("accidentInsuranceValidUntil").GetString());
        Assert.True(detail.GetProperty("identityVerified").GetBoolean());
        Assert.False(detail.GetProperty("isRevoked").GetBoolean());
        var lin = items.EnumerateArray().Single(w => w.GetProperty("name").GetString() == "林小红");
        var linDetail = await (await admin.GetAsync($"/api/v1/registry/workers/{lin.GetProperty("id").GetGuid()}", Ct)).ReadJsonAsync();
        Assert.Equal(JsonValueKind.Null, linDetail.GetProperty("healthCheckDate").ValueKind);
        Assert.False(linDetail.GetProperty("identityVerified").GetBoolean());
        var employments = await (await admin.GetAsync($"/api/v1/registry/workers/{workerId}/employments", Ct)).ReadJsonAsync();
        Assert.Equal(first.Id, Assert.Single(employments.EnumerateArray()).GetProperty("institutionId").GetGuid());

        var jobId = job.GetProperty("jobId").GetGuid();
        var registered = await HttpAssertions.EventuallyAsync(() => RegisteredByImportAsync(jobId), m => m.Count == 1);
        var workers = JsonDocument.Parse(Assert.Single(registered).Payload).RootElement.GetProperty("workers");
        Assert.Equal(2, workers.GetArrayLength());
        var listed = workers.EnumerateArray().Single(w => w.GetProperty("workerId").GetGuid() == workerId);
        Assert.Equal(first.Id, listed.GetProperty("institutionId").GetGuid());
        Assert.Equal(64, listed.GetProperty("idNumberHash").GetString()!.Length);

        // The same person in a later file under another institution: updated and moved, the history kept.
        var moved = await admin.WaitForJobAsync(await admin.SubmitCsvAsync(
            ImportTestApi.Header + "\n" + ImportTestApi.Row("陈玉兰", id, phone, second.CreditCode, healthCheck: "", verified: ""), "commit"));

        Assert.Equal(1, moved.GetProperty("updated").GetInt32());
        var after = await (await admin.GetAsync($"/api/v1/registry/workers/{workerId}", Ct)).ReadJsonAsync();
        Assert.Equal(second.Id, after.GetProperty("institutionId").GetGuid());
        Assert.Equal("2026-03-15", after.GetProperty("healthCheckDate").GetString());
        Assert.True(after.GetProperty("identityVerified").GetBoolean());
        Assert.NotEqual(detail.GetProperty("version").GetString(), after.GetProperty("version").GetString());
        var history = (await (await admin.GetAsync($"/api/v1/registry/workers/{workerId}/employments", Ct)).ReadJsonAsync()).EnumerateArray().ToList();
        Assert.Equal(2, history.Count);
        Assert.Equal(JsonValueKind.Null, history.Single(e => e.GetProperty("institutionId").GetGuid() == second.Id).GetProperty("endedOn").ValueKind);
        Assert.NotEqual(JsonValueKind.Null, history.Single(e => e.GetProperty("institutionId").GetGuid() == first.Id).GetProperty("endedOn").ValueKind);
        Assert.Empty(await RegisteredByImportAsync(moved.GetProperty("jobId").GetGuid()));
    }

    [Fact]
    public async Task Given_a_write_that_fails_in_the_third_batch_When_committed_Then_the_job_fails_and_the_first_batches_are_rolled_back()
    {
        var admin = await factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync();
        const string refused = "拒写测试";
        using (var scope = factory.Services.CreateScope())
        {
            // Stands in for any failure of the database in the middle of the file (disk full, I/O error, …).
            await scope.ServiceProvider.GetRequiredService<RegistryDbContext>().Database.ExecuteSqlRawAsync(
                $"CREATE TRIGGER IF NOT EXISTS refuse_test_worker BEFORE INSERT ON Workers WHEN NEW.Name = '{refused}' "
                + "BEGIN SELECT RAISE(ABORT, 'refused by test'); END", Ct);
        }

        var people = Enumerable.Range(0, 2500).Select(i => (Name: $"回滚{i}", Id: RegistryTestData.NewIdNumber())).ToArray();
        string File(bool withRefusedRow) => ImportTestApi.Header + "\n" + string.Join('\n', people.Select((p, i) =>
            ImportTestApi.Row(withRefusedRow && i == 2200 ? refused : p.Name, p.Id, RegistryTestData.NewMobilePhone(), institution.CreditCode)));

        var accepted = await admin.SubmitCsvAsync(File(withRefusedRow: true), "commit");
        var failed = await HttpAssertions.EventuallyAsync(
            async () => await (await admin.GetAsync(accepted.GetProperty("statusUrl").GetString(), Ct)).ReadJsonAsync(),
            j => j.GetProperty("state").GetString() is "Completed" or "Failed", TimeSpan.FromSeconds(60));

        Assert.Equal("Failed", failed.GetProperty("state").GetString());
        Assert.False(string.IsNullOrEmpty(failed.GetProperty("failureReason").GetString()));
        Assert.Equal(0, await admin.CountWorkersAsync(institution.Id));
        Assert.Empty(await RegisteredByImportAsync(failed.GetProperty("jobId").GetGuid()));

        var retried = await admin.WaitForJobAsync(await admin.SubmitCsvAsync(File(withRefusedRow: false), "commit"));
        Assert.Equal(2500, retried.GetProperty("created").GetInt32());
        Assert.Equal(0, retried.GetProperty("updated").GetInt32());
        Assert.Equal(2500, await admin.CountWorkersAsync(institution.Id));
    }

    private async Task<List<OutboxMessage>> RegisteredByImportAsync(Guid jobId)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        var type = typeof(WorkersRegistered).FullName!;
        var job = jobId.ToString();
        return await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Type == type && m.Payload.Contains(job)).ToListAsync(Ct);
    }

    [Fact]
    public async Task Given_two_overlapping_files_committed_at_once_Then_no_person_is_registered_twice()
    {
        var admin = await factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync();
        var people = Enumerable.Range(0, 30).Select(i => (Name: $"测试{i}", Id: RegistryTestData.NewIdNumber())).ToArray();
        string File(IEnumerable<(string Name, string Id)> rows) => ImportTestApi.Header + "\n" + string.Join('\n',
            rows.Select(p => ImportTestApi.Row(p.Name, p.Id, RegistryTestData.NewMobilePhone(), institution.CreditCode)));

        var submitted = await Task.WhenAll(
            admin.SubmitCsvAsync(File(people[..20]), "commit"),
            admin.SubmitCsvAsync(File(people[10..]), "commit"));
        var jobs = await Task.WhenAll(submitted.Select(admin.WaitForJobAsync));

        Assert.Equal(30, jobs.Sum(j => j.GetProperty("created").GetInt32()));
        Assert.Equal(10, jobs.Sum(j => j.GetProperty("updated").GetInt32()));
        Assert.Equal(30, await admin.CountWorkersAsync(institution.Id));
    }

    [Fact]
    public async Task Given_Chinese_headers_in_a_GB18030_file_When_committed_Then_the_rows_are_read()
    {
        var admin = await factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync();
        var csv = "姓名,身份证号码,手机号码,所属机构统一社会信用代码,用工形式,工种\n"
            + $"吴美玲,{RegistryTestData.NewIdNumber()},{RegistryTestData.NewMobilePhone()},{institution.CreditCode},灵活就业,母婴护理员（月嫂）\n";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        var job = await admin.WaitForJobAsync(await admin.SubmitCsvAsync(csv, "commit", encoding: Encoding.GetEncoding("GB18030")));

        Assert.Equal(1, job.GetProperty("created").GetInt32());
        var workers = await (await admin.GetAsync($"/api/v1/registry/workers?institutionId={institution.Id}", Ct)).ReadJsonAsync();
        Assert.Equal("吴美玲", workers.GetProperty("items")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Given_an_xlsx_or_a_json_file_When_committed_Then_the_rows_are_read()
    {
        var admin = await factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync();
        using var xlsx = new MemoryStream();
        MiniExcel.SaveAs(xlsx, new[]
        {
            new Dictionary<string, object?>
            {
                ["姓名"] = "郑慧敏", ["身份证号码"] = RegistryTestData.NewIdNumber(), ["手机号码"] = RegistryTestData.NewMobilePhone(),
                ["所属机构统一社会信用代码"] = institution.CreditCode, ["用工形式"] = "员工制", ["工种"] = "Housekeeper",
                ["体检日期"] = new DateTime(2026, 5, 1),
            },
        });
        var json = $$"""
            [{ "name": "冯静", "idNumber": "{{RegistryTestData.NewIdNumber()}}", "phone": "{{RegistryTestData.NewMobilePhone()}}",
               "institutionCreditCode": "{{institution.CreditCode}}", "employmentType": "Flexible", "jobTypes": ["Cleaner", "Cook"] }]
            """;

        var fromXlsx = await admin.WaitForJobAsync(await admin.SubmitAsync(xlsx.ToArray(),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "commit"));
        var fromJson = await admin.WaitForJobAsync(await admin.SubmitAsync(Encoding.UTF8.GetBytes(json), "application/json", "commit"));

        Assert.Equal(1, fromXlsx.GetProperty("created").GetInt32());
        Assert.Equal(1, fromJson.GetProperty("created").GetInt32());
        Assert.Equal(2, await admin.CountWorkersAsync(institution.Id));
    }

    [Fact]
    public async Task Given_an_unreadable_file_or_missing_columns_Then_the_upload_is_refused_with_a_400()
    {
        var admin = await factory.CreateSignedInClientAsync();

        var corrupt = await admin.SubmitAsync([(byte)'P', (byte)'K', 3, 4, 1, 2, 3, 4, 5, 6], "application/octet-stream", "validate", HttpStatusCode.BadRequest);
        var missing = await admin.SubmitCsvAsync("name,phone\n张三,13900000000\n", "validate", HttpStatusCode.BadRequest);
        var empty = await admin.SubmitAsync([], "text/csv", "validate", HttpStatusCode.BadRequest);
        var badMode = await admin.SubmitCsvAsync(ImportTestApi.Header + "\n", "later", HttpStatusCode.BadRequest);

        Assert.True(corrupt.GetProperty("errors").TryGetProperty("file", out _));
        Assert.Contains("idNumber", missing.GetProperty("errors").GetProperty("file")[0].GetString());
        Assert.True(empty.GetProperty("errors").TryGetProperty("file", out _));
        Assert.True(badMode.GetProperty("errors").TryGetProperty("mode", out _));
    }

    [Fact]
    public async Task Given_a_street_officer_When_a_row_names_another_streets_institution_Then_that_row_is_refused()
    {
        var admin = await factory.CreateSignedInClientAsync();
        var own = await admin.CreateInstitutionAsync(streetCode: RegistryTestData.StreetA);
        var other = await admin.CreateInstitutionAsync(streetCode: RegistryTestData.StreetB);
        var officer = await factory.CreateStreetOfficerClientAsync(admin, RegistryTestData.StreetA);
        var csv = string.Join('\n', ImportTestApi.Header,
            ImportTestApi.Row("甲", RegistryTestData.NewIdNumber(), RegistryTestData.NewMobilePhone(), own.CreditCode),
            ImportTestApi.Row("乙", RegistryTestData.NewIdNumber(), RegistryTestData.NewMobilePhone(), other.CreditCode));

        var job = await officer.WaitForJobAsync(await officer.SubmitCsvAsync(csv, "commit"));

        Assert.Equal(1, job.GetProperty("created").GetInt32());
        Assert.Equal([(2, "institutionCreditCode")], job.ErrorCells());
        Assert.Equal(0, await admin.CountWorkersAsync(other.Id));
        var auditor = await factory.CreateRoleClientAsync(admin, "Auditor");
        var jobId = job.GetProperty("jobId").GetGuid();
        await (await auditor.GetAsync($"/api/v1/imports/{jobId}", Ct)).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_template_is_an_xlsx_with_the_Chinese_headers()
    {
        var admin = await factory.CreateSignedInClientAsync();
        var response = await admin.GetAsync("/api/v1/registry/imports/workers/template", Ct);
        await response.EnsureStatusAsync(HttpStatusCode.OK);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
        var headers = MiniExcel.Query(stream, useHeaderRow: false).Cast<IDictionary<string, object>>().First().Values.Select(v => v?.ToString()).ToArray();
        Assert.Equal(["姓名", "身份证号码", "手机号码", "所属机构统一社会信用代码", "用工形式", "工种", "体检日期", "体检有效期至", "意外险有效期至", "已实名核验"], headers);
    }
}
