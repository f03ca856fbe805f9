using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jiafu.IntegrationTests.Infrastructure;
using Jiafu.Shared.Privacy;
using Jiafu.Shared.Validation;

namespace Jiafu.IntegrationTests.Registry;

public sealed class WorkerListTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private JiafuApiFactory Factory => fixture.Factory;

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd");

    [Fact]
    public async Task Given_workers_in_two_streets_When_filtering_by_streetCode_Then_only_that_streets_workers_are_listed()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var inB = await admin.CreateInstitutionAsync(RegistryTestData.StreetB);
        var inC = await admin.CreateInstitutionAsync(RegistryTestData.StreetC);
        var prefix = WorkerTestApi.NewWorkerName("街");
        var workerB = await admin.CreateWorkerAsync(inB.Id, prefix + "乙");
        var workerC = await admin.CreateWorkerAsync(inC.Id, prefix + "丙");

        var streetB = await admin.ListWorkersAsync($"streetCode={RegistryTestData.StreetB}&search={prefix}");
        var streetC = await admin.ListWorkersAsync($"streetCode={RegistryTestData.StreetC}&search={prefix}");
        var all = await admin.ListWorkersAsync($"search={prefix}");

        Assert.Equal([workerB.Id], streetB.Ids());
        Assert.Equal([workerC.Id], streetC.Ids());
        Assert.Equal(2, all.GetProperty("total").GetInt32());
        var item = streetB.GetProperty("items")[0];
        Assert.Equal(RegistryTestData.StreetB, item.GetProperty("streetCode").GetString());
        Assert.Equal(inB.Id, item.GetProperty("institutionId").GetGuid());
        Assert.Equal(inB.Body.GetProperty("name").GetString(), item.GetProperty("institutionName").GetString());
        Assert.Equal(workerB.Body.GetProperty("idNumberMasked").GetString(), item.GetProperty("idNumberMasked").GetString());
        Assert.Equal(workerB.Body.GetProperty("phoneMasked").GetString(), item.GetProperty("phoneMasked").GetString());
        Assert.Equal(workerB.Body.GetProperty("gender").GetString(), item.GetProperty("gender").GetString());
        Assert.Equal(workerB.Body.GetProperty("age").GetInt32(), item.GetProperty("age").GetInt32());
        Assert.Equal("EmployeeBased", item.GetProperty("employmentType").GetString());
        Assert.Equal(["Housekeeper"], item.GetProperty("jobTypes").Strings());
        Assert.Equal("Yellow", item.GetProperty("credentialStatus").GetString());
        Assert.True(item.TryGetProperty("createdAt", out _));
        Assert.Equal(1, streetB.GetProperty("page").GetInt32());
        Assert.Equal(20, streetB.GetProperty("pageSize").GetInt32());
    }

    [Fact]
    public async Task Given_two_institutions_When_filtering_by_institutionId_Then_only_its_workers_are_listed()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var first = await admin.CreateInstitutionAsync();
        var second = await admin.CreateInstitutionAsync();
        var a = await admin.CreateWorkerAsync(first.Id);
        var b = await admin.CreateWorkerAsync(first.Id);
        var other = await admin.CreateWorkerAsync(second.Id);

        var page = await admin.ListWorkersAsync($"institutionId={first.Id}");

        Assert.Equal(2, page.GetProperty("total").GetInt32());
        Assert.Equal(new[] { a.Id, b.Id }.Order(), page.Ids().Order());
        Assert.DoesNotContain(other.Id, page.Ids());
    }

    [Fact]
    public async Task Given_each_employment_type_When_filtering_by_employmentType_Then_only_matching_workers_are_listed()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync();
        var employee = await admin.CreateWorkerAsync(institution.Id, employmentType: "EmployeeBased");
        var affiliated = await admin.CreateWorkerAsync(institution.Id, employmentType: "Affiliated");
        var flexible = await admin.CreateWorkerAsync(institution.Id, employmentType: "Flexible");

        Assert.Equal([employee.Id], (await admin.ListWorkersAsync($"institutionId={institution.Id}&employmentType=EmployeeBased")).Ids());
        Assert.Equal([affiliated.Id], (await admin.ListWorkersAsync($"institutionId={institution.Id}&employmentType=Affiliated")).Ids());
        Assert.Equal([flexible.Id], (await admin.ListWorkersAsync($"institutionId={institution.Id}&employmentType=Flexible")).Ids());
    }

    [Fact]
    public async Task Given_workers_with_several_job_types_When_filtering_by_jobType_Then_a_code_matches_in_any_position_and_only_as_a_whole_code()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync();
        var three = await admin.CreateWorkerAsync(institution.Id, jobTypes: ["Cook", "Cleaner", "ElderlyCarer"]);
        var carer = await admin.CreateWorkerAsync(institution.Id, jobTypes: ["PatientCarer"]);
        var housekeeper = await admin.CreateWorkerAsync(institution.Id, jobTypes: ["Housekeeper", "Cook"]);

        async Task<Guid[]> ByJobType(string code) =>
            (await admin.ListWorkersAsync($"institutionId={institution.Id}&jobType={code}&pageSize=200")).Ids().Order().ToArray();

        Assert.Equal(new[] { three.Id, housekeeper.Id }.Order(), await ByJobType("Cook"));        // first and last
        Assert.Equal([three.Id], await ByJobType("Cleaner"));                                    // middle
        Assert.Equal([three.Id], await ByJobType("ElderlyCarer"));                               // last
        Assert.Equal([carer.Id], await ByJobType("PatientCarer"));                               // only
        Assert.Empty(await ByJobType("ChildCarer"));
        var unknown = await admin.GetAsync($"{WorkerTestApi.WorkersUrl}?jobType=Carer", Ct);
        Assert.True((await unknown.ReadProblemAsync(HttpStatusCode.BadRequest)).HasError("jobType"));
    }

    [Fact]
    public async Task Given_green_yellow_and_red_workers_When_filtering_by_credentialStatus_Then_each_status_lists_exactly_its_workers()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync();
        var today = WorkerTestApi.TodayInChina;

        Dictionary<string, object?> Body(bool verified, DateOnly? healthValidUntil, DateOnly? insuranceValidUntil)
        {
            var body = WorkerTestApi.NewWorkerBody(institution.Id);
            body["identityVerified"] = verified;
            body["healthCheckDate"] = healthValidUntil is null ? null : Date(today.AddMonths(-13));
            body["healthCheckValidUntil"] = healthValidUntil is null ? null : Date(healthValidUntil.Value);
            body["accidentInsuranceValidUntil"] = insuranceValidUntil is null ? null : Date(insuranceValidUntil.Value);
            return body;
        }

        var green = await admin.CreateWorkerAsync(Body(true, today.AddMonths(3), today.AddMonths(6)));
        var greenToday = await admin.CreateWorkerAsync(Body(true, today, today)); // expiring today: still valid
        var unverified = await admin.CreateWorkerAsync(Body(false, today.AddMonths(3), today.AddMonths(6)));
        var healthExpired = await admin.CreateWorkerAsync(Body(true, today.AddDays(-1), today.AddMonths(6)));
        var noInsurance = await admin.CreateWorkerAsync(Body(true, today.AddMonths(3), null));
        var noHealthCheck = await admin.CreateWorkerAsync(Body(true, null, today.AddMonths(6)));
        var red = await admin.CreateWorkerAsync(Body(true, today.AddMonths(3), today.AddMonths(6)));
        await (await admin.PostAsJsonAsync($"{WorkerTestApi.WorkersUrl}/{red.Id}/revoke-credentials", new { reason = "投诉核实" }, Ct))
            .EnsureStatusAsync(HttpStatusCode.OK);

        async Task<Guid[]> ByStatus(string status) =>
            (await admin.ListWorkersAsync($"institutionId={institution.Id}&credentialStatus={status}&pageSize=200")).Ids().Order().ToArray();

        Assert.Equal(new[] { green.Id, greenToday.Id }.Order(), await ByStatus("Green"));
        Assert.Equal(new[] { unverified.Id, healthExpired.Id, noInsurance.Id, noHealthCheck.Id }.Order(), await ByStatus("Yellow"));
        Assert.Equal([red.Id], await ByStatus("Red"));

        var all = await admin.ListWorkersAsync($"institutionId={institution.Id}&pageSize=200");
        Assert.Equal(7, all.GetProperty("total").GetInt32());
        foreach (var item in all.GetProperty("items").EnumerateArray())
        {
            var id = item.GetProperty("id").GetGuid();
            var expected = id == red.Id ? "Red" : id == green.Id || id == greenToday.Id ? "Green" : "Yellow";
            Assert.Equal(expected, item.GetProperty("credentialStatus").GetString());
        }
    }

    [Fact]
    public async Task Given_workers_When_searching_by_part_of_a_name_Then_matching_names_are_listed()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync();
        var token = Guid.NewGuid().ToString("N")[..8];
        var match = await admin.CreateWorkerAsync(institution.Id, "赵" + token + "梅");
        await admin.CreateWorkerAsync(institution.Id, "钱" + Guid.NewGuid().ToString("N")[..8]);

        var page = await admin.ListWorkersAsync($"search={token}");

        Assert.Equal([match.Id], page.Ids());
    }

    [Fact]
    public async Task Given_a_worker_When_searching_by_the_full_ID_number_in_any_form_Then_exactly_that_worker_is_found()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync();
        var idNumber = WorkerTestApi.NewIdNumberEndingInX();
        var worker = await admin.CreateWorkerAsync(WorkerTestApi.NewWorkerBody(institution.Id, idNumber));
        await admin.CreateWorkerAsync(institution.Id);

        Assert.Equal([worker.Id], (await admin.ListWorkersAsync($"search={idNumber}")).Ids());
        Assert.Equal([worker.Id], (await admin.ListWorkersAsync($"search={idNumber[..17]}x")).Ids());
        Assert.Equal([worker.Id], (await admin.ListWorkersAsync($"search={Uri.EscapeDataString(RegistryTestData.ToFullWidth(idNumber))}")).Ids());
        Assert.Empty((await admin.ListWorkersAsync($"search={RegistryTestData.NewIdNumber()}")).Ids());
    }

    [Fact]
    public async Task Given_a_worker_When_searching_by_the_mobile_phone_Then_exactly_that_worker_is_found_and_the_export_audit_keeps_it_masked()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync();
        var phone = RegistryTestData.NewMobilePhone();
        var worker = await admin.CreateWorkerAsync(WorkerTestApi.NewWorkerBody(institution.Id, phone: phone));
        await admin.CreateWorkerAsync(institution.Id);

        Assert.Equal([worker.Id], (await admin.ListWorkersAsync($"search={phone}")).Ids());
        Assert.Equal([worker.Id], (await admin.ListWorkersAsync($"search=%20{phone}%20")).Ids());
        Assert.Empty((await admin.ListWorkersAsync($"search={RegistryTestData.NewMobilePhone()}")).Ids());
        Assert.Empty((await admin.ListWorkersAsync($"search={phone[..7]}")).Ids());

        using var export = await admin.GetAsync($"{WorkerTestApi.WorkersUrl}/export?search={phone}", Ct);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var audited = await admin.FindAuditEntryAsync("action=ExportWorkers",
            e => e.GetProperty("reason").GetString()!.Contains("search=" + Mask.Phone(phone)));
        Assert.NotNull(audited);
        Assert.DoesNotContain(phone, audited.Value.GetRawText());
    }

    [Fact]
    public async Task Given_workers_When_listing_and_reading_them_Then_the_raw_JSON_never_contains_a_full_ID_number_or_phone()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync();
        var workers = new List<CreatedWorker>();
        for (var i = 0; i < 3; i++)
        {
            workers.Add(await admin.CreateWorkerAsync(WorkerTestApi.NewWorkerBody(institution.Id)));
        }

        var list = await (await admin.GetAsync($"{WorkerTestApi.WorkersUrl}?institutionId={institution.Id}", Ct)).Content.ReadAsStringAsync(Ct);
        var bySearch = await (await admin.GetAsync($"{WorkerTestApi.WorkersUrl}?search={workers[0].IdNumber}", Ct)).Content.ReadAsStringAsync(Ct);
        var detail = await (await admin.GetAsync($"{WorkerTestApi.WorkersUrl}/{workers[1].Id}", Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Equal(3, JsonDocument.Parse(list).RootElement.GetProperty("total").GetInt32());
        foreach (var worker in workers)
        {
            foreach (var json in new[] { list, bySearch, detail })
            {
                Assert.DoesNotContain(worker.IdNumber, json);
                Assert.DoesNotContain(worker.IdNumber[6..14], json); // the birth-date digits as they appear in the number
                Assert.DoesNotContain(worker.Phone, json);
            }
        }

        Assert.Contains("\"idNumberMasked\":\"150203********", list);
        Assert.DoesNotContain("idNumberEncrypted", list, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("hash", list, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Given_workers_born_on_different_dates_When_sorting_by_birthDate_and_name_Then_the_order_follows_with_paging()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync();
        var oldest = await admin.CreateWorkerAsync(WorkerTestApi.NewWorkerBody(institution.Id, RegistryTestData.NewIdNumber(new DateOnly(1962, 1, 5)), "丙"));
        var middle = await admin.CreateWorkerAsync(WorkerTestApi.NewWorkerBody(institution.Id, RegistryTestData.NewIdNumber(new DateOnly(1978, 6, 1)), "甲"));
        var youngest = await admin.CreateWorkerAsync(WorkerTestApi.NewWorkerBody(institution.Id, RegistryTestData.NewIdNumber(new DateOnly(1999, 12, 31)), "乙"));

        Assert.Equal([oldest.Id, middle.Id, youngest.Id], (await admin.ListWorkersAsync($"institutionId={institution.Id}&sort=birthDate")).Ids());
        Assert.Equal([youngest.Id, middle.Id, oldest.Id], (await admin.ListWorkersAsync($"institutionId={institution.Id}&sort=-birthDate")).Ids());
        Assert.Equal([oldest.Id, middle.Id, youngest.Id], (await admin.ListWorkersAsync($"institutionId={institution.Id}&sort=createdAt")).Ids());
        var byName = await admin.ListWorkersAsync($"institutionId={institution.Id}");
        Assert.Equal(new[] { "丙", "乙", "甲" }.Order(StringComparer.Ordinal).ToArray(),
            byName.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToArray());

        var second = await admin.ListWorkersAsync($"institutionId={institution.Id}&sort=birthDate&page=2&pageSize=2");
        Assert.Equal([youngest.Id], second.Ids());
        Assert.Equal(3, second.GetProperty("total").GetInt32());
        Assert.Equal(2, second.GetProperty("page").GetInt32());
        Assert.Equal(2, second.GetProperty("pageSize").GetInt32());
    }

    [Theory]
    [InlineData("sort=idNumber", "sort")]
    [InlineData("pageSize=201", "pageSize")]
    [InlineData("page=0", "page")]
    public async Task Given_bad_list_parameters_When_listing_Then_400_naming_the_parameter(string query, string field)
    {
        var admin = await Factory.CreateSignedInClientAsync();

        var problem = await (await admin.GetAsync($"{WorkerTestApi.WorkersUrl}?{query}", Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.True(problem.HasError(field), problem.ToString());
    }

    [Fact]
    public async Task Given_an_anonymous_caller_When_listing_workers_Then_401()
    {
        var response = await Factory.CreateClient().GetAsync(WorkerTestApi.WorkersUrl, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Given_a_female_ID_number_When_listed_Then_gender_and_age_come_from_the_number()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync();
        var birth = WorkerTestApi.TodayInChina.AddYears(-40).AddDays(1); // turns 40 tomorrow
        await admin.CreateWorkerAsync(WorkerTestApi.NewWorkerBody(institution.Id, RegistryTestData.NewIdNumber(birth, Gender.Female)));

        var item = (await admin.ListWorkersAsync($"institutionId={institution.Id}")).GetProperty("items")[0];

        Assert.Equal("Female", item.GetProperty("gender").GetString());
        Assert.Equal(39, item.GetProperty("age").GetInt32());
    }
}
