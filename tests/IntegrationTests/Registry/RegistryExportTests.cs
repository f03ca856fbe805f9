using System.Net;
using Jiafu.IntegrationTests.Infrastructure;
using MiniExcelLibs;

namespace Jiafu.IntegrationTests.Registry;

/// <summary>XLSX exports of the institution and worker lists: filters, scope, masking, audit, limits.</summary>
public sealed class RegistryExportTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private const string InstitutionsExportUrl = "/api/v1/registry/institutions/export";
    private const string WorkersExportUrl = "/api/v1/registry/workers/export";
    private const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private JiafuApiFactory Factory => fixture.Factory;

    /// <summary>GETs an export, asserts a dated XLSX attachment and reads its rows by Chinese header.</summary>
    private static async Task<List<Dictionary<string, string?>>> ExportAsync(HttpClient client, string url, string filePrefix)
    {
        var response = await client.GetAsync(url, Ct);
        await response.EnsureStatusAsync(HttpStatusCode.OK);
        Assert.Equal(XlsxContentType, response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition;
        Assert.NotNull(disposition);
        Assert.Equal($"{filePrefix}-{WorkerTestApi.TodayInChina:yyyyMMdd}.xlsx", disposition.FileNameStar);
        Assert.Contains("filename*=UTF-8''", disposition.ToString());
        await using var stream = await response.Content.ReadAsStreamAsync(Ct);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, Ct);
        copy.Position = 0;
        return MiniExcel.Query(copy, useHeaderRow: true).Cast<IDictionary<string, object?>>()
            .Select(r => r.ToDictionary(c => c.Key, c => c.Value?.ToString()))
            .ToList();
    }

    [Fact]
    public async Task Given_list_filters_When_exporting_institutions_Then_the_file_holds_exactly_the_filtered_rows_with_Chinese_headers()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var prefix = RegistryTestData.NewInstitutionName("导出机构");
        var elderly = await admin.CreateInstitutionAsync(RegistryTestData.StreetA, ["ElderlyCare", "Housekeeping"], name: prefix + "甲");
        await admin.CreateInstitutionAsync(RegistryTestData.StreetA, ["Housekeeping"], name: prefix + "乙");
        var member = await admin.CreateInstitutionAsync(RegistryTestData.StreetB, ["ElderlyCare"], name: prefix + "丙", isAllianceMember: true);
        await admin.CreateWorkerAsync(elderly.Id);

        var rows = await ExportAsync(admin, $"{InstitutionsExportUrl}?search={Uri.EscapeDataString(prefix)}&businessFormat=ElderlyCare&sort=-name", "机构名录");

        Assert.Equal([prefix + "甲", prefix + "丙"], rows.Select(r => r["机构名称"])); // descending by code point
        var first = rows[0];
        Assert.Equal(elderly.CreditCode, first["统一社会信用代码"]);
        Assert.Equal("少先路街道", first["所属街道"]);
        Assert.Equal("养老服务、家政服务", first["业态"]);
        Assert.Equal("登记", first["状态"]);
        Assert.Equal("1", first["从业人员数"]);
        Assert.Equal("0472-***3456", first["联系电话"]);
        Assert.Equal("否", first["联盟成员"]);
        Assert.Equal("是", rows[1]["联盟成员"]);

        var members = await ExportAsync(admin, $"{InstitutionsExportUrl}?search={Uri.EscapeDataString(prefix)}&isAllianceMember=true", "机构名录");
        Assert.Equal([member.CreditCode], members.Select(r => r["统一社会信用代码"]));
    }

    [Fact]
    public async Task Given_a_street_officer_When_exporting_Then_only_their_streets_institutions_and_workers_are_in_the_files()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var prefix = RegistryTestData.NewInstitutionName("范围导出");
        var inA = await admin.CreateInstitutionAsync(RegistryTestData.StreetA, name: prefix + "甲");
        var inB = await admin.CreateInstitutionAsync(RegistryTestData.StreetB, name: prefix + "乙");
        var workerPrefix = WorkerTestApi.NewWorkerName("钱");
        await admin.CreateWorkerAsync(inA.Id, workerPrefix + "甲");
        await admin.CreateWorkerAsync(inB.Id, workerPrefix + "乙");
        var officerA = await Factory.CreateStreetOfficerClientAsync(admin, RegistryTestData.StreetA);
        var search = Uri.EscapeDataString(prefix);

        Assert.Equal([inA.CreditCode], (await ExportAsync(officerA, $"{InstitutionsExportUrl}?search={search}", "机构名录"))
            .Select(r => r["统一社会信用代码"]));
        Assert.Empty(await ExportAsync(officerA, $"{InstitutionsExportUrl}?search={search}&streetCode={RegistryTestData.StreetB}", "机构名录"));
        Assert.Equal([workerPrefix + "甲"], (await ExportAsync(officerA, $"{WorkersExportUrl}?search={Uri.EscapeDataString(workerPrefix)}", "从业人员"))
            .Select(r => r["姓名"]));
        Assert.Equal(2, (await ExportAsync(admin, $"{WorkersExportUrl}?search={Uri.EscapeDataString(workerPrefix)}", "从业人员")).Count);
    }

    [Fact]
    public async Task Given_workers_When_exported_with_filters_Then_ID_numbers_and_phones_are_masked_in_the_file_and_the_export_is_audited()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync(RegistryTestData.StreetA);
        var prefix = WorkerTestApi.NewWorkerName("孙");
        var employee = await admin.CreateWorkerAsync(WorkerTestApi.NewWorkerBody(institution.Id, name: prefix + "甲", jobTypes: ["ElderlyCarer", "Cook"]));
        var flexible = await admin.CreateWorkerAsync(WorkerTestApi.NewWorkerBody(institution.Id, name: prefix + "乙", employmentType: "Flexible"));

        var rows = await ExportAsync(admin, $"{WorkersExportUrl}?institutionId={institution.Id}&employmentType=EmployeeBased", "从业人员");

        var row = Assert.Single(rows);
        Assert.Equal(prefix + "甲", row["姓名"]);
        Assert.Equal(employee.Body.GetProperty("idNumberMasked").GetString(), row["身份证号码（脱敏）"]);
        Assert.Equal(employee.Body.GetProperty("phoneMasked").GetString(), row["手机号码（脱敏）"]);
        Assert.Contains("*", row["身份证号码（脱敏）"]);
        Assert.Contains("*", row["手机号码（脱敏）"]);
        Assert.Equal("员工制", row["用工形式"]);
        Assert.Equal("养老护理员、家庭烹饪员", row["工种"]);
        Assert.Equal(institution.Body.GetProperty("name").GetString(), row["所属机构"]);
        Assert.Equal("黄码", row["安心码"]);
        var cells = string.Join("|", rows.SelectMany(r => r.Values));
        Assert.DoesNotContain(employee.IdNumber, cells);
        Assert.DoesNotContain(employee.Phone, cells);

        // Searching by a full ID number finds the person; the audit entry names the filters but never the full number.
        var byId = await ExportAsync(admin, $"{WorkersExportUrl}?search={flexible.IdNumber}", "从业人员");
        Assert.Equal([prefix + "乙"], byId.Select(r => r["姓名"]));
        var filtered = await admin.FindAuditEntryAsync("action=ExportWorkers",
            e => e.GetProperty("reason").GetString()!.Contains($"institutionId={institution.Id}"));
        Assert.NotNull(filtered);
        Assert.Equal(JiafuApiFactory.AdminUserName, filtered.Value.GetProperty("actor").GetString());
        Assert.Contains("employmentType=EmployeeBased", filtered.Value.GetProperty("reason").GetString());
        Assert.Contains("rows: 1", filtered.Value.GetProperty("reason").GetString());
        var masked = await admin.FindAuditEntryAsync("action=ExportWorkers",
            e => e.GetProperty("reason").GetString()!.Contains(flexible.IdNumber[..6] + "********"));
        Assert.NotNull(masked);
        Assert.DoesNotContain(flexible.IdNumber, masked.Value.GetRawText());
    }

    [Fact]
    public async Task Given_an_anonymous_caller_or_a_client_without_the_read_scope_When_exporting_Then_401_or_403()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync();
        var writeOnly = await Factory.CreateApiClientForAsync(admin, [institution.Id], "registry.write");
        var anonymous = Factory.CreateClient();

        foreach (var url in new[] { InstitutionsExportUrl, WorkersExportUrl })
        {
            await (await anonymous.GetAsync(url, Ct)).ReadProblemAsync(HttpStatusCode.Unauthorized);
            await (await writeOnly.GetAsync(url, Ct)).ReadProblemAsync(HttpStatusCode.Forbidden);
        }
    }

    [Fact]
    public async Task Given_an_invalid_filter_When_exporting_Then_400_names_the_field()
    {
        var admin = await Factory.CreateSignedInClientAsync();

        var format = await (await admin.GetAsync($"{InstitutionsExportUrl}?businessFormat=Steelmaking", Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);
        var sort = await (await admin.GetAsync($"{WorkersExportUrl}?sort=salary", Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.True(format.HasError("businessFormat"));
        Assert.True(sort.HasError("sort"));
    }

    [Fact]
    public async Task Given_more_rows_than_the_export_cap_When_exporting_Then_400_asks_to_narrow_the_filters()
    {
        await using var factory = new JiafuApiFactory(settings: new Dictionary<string, string?> { ["Registry:ExportMaxRows"] = "1" });
        var admin = await factory.CreateSignedInClientAsync();
        var prefix = RegistryTestData.NewInstitutionName("上限");
        await admin.CreateInstitutionAsync(name: prefix + "甲");
        await admin.CreateInstitutionAsync(name: prefix + "乙");

        var problem = await (await admin.GetAsync($"{InstitutionsExportUrl}?search={Uri.EscapeDataString(prefix)}", Ct))
            .ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.True(problem.HasError("filters"));
        Assert.Single(await ExportAsync(admin, $"{InstitutionsExportUrl}?search={Uri.EscapeDataString(prefix + "甲")}", "机构名录"));
    }
}
