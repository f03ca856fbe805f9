using System.Net;
using System.Net.Http.Json;
using Jiafu.IntegrationTests.Infrastructure;
using Jiafu.IntegrationTests.Registry;

namespace Jiafu.IntegrationTests.Subsidy;

/// <summary>Applications from preview to recovery: the breakdown, two reviews, the fund figures and the ledger at each step.</summary>
public sealed class SubsidyWorkflowTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Given_a_refund_application_When_it_is_previewed_reviewed_twice_paid_and_recovered_Then_the_fund_and_ledger_follow_and_balance()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var year = SubsidyTestData.NewYear();
        var institutionId = await admin.CreateActiveInstitutionAsync(RegistryTestData.StreetA);
        var applicant = await fixture.Factory.CreateOperatorClientAsync(admin, institutionId);
        var street = await fixture.Factory.CreateStreetOfficerClientAsync(admin, RegistryTestData.StreetA);
        var district = await fixture.Factory.CreateRoleClientAsync(admin, "DistrictOfficer");
        await (await district.AllocateAsync(year, 10_000m)).EnsureStatusAsync(HttpStatusCode.OK);
        var body = SubsidyTestData.RefundBody(institutionId, year, insured: 200, laidOff: 11, premium: 4321.50m);

        var preview = await (await applicant.PostAsJsonAsync($"{SubsidyTestData.ApplicationsUrl}/preview", body, Ct)).ReadJsonAsync();
        Assert.True(preview.GetProperty("eligible").GetBoolean());
        Assert.Equal(4321.50m, preview.Dec("amount"));
        Assert.Equal(0, (await applicant.GetJsonAsync($"{SubsidyTestData.ApplicationsUrl}?year={year}")).GetProperty("total").GetInt32());

        var created = await (await applicant.ApplyAsync(body)).ReadJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal("Submitted", created.GetProperty("status").GetString());
        Assert.Equal(4321.50m, created.Dec("amount"));
        var breakdown = created.GetProperty("breakdown");
        Assert.Equal(0, breakdown.GetProperty("parameterVersion").GetInt32());
        Assert.Equal("200", breakdown.GetProperty("inputs").GetProperty("insuredStaff").GetString());
        Assert.Equal(0.055m, breakdown.GetProperty("parameters").GetProperty("MaxLayoffRate").GetDecimal());
        Assert.True(breakdown.GetProperty("steps").GetArrayLength() >= 3);

        var afterStreet = await street.ActOkAsync(id, "street-approve", new { comment = "材料齐全" });
        Assert.Equal("StreetApproved", afterStreet.GetProperty("status").GetString());
        Assert.Equal(0m, (await district.FundItemAsync(year)).Dec("reserved"));

        var approved = await district.ActOkAsync(id, "district-approve", new { comment = "同意" });
        Assert.Equal("Approved", approved.GetProperty("status").GetString());
        var fund = await district.FundItemAsync(year);
        Assert.Equal(4321.50m, fund.Dec("reserved"));
        Assert.Equal(10_000m - 4321.50m, fund.Dec("available"));

        var paid = await district.ActOkAsync(id, "pay", new { paidOn = SubsidyTestData.Today, bankReference = "BK-2026-0001" });
        Assert.Equal("Paid", paid.GetProperty("status").GetString());
        Assert.Equal("BK-2026-0001", paid.GetProperty("bankReference").GetString());
        fund = await district.FundItemAsync(year);
        Assert.Equal(0m, fund.Dec("reserved"));
        Assert.Equal(4321.50m, fund.Dec("paid"));

        await district.ActOkAsync(id, "recovery", new { reason = "抽查发现裁员人数不实" });
        Assert.Equal(4321.50m, (await district.FundItemAsync(year)).Dec("paid"));
        var recovered = await district.ActOkAsync(id, "recovery/complete", new { recoveredOn = SubsidyTestData.Today, reference = "RC-1" });
        Assert.Equal("Recovered", recovered.GetProperty("status").GetString());
        fund = await district.FundItemAsync(year);
        Assert.Equal(0m, fund.Dec("paid"));
        Assert.Equal(4321.50m, fund.Dec("recovered"));
        Assert.Equal(10_000m, fund.Dec("available"));
        Assert.Equal(
            ["Submit", "StreetApprove", "DistrictApprove", "Pay", "OrderRecovery", "Recover"],
            recovered.GetProperty("reviews").EnumerateArray().Select(r => r.GetProperty("action").GetString()!).ToArray());

        var ledger = await district.GetJsonAsync($"{SubsidyTestData.FundsUrl}/{year}/ledger");
        Assert.Equal(
            ["Allocate", "Reserve", "Pay", "Recover"],
            ledger.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("kind").GetString()!).ToArray());

        // Paid and recovered once: the enterprise cannot claim the refund again for the year.
        var again = await (await applicant.ApplyAsync(body)).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("duplicate_claim", again.Code());
    }

    [Fact]
    public async Task Given_a_layoff_rate_above_the_threshold_When_applying_Then_409_not_eligible_with_the_reason_and_the_preview_explains()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var year = SubsidyTestData.NewYear();
        var institutionId = await admin.CreateActiveInstitutionAsync();
        var body = SubsidyTestData.RefundBody(institutionId, year, insured: 31, laidOff: 6);

        var preview = await (await admin.PostAsJsonAsync($"{SubsidyTestData.ApplicationsUrl}/preview", body, Ct)).ReadJsonAsync();
        Assert.False(preview.GetProperty("eligible").GetBoolean());
        Assert.Contains("5.50", preview.GetProperty("reason").GetString());

        var problem = await (await admin.ApplyAsync(body)).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("not_eligible", problem.Code());
        await (await admin.ApplyAsync(SubsidyTestData.RefundBody(institutionId, year, insured: 30, laidOff: 6))).EnsureStatusAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Given_missing_or_bad_inputs_When_applying_Then_400_names_the_field()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var institutionId = await admin.CreateActiveInstitutionAsync();

        var missing = await (await admin.ApplyAsync(new { itemCode = SubsidyTestData.Refund, year = 2026, institutionId, inputs = new { insuredStaff = 10 } }))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(missing.HasError("inputs.laidOffStaff"), missing.ToString());
        var bad = await (await admin.ApplyAsync(SubsidyTestData.RefundBody(institutionId, 2026, insured: 10, laidOff: 11)))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(bad.HasError("inputs.laidOffStaff"), bad.ToString());
        var item = await (await admin.ApplyAsync(new { itemCode = "NoSuchItem", year = 2026, institutionId, inputs = new { } }))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(item.HasError("itemCode"), item.ToString());
    }

    [Fact]
    public async Task Given_an_award_above_the_cap_When_applying_Then_it_is_capped_at_100000_and_one_per_category_and_year()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var year = SubsidyTestData.NewYear();
        var institutionId = await admin.CreateActiveInstitutionAsync();
        object Award(string category, decimal amount) => new { itemCode = "Award", year, institutionId, inputs = new { awardCategory = category, requestedAmount = amount } };

        var created = await (await admin.ApplyAsync(Award("BrandTitle", 150_000m))).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(100_000m, created.Dec("amount"));
        Assert.Equal("duplicate_claim", (await (await admin.ApplyAsync(Award("BrandTitle", 1000m))).ReadProblemAsync(HttpStatusCode.Conflict)).Code());
        await (await admin.ApplyAsync(Award("ProfessionalMarket", 1000m))).EnsureStatusAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Given_a_rejected_application_When_the_enterprise_applies_again_Then_it_may_and_a_revoked_approval_releases_its_reservation()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var year = SubsidyTestData.NewYear();
        var institutionId = await admin.CreateActiveInstitutionAsync();
        var applicant = await fixture.Factory.CreateOperatorClientAsync(admin, institutionId);
        var street = await fixture.Factory.CreateStreetOfficerClientAsync(admin, RegistryTestData.StreetA);
        var district = await fixture.Factory.CreateRoleClientAsync(admin, "DistrictOfficer");
        await (await district.AllocateAsync(year, 1000m)).EnsureStatusAsync(HttpStatusCode.OK);

        var first = await applicant.ApplyOkAsync(SubsidyTestData.RefundBody(institutionId, year));
        var rejected = await street.ActOkAsync(first, "reject", new { comment = "材料不全" });
        Assert.Equal("Rejected", rejected.GetProperty("status").GetString());
        var problem = await (await street.ActAsync(first, "reject", new { comment = "" })).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.HasError("comment"));

        var second = await applicant.ApplyOkAsync(SubsidyTestData.RefundBody(institutionId, year));
        await street.ActOkAsync(second, "street-approve");
        await district.ActOkAsync(second, "district-approve");
        Assert.Equal(300m, (await district.FundItemAsync(year)).Dec("reserved"));
        // A street officer cannot revoke an approval.
        await (await street.ActAsync(second, "reject", new { comment = "x" })).EnsureStatusAsync(HttpStatusCode.Forbidden);
        await district.ActOkAsync(second, "reject", new { comment = "复核发现不符" });
        var fund = await district.FundItemAsync(year);
        Assert.Equal(0m, fund.Dec("reserved"));
        Assert.Equal(1000m, fund.Dec("available"));

        // Below what is committed an allocation cannot go.
        var third = await applicant.ApplyOkAsync(SubsidyTestData.RefundBody(institutionId, year));
        await street.ActOkAsync(third, "street-approve");
        await district.ActOkAsync(third, "district-approve");
        var below = await (await district.AllocateAsync(year, 299.99m)).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("below_committed", below.Code());
        await (await district.AllocateAsync(year, 300m)).EnsureStatusAsync(HttpStatusCode.OK);
        Assert.Equal(0m, (await district.FundItemAsync(year)).Dec("available"));
    }

    [Fact]
    public async Task Given_new_parameters_for_the_year_When_applying_Then_the_new_version_is_used_and_named_and_the_history_kept()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var year = SubsidyTestData.NewYear();
        var institutionId = await admin.CreateActiveInstitutionAsync();
        var url = $"{SubsidyTestData.PoliciesUrl}/{SubsidyTestData.Refund}/years/{year}";
        var values = new Dictionary<string, decimal>
        {
            ["RefundRate"] = 0.5m, ["MaxLayoffRate"] = 0.055m, ["SmallEnterpriseMaxInsuredStaff"] = 30, ["SmallEnterpriseMaxLayoffRate"] = 0.2m,
        };

        var bad = await (await admin.PutAsJsonAsync(url, new { effectiveFrom = $"{year}-01-01", values = new Dictionary<string, decimal>(values) { ["RefundRate"] = 1.5m } }, Ct))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(bad.HasError("values.refundRate"), bad.ToString());
        var policy = await (await admin.PutAsJsonAsync(url, new { effectiveFrom = $"{year}-01-01", values, note = "年度调整" }, Ct)).ReadJsonAsync();
        Assert.Equal(1, policy.GetProperty("current").GetProperty("version").GetInt32());
        Assert.Equal(2, policy.GetProperty("history").GetArrayLength());

        var created = await (await admin.ApplyAsync(SubsidyTestData.RefundBody(institutionId, year, premium: 1000m))).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(500m, created.Dec("amount"));
        Assert.Equal(1, created.GetProperty("parameterVersion").GetInt32());
        Assert.Equal(1, created.GetProperty("breakdown").GetProperty("parameterVersion").GetInt32());

        var catalogue = await admin.GetJsonAsync($"{SubsidyTestData.PoliciesUrl}?year={year}");
        Assert.Equal(9, catalogue.GetArrayLength());
        var audit = await admin.FindAuditEntryAsync("action=SetPolicyParameters", e => e.GetProperty("targetId").GetString() == $"{SubsidyTestData.Refund}:{year}");
        Assert.NotNull(audit);
    }

    [Fact]
    public async Task Given_a_returned_application_When_the_institution_resubmits_corrected_inputs_Then_it_is_recomputed_and_back_in_the_street_queue()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var year = SubsidyTestData.NewYear();
        var institutionId = await admin.CreateActiveInstitutionAsync(RegistryTestData.StreetA);
        var applicant = await fixture.Factory.CreateOperatorClientAsync(admin, institutionId);
        var street = await fixture.Factory.CreateStreetOfficerClientAsync(admin, RegistryTestData.StreetA);
        var id = await applicant.ApplyOkAsync(SubsidyTestData.RefundBody(institutionId, year, premium: 800m));

        await (await applicant.ActAsync(id, "resubmit", new { inputs = new { insuredStaff = 100, laidOffStaff = 2, lastYearPremium = 700m } }))
            .EnsureStatusAsync(HttpStatusCode.Conflict);
        var returned = await street.ActOkAsync(id, "return", new { comment = "保费金额与缴费凭证不符" });
        Assert.Equal("Returned", returned.GetProperty("status").GetString());
        var tooHigh = await (await applicant.ActAsync(id, "resubmit", new { inputs = new { insuredStaff = 100, laidOffStaff = 6, lastYearPremium = 700m } }))
            .ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("not_eligible", tooHigh.Code());

        var resubmitted = await applicant.ActOkAsync(id, "resubmit", new { inputs = new { insuredStaff = 100, laidOffStaff = 2, lastYearPremium = 700m }, comment = "已更正" });
        Assert.Equal("Submitted", resubmitted.GetProperty("status").GetString());
        Assert.Equal(700m, resubmitted.Dec("amount"));
        Assert.Equal("700.00", resubmitted.GetProperty("breakdown").GetProperty("inputs").GetProperty("lastYearPremium").GetString());
        Assert.Equal("StreetApproved", (await street.ActOkAsync(id, "street-approve")).GetProperty("status").GetString());
    }
}
