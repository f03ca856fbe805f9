using System.Net;
using System.Text;
using System.Text.Json;
using Jiafu.IntegrationTests.Imports;
using Jiafu.IntegrationTests.Infrastructure;
using MiniExcelLibs;

namespace Jiafu.IntegrationTests.Registry;

/// <summary>Bulk import of institutions (<c>POST /api/v1/registry/imports/institutions</c>): upsert by credit code, scope, re-posts.</summary>
public sealed class InstitutionImportTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private const string Header = "name,creditCode,streetCode,address,legalRepresentative,contactPhone,businessFormats";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private JiafuApiFactory Factory => fixture.Factory;

    private static string Row(string name, string creditCode, string street = RegistryTestData.StreetA, string phone = "0472-5123456",
        string formats = "家政服务、养老服务", string address = "钢铁大街 1 号", string legal = "张三") =>
        $"{name},{creditCode},{street},{address},{legal},{phone},\"{formats}\"";

    private static Task<JsonElement> SubmitAsync(HttpClient client, string csv, string mode, HttpStatusCode expected = HttpStatusCode.Accepted) =>
        client.SubmitAsync(Encoding.UTF8.GetBytes(csv), "text/csv", mode, expected, kind: "institutions");

    private static async Task<JsonElement[]> FindAsync(HttpClient client, string search) =>
        (await client.GetJsonAsync($"{RegistryTestData.InstitutionsUrl}?search={Uri.EscapeDataString(search)}&pageSize=200"))
            .GetProperty("items").EnumerateArray().ToArray();

    [Fact]
    public async Task Given_a_file_with_good_and_bad_rows_When_validated_Then_each_bad_row_is_reported_exactly_and_nothing_is_written()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var prefix = RegistryTestData.NewInstitutionName("导入校验");
        var good = RegistryTestData.NewCreditCode();
        var csv = string.Join('\n',
            Header,
            Row(prefix + "甲", good),
            Row(prefix + "乙", RegistryTestData.WithWrongCheckCharacter(RegistryTestData.NewCreditCode())),
            Row(prefix + "丙", RegistryTestData.NewCreditCode(), street: "不存在街道", phone: "12"),
            Row(prefix + "丁", RegistryTestData.NewCreditCode(), formats: "家政服务;炼钢"),
            Row("", RegistryTestData.NewCreditCode(), street: "沼潭街道", formats: "Housekeeping,ElderlyCare"));

        var job = await admin.WaitForJobAsync(await SubmitAsync(admin, csv, "validate"));

        Assert.Equal(5, job.GetProperty("rowsRead").GetInt32());
        Assert.Equal(1, job.GetProperty("rowsValid").GetInt32());
        Assert.Equal(4, job.GetProperty("rowsInvalid").GetInt32());
        Assert.Equal(0, job.GetProperty("created").GetInt32());
        Assert.Equal([(2, "creditCode"), (3, "streetCode"), (3, "contactPhone"), (4, "businessFormats"), (5, "name")], job.ErrorCells());
        Assert.Contains("炼钢", job.GetProperty("errors")[3].GetProperty("message").GetString());
        Assert.Empty(await FindAsync(admin, prefix));
        Assert.Empty(await FindAsync(admin, good));
    }

    [Fact]
    public async Task Given_mixed_rows_When_committed_and_posted_again_Then_only_the_good_rows_are_created_once()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var prefix = RegistryTestData.NewInstitutionName("导入提交");
        var csv = string.Join("\r\n",
            Header,
            Row(prefix + "甲", RegistryTestData.NewCreditCode(), formats: "家政服务；母婴护理"),
            Row(prefix + "乙", "not-a-code"),
            Row(prefix + "丙", RegistryTestData.NewCreditCode(), street: "林荫路街道", formats: "Housekeeping"));

        var first = await admin.WaitForJobAsync(await SubmitAsync(admin, csv, "commit"));

        Assert.Equal(2, first.GetProperty("created").GetInt32());
        Assert.Equal(0, first.GetProperty("updated").GetInt32());
        Assert.Equal([(2, "creditCode")], first.ErrorCells());
        var created = (await FindAsync(admin, prefix)).OrderBy(i => i.GetProperty("name").GetString() == prefix + "甲" ? 0 : 1).ToArray();
        Assert.Equal([prefix + "甲", prefix + "丙"], created.Select(i => i.GetProperty("name").GetString()));
        Assert.All(created, i => Assert.Equal("Registered", i.GetProperty("status").GetString()));
        Assert.Equal(["Housekeeping", "MaternalInfantCare"], created[0].GetProperty("businessFormats").Strings());
        Assert.Equal(RegistryTestData.StreetC, created[1].GetProperty("streetCode").GetString());

        var again = await admin.WaitForJobAsync(await SubmitAsync(admin, csv, "commit"));

        Assert.Equal(first.GetProperty("jobId").GetGuid(), again.GetProperty("duplicateOfJobId").GetGuid());
        Assert.Equal(0, again.GetProperty("created").GetInt32());
        Assert.Equal(2, (await FindAsync(admin, prefix)).Length);
    }

    [Fact]
    public async Task Given_the_same_credit_code_twice_in_a_file_When_committed_Then_the_later_row_is_refused_and_one_institution_is_created()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var prefix = RegistryTestData.NewInstitutionName("重复代码");
        var code = RegistryTestData.NewCreditCode();
        var csv = string.Join('\n', Header, Row(prefix + "甲", code), Row(prefix + "乙", code.ToLowerInvariant()));

        var job = await admin.WaitForJobAsync(await SubmitAsync(admin, csv, "commit"));

        Assert.Equal(1, job.GetProperty("created").GetInt32());
        Assert.Equal([(2, "creditCode")], job.ErrorCells());
        Assert.Contains("1", job.GetProperty("errors")[0].GetProperty("message").GetString());
        var found = Assert.Single(await FindAsync(admin, code));
        Assert.Equal(prefix + "甲", found.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Given_a_registered_institution_When_a_file_names_its_credit_code_Then_its_profile_is_updated_and_its_status_kept()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var existing = await admin.CreateInstitutionAsync(RegistryTestData.StreetA);
        await admin.RecogniseInstitutionAsync(existing.Id);
        var newName = RegistryTestData.NewInstitutionName("更名后");
        var csv = "机构名称,统一社会信用代码,所属街道,地址,法定代表人,联系电话,业态,联盟成员,入盟日期\n"
            + $"{newName},{existing.CreditCode},{RegistryTestData.StreetA},新地址 8 号,李四,13900001111,病患陪护,是,2021-03-01\n";

        var job = await admin.WaitForJobAsync(await SubmitAsync(admin, csv, "commit"));

        Assert.Equal(0, job.GetProperty("created").GetInt32());
        Assert.Equal(1, job.GetProperty("updated").GetInt32());
        var updated = await admin.GetInstitutionAsync(existing.Id);
        Assert.Equal(newName, updated.GetProperty("name").GetString());
        Assert.Equal("新地址 8 号", updated.GetProperty("address").GetString());
        Assert.Equal("李四", updated.GetProperty("legalRepresentative").GetString());
        Assert.Equal(["PatientEscort"], updated.GetProperty("businessFormats").Strings());
        Assert.True(updated.GetProperty("isAllianceMember").GetBoolean());
        Assert.Equal("2021-03-01", updated.GetProperty("allianceJoinedOn").GetString());
        Assert.Equal("Recognised", updated.GetProperty("status").GetString());
        Assert.NotEqual(existing.Body.GetProperty("version").GetString(), updated.GetProperty("version").GetString());
    }

    [Fact]
    public async Task Given_a_street_officer_When_importing_Then_only_their_streets_institutions_are_created_or_updated()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var inB = await admin.CreateInstitutionAsync(RegistryTestData.StreetB);
        var inA = await admin.CreateInstitutionAsync(RegistryTestData.StreetA);
        var officerA = await Factory.CreateStreetOfficerClientAsync(admin, RegistryTestData.StreetA);
        var prefix = RegistryTestData.NewInstitutionName("街道导入");
        var csv = string.Join('\n',
            Header,
            Row(prefix + "本街道", RegistryTestData.NewCreditCode()),
            Row(prefix + "外街道", RegistryTestData.NewCreditCode(), street: RegistryTestData.StreetB),
            Row(prefix + "他人机构", inB.CreditCode, street: RegistryTestData.StreetB),
            Row(prefix + "迁出", inA.CreditCode, street: RegistryTestData.StreetB),
            Row(prefix + "本街道更新", inA.CreditCode));

        var job = await officerA.WaitForJobAsync(await SubmitAsync(officerA, csv, "commit"));

        Assert.Equal([(2, "streetCode"), (3, "creditCode"), (4, "streetCode")], job.ErrorCells());
        Assert.Equal(1, job.GetProperty("created").GetInt32());
        Assert.Equal(1, job.GetProperty("updated").GetInt32());
        Assert.Equal(prefix + "本街道更新", (await admin.GetInstitutionAsync(inA.Id)).GetProperty("name").GetString());
        Assert.Equal(inB.Body.GetProperty("name").GetString(), (await admin.GetInstitutionAsync(inB.Id)).GetProperty("name").GetString());
        Assert.Contains(await FindAsync(admin, prefix + "本街道"), i => i.GetProperty("name").GetString() == prefix + "本街道");
        Assert.Empty(await FindAsync(admin, prefix + "外街道"));
    }

    [Fact]
    public async Task Given_an_institution_operator_When_importing_Then_they_may_update_their_own_institution_but_not_register_new_ones()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var own = await admin.CreateInstitutionAsync(RegistryTestData.StreetA);
        var other = await admin.CreateInstitutionAsync(RegistryTestData.StreetA);
        var operatorClient = await Factory.CreateOperatorClientAsync(admin, own.Id);
        var prefix = RegistryTestData.NewInstitutionName("经办导入");
        var newCode = RegistryTestData.NewCreditCode();
        var csv = string.Join('\n',
            Header,
            Row(prefix + "新机构", newCode),
            Row(prefix + "自己", own.CreditCode),
            Row(prefix + "别人", other.CreditCode));

        var job = await operatorClient.WaitForJobAsync(await SubmitAsync(operatorClient, csv, "commit"));

        Assert.Equal([(1, "creditCode"), (3, "creditCode")], job.ErrorCells());
        Assert.Equal(0, job.GetProperty("created").GetInt32());
        Assert.Equal(1, job.GetProperty("updated").GetInt32());
        Assert.Equal(prefix + "自己", (await admin.GetInstitutionAsync(own.Id)).GetProperty("name").GetString());
        Assert.NotEqual(prefix + "别人", (await admin.GetInstitutionAsync(other.Id)).GetProperty("name").GetString());
        Assert.Empty(await FindAsync(admin, newCode));
    }

    [Fact]
    public async Task Given_the_template_When_downloaded_and_filled_in_Then_it_has_the_Chinese_headers_and_imports()
    {
        var admin = await Factory.CreateSignedInClientAsync();

        var response = await admin.GetAsync("/api/v1/registry/imports/institutions/template", Ct);

        await response.EnsureStatusAsync(HttpStatusCode.OK);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        var headers = MiniExcel.Query(new MemoryStream(bytes)).Cast<IDictionary<string, object?>>().First().Values
            .Select(v => v?.ToString()).ToArray();
        Assert.Equal(["机构名称", "统一社会信用代码", "所属街道", "地址", "法定代表人", "联系电话", "业态", "联盟成员", "入盟日期"], headers);

        var name = RegistryTestData.NewInstitutionName("模板导入");
        using var filled = new MemoryStream();
        MiniExcel.SaveAs(filled, new[]
        {
            new Dictionary<string, object?>
            {
                ["机构名称"] = name, ["统一社会信用代码"] = RegistryTestData.NewCreditCode(), ["所属街道"] = "少先路街道",
                ["地址"] = "少先路 9 号", ["法定代表人"] = "王五", ["联系电话"] = "13900002222", ["业态"] = "社区照料,家庭保健",
            },
        });
        var job = await admin.WaitForJobAsync(await admin.SubmitAsync(filled.ToArray(),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "commit", kind: "institutions"));
        Assert.Equal(1, job.GetProperty("created").GetInt32());
        var found = Assert.Single(await FindAsync(admin, name));
        Assert.Equal(["CommunityCare", "FamilyHealth"], found.GetProperty("businessFormats").Strings());
    }

    [Fact]
    public async Task Given_an_anonymous_caller_or_a_read_only_role_When_importing_institutions_Then_401_or_403()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var auditor = await Factory.CreateRoleClientAsync(admin, "Auditor");
        var csv = Header + "\n" + Row("某机构", RegistryTestData.NewCreditCode());

        await SubmitAsync(Factory.CreateClient(), csv, "validate", HttpStatusCode.Unauthorized);
        await SubmitAsync(auditor, csv, "validate", HttpStatusCode.Forbidden);
    }
}
