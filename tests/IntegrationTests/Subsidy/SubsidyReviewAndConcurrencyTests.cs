using System.Net;
using Jiafu.IntegrationTests.Infrastructure;
using Jiafu.IntegrationTests.Registry;

namespace Jiafu.IntegrationTests.Subsidy;

/// <summary>Who may do what (scope, self-approval, two different reviewers), and the fund and claims under concurrent HTTP requests.</summary>
public sealed class SubsidyReviewAndConcurrencyTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Given_applications_When_other_institutions_streets_and_roles_act_Then_scope_and_permissions_hold()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var year = SubsidyTestData.NewYear();
        var mine = await admin.CreateActiveInstitutionAsync(RegistryTestData.StreetA);
        var other = await admin.CreateActiveInstitutionAsync(RegistryTestData.StreetB);
        var applicant = await fixture.Factory.CreateOperatorClientAsync(admin, mine);
        var otherOperator = await fixture.Factory.CreateOperatorClientAsync(admin, other);
        var streetB = await fixture.Factory.CreateStreetOfficerClientAsync(admin, RegistryTestData.StreetB);
        var streetA = await fixture.Factory.CreateStreetOfficerClientAsync(admin, RegistryTestData.StreetA);
        var auditor = await fixture.Factory.CreateRoleClientAsync(admin, "Auditor");

        // An operator applies only for their own institution.
        var foreign = await (await applicant.ApplyAsync(SubsidyTestData.RefundBody(other, year))).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(foreign.HasError("institutionId"));
        var id = await applicant.ApplyOkAsync(SubsidyTestData.RefundBody(mine, year));

        await otherOperator.GetJsonAsync($"{SubsidyTestData.ApplicationsUrl}/{id}", HttpStatusCode.NotFound);
        await streetB.GetJsonAsync($"{SubsidyTestData.ApplicationsUrl}/{id}", HttpStatusCode.NotFound);
        Assert.Equal(0, (await streetB.GetJsonAsync($"{SubsidyTestData.ApplicationsUrl}?year={year}")).GetProperty("total").GetInt32());
        await (await streetB.ActAsync(id, "street-approve")).EnsureStatusAsync(HttpStatusCode.NotFound);
        await auditor.GetJsonAsync($"{SubsidyTestData.ApplicationsUrl}/{id}");
        await (await auditor.ActAsync(id, "street-approve")).EnsureStatusAsync(HttpStatusCode.Forbidden);
        // The fund and its ledger are the district's: auditors read them, institutions do not.
        await auditor.GetJsonAsync($"{SubsidyTestData.FundsUrl}/{year}/ledger");
        await applicant.GetJsonAsync($"{SubsidyTestData.FundsUrl}/{year}", HttpStatusCode.Forbidden);
        await (await auditor.AllocateAsync(year, 1m)).EnsureStatusAsync(HttpStatusCode.Forbidden);
        await (await applicant.ActAsync(id, "street-approve")).EnsureStatusAsync(HttpStatusCode.Forbidden);
        await (await streetA.ActAsync(id, "district-approve")).EnsureStatusAsync(HttpStatusCode.Forbidden);
        await (await streetA.ActAsync(id, "pay", new { paidOn = SubsidyTestData.Today, bankReference = "X" })).EnsureStatusAsync(HttpStatusCode.Forbidden);
        // Out of order: district approval before the street review.
        var early = await (await admin.ActAsync(id, "district-approve")).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("invalid_transition", early.Code());
        Assert.Equal(1, (await streetA.GetJsonAsync($"{SubsidyTestData.ApplicationsUrl}?year={year}&status=Submitted")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Given_an_officer_who_submitted_or_did_the_first_review_When_they_approve_Then_403()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var year = SubsidyTestData.NewYear();
        var institutionId = await admin.CreateActiveInstitutionAsync(RegistryTestData.StreetA);
        var street = await fixture.Factory.CreateStreetOfficerClientAsync(admin, RegistryTestData.StreetA);
        var district = await fixture.Factory.CreateRoleClientAsync(admin, "DistrictOfficer");
        await (await district.AllocateAsync(year, 10_000m)).EnsureStatusAsync(HttpStatusCode.OK);

        var byStreet = await street.ApplyOkAsync(SubsidyTestData.RefundBody(institutionId, year));
        await (await street.ActAsync(byStreet, "street-approve")).EnsureStatusAsync(HttpStatusCode.Forbidden);

        var award = await district.ApplyOkAsync(new { itemCode = "Award", year, institutionId, inputs = new { awardCategory = "BrandTitle", requestedAmount = 5000m } });
        await street.ActOkAsync(award, "street-approve");
        await (await district.ActAsync(award, "district-approve")).EnsureStatusAsync(HttpStatusCode.Forbidden);

        // The district officer did the street step: they cannot also do the second review.
        await district.ActOkAsync(byStreet, "street-approve");
        await (await district.ActAsync(byStreet, "district-approve")).EnsureStatusAsync(HttpStatusCode.Forbidden);
        Assert.Equal("Approved", (await admin.ActOkAsync(byStreet, "district-approve")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Given_an_allocation_for_3_When_10_district_approvals_race_Then_exactly_3_are_reserved_and_the_fund_never_overdraws()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var year = SubsidyTestData.NewYear();
        var street = await fixture.Factory.CreateStreetOfficerClientAsync(admin, RegistryTestData.StreetA);
        await (await admin.AllocateAsync(year, 1000m)).EnsureStatusAsync(HttpStatusCode.OK);
        var ids = new List<Guid>();
        for (var i = 0; i < 10; i++)
        {
            var institutionId = await admin.CreateActiveInstitutionAsync(RegistryTestData.StreetA);
            var id = await admin.ApplyOkAsync(SubsidyTestData.RefundBody(institutionId, year, premium: 300m));
            await street.ActOkAsync(id, "street-approve");
            ids.Add(id);
        }

        var districts = new List<HttpClient>();
        for (var i = 0; i < 4; i++)
        {
            districts.Add(await fixture.Factory.CreateRoleClientAsync(admin, "DistrictOfficer"));
        }

        var responses = await Task.WhenAll(ids.Select((id, i) => districts[i % districts.Count].ActAsync(id, "district-approve")));

        var statuses = responses.GroupBy(r => r.StatusCode).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(3, statuses.GetValueOrDefault(HttpStatusCode.OK));
        Assert.Equal(7, statuses.GetValueOrDefault(HttpStatusCode.Conflict));
        var refusal = await responses.First(r => r.StatusCode == HttpStatusCode.Conflict).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("fund_exhausted", refusal.Code());
        var fund = await admin.FundItemAsync(year);
        Assert.Equal(900m, fund.Dec("reserved"));
        Assert.Equal(100m, fund.Dec("available"));
        Assert.Equal(7, (await admin.GetJsonAsync($"{SubsidyTestData.ApplicationsUrl}?year={year}&status=StreetApproved")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Given_one_enterprise_When_12_applications_for_the_same_year_race_Then_exactly_one_is_taken()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var year = SubsidyTestData.NewYear();
        var institutionId = await admin.CreateActiveInstitutionAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => admin.ApplyAsync(SubsidyTestData.RefundBody(institutionId, year))));

        var statuses = responses.GroupBy(r => r.StatusCode).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(1, statuses.GetValueOrDefault(HttpStatusCode.Created));
        Assert.Equal(11, statuses.GetValueOrDefault(HttpStatusCode.Conflict));
        Assert.Equal(1, (await admin.GetJsonAsync($"{SubsidyTestData.ApplicationsUrl}?year={year}&institutionId={institutionId}")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Given_an_approved_application_When_two_payments_race_Then_it_is_paid_once()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var year = SubsidyTestData.NewYear();
        var institutionId = await admin.CreateActiveInstitutionAsync();
        var street = await fixture.Factory.CreateStreetOfficerClientAsync(admin, RegistryTestData.StreetA);
        var district = await fixture.Factory.CreateRoleClientAsync(admin, "DistrictOfficer");
        await (await admin.AllocateAsync(year, 1000m)).EnsureStatusAsync(HttpStatusCode.OK);
        var id = await admin.ApplyOkAsync(SubsidyTestData.RefundBody(institutionId, year));
        await street.ActOkAsync(id, "street-approve");
        await district.ActOkAsync(id, "district-approve");

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            (i % 2 == 0 ? admin : district).ActAsync(id, "pay", new { paidOn = SubsidyTestData.Today, bankReference = $"BK-{i}" })));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(5, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        var fund = await admin.FundItemAsync(year);
        Assert.Equal(300m, fund.Dec("paid"));
        Assert.Equal(0m, fund.Dec("reserved"));
    }
}
