using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jiafu.IntegrationTests.Infrastructure;
using Jiafu.IntegrationTests.Registry;
using Jiafu.IntegrationTests.Subsidy;
using Jiafu.IntegrationTests.Voucher;

namespace Jiafu.IntegrationTests.Inspection;

/// <summary>
/// 双随机 over verified voucher services and service-fee reduction claims: only the eligible objects are drawn, recusal looks at the
/// object's institution, and a discrepancy lands in that institution's integrity record.
/// </summary>
public sealed class VoucherAndFeeReductionSpotCheckTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Given_verified_and_unverified_voucher_services_When_a_VoucherServices_plan_is_drawn_Then_only_verified_ones_are_drawn_with_recusal_by_institution()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var batchId = await admin.CreateBatchAsync(quantity: 10, faceValue: 200m);
        var first = await admin.RecognisedInstitutionAsync(RegistryTestData.StreetA);
        var second = await admin.RecognisedInstitutionAsync(RegistryTestData.StreetA);
        var firstOperator = await fixture.Factory.CreateOperatorClientAsync(admin, first);
        var secondOperator = await fixture.Factory.CreateOperatorClientAsync(admin, second);
        var verifiedAtFirst = await admin.IssueVoucherAsync(batchId);
        var verifiedAtSecond = await admin.IssueVoucherAsync(batchId);
        var servedOnly = await admin.IssueVoucherAsync(batchId);
        await VoucherTestData.VerifyThroughAsync(admin, firstOperator, verifiedAtFirst, first);
        await VoucherTestData.VerifyThroughAsync(admin, secondOperator, verifiedAtSecond, second);
        await (await admin.SelectAsync(servedOnly, first)).EnsureStatusAsync(HttpStatusCode.OK);
        await (await firstOperator.ScheduleAsync(servedOnly)).EnsureStatusAsync(HttpStatusCode.OK);
        await (await firstOperator.ServeAsync(servedOnly)).EnsureStatusAsync(HttpStatusCode.OK);

        var inspectors = await InspectorsAsync(admin);
        var drawn = await DrawAsync(admin, "VoucherServices", VoucherTestData.Today.Year, inspectors, tiedTo: first);
        Assert.Equal(2, drawn.GetProperty("populationSize").GetInt32());
        var checks = drawn.GetProperty("checks").EnumerateArray().ToList();
        Assert.Equal(new[] { verifiedAtFirst, verifiedAtSecond }.Order(), checks.Select(c => c.GetProperty("objectId").GetGuid()).Order());
        var atFirst = checks.Single(c => c.GetProperty("objectId").GetGuid() == verifiedAtFirst);
        Assert.DoesNotContain(inspectors[0].Id.ToString(), InspectorIds(atFirst));
        Assert.Equal(2, InspectorIds(atFirst).Length);
        Assert.All(drawn.GetProperty("drawLog").EnumerateArray(), l => Assert.Equal(verifiedAtFirst, l.GetProperty("objectId").GetGuid()));

        // A discrepancy in the voucher service is entered in the serving institution's record, not under the voucher's id.
        await RecordDiscrepancyAsync(admin, atFirst);
        var record = await admin.IntegrityAsync(first);
        Assert.Equal("SpotCheckDiscrepancy", record.GetProperty("entries")[0].GetProperty("kind").GetString());
        Assert.Equal(atFirst.Id(), record.GetProperty("entries")[0].GetProperty("sourceId").GetGuid());
        Assert.Empty((await admin.IntegrityAsync(second)).GetProperty("entries").EnumerateArray());
    }

    [Fact]
    public async Task Given_fee_reduction_claims_and_other_applications_When_a_FeeReductionClaims_plan_is_drawn_Then_only_approved_or_paid_claims_are_drawn()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var district = await fixture.Factory.CreateRoleClientAsync(admin, "DistrictOfficer");
        var street = await fixture.Factory.CreateStreetOfficerClientAsync(admin, RegistryTestData.StreetA);
        // This class has its own database, so a fixed past year holds only these claims.
        const int year = 2024;
        await district.SetParametersAsync(SubsidyRulesTestData.ServiceFee, year, ("AmountPerService", 50m), ("MaxPerHouseholdPerYear", 12m));
        await (await district.AllocateAsync(year, 100_000m, SubsidyRulesTestData.ServiceFee)).EnsureStatusAsync(HttpStatusCode.OK);
        await (await district.AllocateAsync(year, 100_000m)).EnsureStatusAsync(HttpStatusCode.OK);

        var approved = await admin.CreateFiledInstitutionAsync(RegistryTestData.StreetA);
        var pending = await admin.CreateFiledInstitutionAsync(RegistryTestData.StreetA);
        await admin.ImportServiceRecordsAsync("commit", [
            .. SubsidyRulesTestData.ServiceRows(approved.CreditCode, year, RegistryTestData.NewIdNumber(), 2),
            .. SubsidyRulesTestData.ServiceRows(pending.CreditCode, year, RegistryTestData.NewIdNumber(), 1)]);
        var approvedClaim = await admin.ApplyOkAsync(new { itemCode = SubsidyRulesTestData.ServiceFee, year, institutionId = approved.Id, inputs = new { } });
        await admin.ApplyOkAsync(new { itemCode = SubsidyRulesTestData.ServiceFee, year, institutionId = pending.Id, inputs = new { } });
        var refund = await admin.ApplyOkAsync(SubsidyTestData.RefundBody(approved.Id, year));
        foreach (var id in new[] { approvedClaim, refund })
        {
            await street.ActOkAsync(id, "street-approve");
            await district.ActOkAsync(id, "district-approve");
        }

        var inspectors = await InspectorsAsync(admin);
        var drawn = await DrawAsync(admin, "FeeReductionClaims", year, inspectors, tiedTo: approved.Id);
        Assert.Equal(1, drawn.GetProperty("populationSize").GetInt32());
        var check = drawn.GetProperty("checks").EnumerateArray().Single();
        Assert.Equal(approvedClaim, check.GetProperty("objectId").GetGuid());
        Assert.Equal(new[] { inspectors[1].Id.ToString(), inspectors[2].Id.ToString() }.Order(), InspectorIds(check).Order());

        await RecordDiscrepancyAsync(admin, check);
        var record = await admin.IntegrityAsync(approved.Id);
        Assert.Equal("SpotCheckDiscrepancy", record.GetProperty("entries")[0].GetProperty("kind").GetString());
    }

    private static async Task<List<CreatedUser>> InspectorsAsync(HttpClient admin)
    {
        var inspectors = new List<CreatedUser>();
        for (var i = 0; i < 3; i++)
        {
            inspectors.Add(await admin.CreateScopedUserAsync("Inspector"));
        }

        return inspectors;
    }

    /// <summary>Creates a plan at 100% with the first inspector tied to <paramref name="tiedTo"/>, and draws it.</summary>
    private static async Task<JsonElement> DrawAsync(HttpClient admin, string population, int year, List<CreatedUser> inspectors, Guid tiedTo)
    {
        var plan = await (await admin.PostAsJsonAsync($"{InspectionTestApi.Base}/spot-checks/plans", new
        {
            name = $"{year}年度{population}抽查",
            year,
            population,
            rates = new { a = 1000, b = 1000, c = 1000, d = 1000 },
            inspectorsPerObject = 2,
            recuseSameStreet = false,
            inspectors = inspectors.Select((u, n) => new
            {
                userId = u.Id.ToString(), name = u.UserName, streetCode = RegistryTestData.StreetB,
                conflictInstitutionIds = n == 0 ? new[] { tiedTo } : [],
            }).ToArray(),
        }, Ct)).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(population, plan.GetProperty("population").GetString());
        return await (await admin.PostAsync($"{InspectionTestApi.Base}/spot-checks/plans/{plan.Id()}/draw", null, Ct)).ReadJsonAsync();
    }

    private static string[] InspectorIds(JsonElement check) =>
        check.GetProperty("inspectors").EnumerateArray().Select(i => i.GetProperty("userId").GetString()!).ToArray();

    private static async Task RecordDiscrepancyAsync(HttpClient admin, JsonElement check) =>
        await (await admin.PostAsJsonAsync($"{InspectionTestApi.Base}/spot-checks/checks/{check.Id()}/result",
            new { result = "Discrepancy", findings = "服务记录与申报不符" }, Ct)).EnsureStatusAsync(HttpStatusCode.OK);
}
