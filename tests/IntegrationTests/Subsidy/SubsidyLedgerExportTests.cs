using System.Net;
using Jiafu.IntegrationTests.Infrastructure;
using Jiafu.IntegrationTests.Registry;
using MiniExcelLibs;

namespace Jiafu.IntegrationTests.Subsidy;

/// <summary>The fund's ledger exported to XLSX (导出资金台账): every movement, running balance, filters, audit, permissions.</summary>
public sealed class SubsidyLedgerExportTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<List<Dictionary<string, string?>>> ExportAsync(HttpClient client, string url, int year)
    {
        var response = await client.GetAsync(url, Ct);
        await response.EnsureStatusAsync(HttpStatusCode.OK);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"资金台账-{year}-{DateTime.UtcNow.AddHours(8):yyyyMMdd}.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar);
        using var copy = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
        return MiniExcel.Query(copy, useHeaderRow: true).Cast<IDictionary<string, object?>>()
            .Select(r => r.ToDictionary(c => c.Key, c => c.Value?.ToString()))
            .ToList();
    }

    [Fact]
    public async Task Given_a_mixed_sequence_with_recovery_When_the_ledger_is_exported_Then_every_movement_is_a_row_with_the_running_balance_and_the_export_is_audited()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var year = SubsidyTestData.NewYear();
        var street = await fixture.Factory.CreateStreetOfficerClientAsync(admin, RegistryTestData.StreetA);
        var district = await fixture.Factory.CreateRoleClientAsync(admin, "DistrictOfficer");
        var auditor = await fixture.Factory.CreateRoleClientAsync(admin, "Auditor");
        await (await district.AllocateAsync(year, 1000m)).EnsureStatusAsync(HttpStatusCode.OK);
        var institution = await admin.CreateActiveInstitutionAsync(RegistryTestData.StreetA);
        var paid = await admin.ApplyOkAsync(SubsidyTestData.RefundBody(institution, year, premium: 300m));
        var revoked = await admin.ApplyOkAsync(SubsidyTestData.RefundBody(await admin.CreateActiveInstitutionAsync(RegistryTestData.StreetA), year, premium: 200m));
        foreach (var id in new[] { paid, revoked })
        {
            await street.ActOkAsync(id, "street-approve");
            await district.ActOkAsync(id, "district-approve");
        }

        await district.ActOkAsync(revoked, "reject", new { comment = "复核发现材料不实" });
        await district.ActOkAsync(paid, "pay", new { paidOn = SubsidyTestData.Today, bankReference = "BK-EXP-1" });
        await district.ActOkAsync(paid, "recovery", new { reason = "抽查不合格" });
        await district.ActOkAsync(paid, "recovery/complete", new { recoveredOn = SubsidyTestData.Today, reference = "RC-EXP-1" });

        var rows = await ExportAsync(auditor, $"{SubsidyTestData.FundsUrl}/{year}/ledger/export", year);

        Assert.Equal(["资金下达/调整", "审核预留", "审核预留", "释放预留", "拨付", "追回"], rows.Select(r => r["类型"]));
        Assert.All(rows, r => Assert.Equal("失业保险返还", r["政策项目"]));
        Assert.Equal(["1000", "300", "200", "200", "300", "300"], rows.Select(r => decimal.Parse(r["金额（元）"]!).ToString("0.##")));
        Assert.Equal(["1000", "700", "500", "700", "700", "1000"], rows.Select(r => decimal.Parse(r["项目可用余额（元）"]!).ToString("0.##")));
        Assert.Equal(paid.ToString(), rows[4]["申请编号"]);
        Assert.Equal("BK-EXP-1", rows[4]["备注"]);
        Assert.False(string.IsNullOrEmpty(rows[4]["申请机构"]));
        // The file's last balance is the fund's available figure.
        Assert.Equal(1000m, (await admin.FundItemAsync(year)).Dec("available"));

        var one = await ExportAsync(district, $"{SubsidyTestData.FundsUrl}/{year}/ledger/export?applicationId={revoked}", year);
        Assert.Equal(["审核预留", "释放预留"], one.Select(r => r["类型"]));
        var audited = await admin.FindAuditEntryAsync("action=ExportLedger", e => e.GetProperty("reason").GetString()!.Contains($"applicationId={revoked}"));
        Assert.NotNull(audited);
        Assert.Contains("rows: 2", audited.Value.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Given_an_institution_operator_or_a_bad_year_When_exporting_the_ledger_Then_403_or_400()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var applicant = await fixture.Factory.CreateOperatorClientAsync(admin, await admin.CreateActiveInstitutionAsync(RegistryTestData.StreetA));
        var street = await fixture.Factory.CreateStreetOfficerClientAsync(admin, RegistryTestData.StreetA);

        await (await applicant.GetAsync($"{SubsidyTestData.FundsUrl}/2026/ledger/export", Ct)).EnsureStatusAsync(HttpStatusCode.Forbidden);
        await (await street.GetAsync($"{SubsidyTestData.FundsUrl}/2026/ledger/export", Ct)).EnsureStatusAsync(HttpStatusCode.Forbidden);
        var bad = await (await admin.GetAsync($"{SubsidyTestData.FundsUrl}/1999/ledger/export", Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(bad.HasError("year"));
    }
}
