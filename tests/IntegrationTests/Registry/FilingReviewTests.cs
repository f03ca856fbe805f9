using System.Net;
using Jiafu.IntegrationTests.Infrastructure;
using static Jiafu.IntegrationTests.Registry.ServicePointFilingTitleTestApi;

namespace Jiafu.IntegrationTests.Registry;

/// <summary>Employee-based enterprise filings (员工制家政企业备案): submit, one pending at a time, approve with criteria, reject, scope.</summary>
public sealed class FilingReviewTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private JiafuApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task Given_an_operator_When_submitting_a_filing_for_their_institution_Then_201_submitted_with_unmet_criteria()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync();
        var operatorClient = await Factory.CreateOperatorClientAsync(admin, institution.Id);
        var body = NewFilingBody(institution.Id, staffCount: 9);
        body["ongoingTraining"] = false;

        var response = await operatorClient.SubmitFilingAsync(body);

        var json = await response.ReadJsonAsync(HttpStatusCode.Created);
        var id = json.GetProperty("id").GetGuid();
        Assert.Equal($"{FilingsUrl}/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("Submitted", json.GetProperty("status").GetString());
        Assert.Equal(institution.Id, json.GetProperty("institutionId").GetGuid());
        Assert.Equal(9, json.GetProperty("staffCount").GetInt32());
        Assert.Equal(["ongoingTraining", "staffCount"], json.GetProperty("unmetCriteria").Strings());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("validUntil").ValueKind);

        var fetched = await operatorClient.GetJsonAsync($"{FilingsUrl}/{id}");
        Assert.Equal("Submitted", fetched.GetProperty("status").GetString());
        Assert.False(fetched.GetProperty("ongoingTraining").GetBoolean());
    }

    [Fact]
    public async Task Given_a_pending_filing_When_submitting_another_Then_409_filing_pending_until_it_is_decided()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync();
        var first = await admin.SubmitFilingAsync(institution.Id);

        var problem = await (await admin.SubmitFilingAsync(NewFilingBody(institution.Id))).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("filing_pending", problem.Code());
        Assert.True(problem.HasError("institutionId"));

        await (await admin.RejectFilingAsync(first, "材料不全")).EnsureStatusAsync(HttpStatusCode.OK);
        await (await admin.SubmitFilingAsync(NewFilingBody(institution.Id))).EnsureStatusAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Given_concurrent_submissions_for_one_institution_When_racing_Then_exactly_one_is_created()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => admin.SubmitFilingAsync(NewFilingBody(institution.Id))));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        var list = await admin.GetJsonAsync($"{FilingsUrl}?institutionId={institution.Id}");
        Assert.Equal(1, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Given_unmet_criteria_When_approving_Then_409_criteria_not_met_listing_each_unmet_one_only()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync();
        var body = NewFilingBody(institution.Id, staffCount: 7);
        body["socialInsurancePaid"] = false;
        body["minimumWagePaidThroughBank"] = false;
        var id = (await (await admin.SubmitFilingAsync(body)).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var problem = await (await admin.ApproveFilingAsync(id)).ReadProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("criteria_not_met", problem.Code());
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("socialInsurancePaid", detail);
        Assert.Contains("minimumWagePaidThroughBank", detail);
        Assert.Contains("staffCount (7 < 10", detail);
        Assert.DoesNotContain("allWorkersContracted", detail);
        Assert.DoesNotContain("ongoingTraining", detail);
        Assert.DoesNotContain("writtenManagementRules", detail);
        Assert.Equal("Submitted", (await admin.GetJsonAsync($"{FilingsUrl}/{id}")).GetProperty("status").GetString());
        Assert.False((await admin.GetInstitutionAsync(institution.Id)).GetProperty("isEmployeeBased").GetBoolean());
    }

    [Fact]
    public async Task Given_all_criteria_met_When_approving_Then_filed_for_a_year_and_the_institution_is_employee_based()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync();
        var id = await admin.SubmitFilingAsync(institution.Id, staffCount: 10);
        var today = TodayInChina();

        var approved = await (await admin.ApproveFilingAsync(id, "材料齐全")).ReadJsonAsync();

        Assert.Equal("Filed", approved.GetProperty("status").GetString());
        Assert.Equal("材料齐全", approved.GetProperty("reviewNote").GetString());
        Assert.Equal(JiafuApiFactory.AdminUserName, approved.GetProperty("reviewedBy").GetString());
        Assert.Empty(approved.GetProperty("unmetCriteria").EnumerateArray());
        var validFrom = DateOnly.Parse(approved.GetProperty("validFrom").GetString()!);
        var validUntil = DateOnly.Parse(approved.GetProperty("validUntil").GetString()!);
        Assert.Equal(today, validFrom);
        Assert.Equal(validFrom.AddMonths(12).AddDays(-1), validUntil);

        var detail = await admin.GetInstitutionAsync(institution.Id);
        Assert.True(detail.GetProperty("isEmployeeBased").GetBoolean());
        Assert.Equal(validUntil.ToString("yyyy-MM-dd"), detail.GetProperty("employeeBasedUntil").GetString());

        var again = await (await admin.ApproveFilingAsync(id)).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("invalid_transition", again.Code());
        var rejectFiled = await (await admin.RejectFilingAsync(id, "迟到的驳回")).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("invalid_transition", rejectFiled.Code());
    }

    [Fact]
    public async Task Given_a_filed_institution_When_listing_filings_expiring_soon_Then_it_is_found_only_within_the_window()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync();
        var id = await admin.SubmitFilingAsync(institution.Id);
        await (await admin.ApproveFilingAsync(id)).EnsureStatusAsync(HttpStatusCode.OK);

        var within = await admin.GetJsonAsync($"{FilingsUrl}?institutionId={institution.Id}&expiringWithinDays=400");
        Assert.Equal(1, within.GetProperty("total").GetInt32());
        var soon = await admin.GetJsonAsync($"{FilingsUrl}?institutionId={institution.Id}&expiringWithinDays=30");
        Assert.Equal(0, soon.GetProperty("total").GetInt32());
        var filed = await admin.GetJsonAsync($"{FilingsUrl}?institutionId={institution.Id}&status=Filed");
        Assert.Equal(id, filed.GetProperty("items")[0].GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Given_a_submitted_filing_When_rejecting_without_then_with_a_reason_Then_400_then_rejected()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync();
        var id = await admin.SubmitFilingAsync(institution.Id);

        var missing = await (await admin.RejectFilingAsync(id, null)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(missing.HasError("reason"));

        var rejected = await (await admin.RejectFilingAsync(id, "社保缴费证明缺失")).ReadJsonAsync();
        Assert.Equal("Rejected", rejected.GetProperty("status").GetString());
        Assert.Equal("社保缴费证明缺失", rejected.GetProperty("reviewNote").GetString());
        Assert.False((await admin.GetInstitutionAsync(institution.Id)).GetProperty("isEmployeeBased").GetBoolean());
        var approve = await (await admin.ApproveFilingAsync(id)).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("invalid_transition", approve.Code());
    }

    [Fact]
    public async Task Given_a_street_officer_When_submitting_for_their_street_Then_201_but_approving_is_403()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync(RegistryTestData.StreetA);
        var officer = await Factory.CreateStreetOfficerClientAsync(admin, RegistryTestData.StreetA);

        var id = await officer.SubmitFilingAsync(institution.Id);

        await (await officer.ApproveFilingAsync(id)).ReadProblemAsync(HttpStatusCode.Forbidden);
        await (await officer.RejectFilingAsync(id, "原因")).ReadProblemAsync(HttpStatusCode.Forbidden);
        var expire = await officer.PostAsync($"{FilingsUrl}/expire-due", null, Ct);
        await expire.ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("Submitted", (await officer.GetJsonAsync($"{FilingsUrl}/{id}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Given_a_street_officer_of_another_street_When_reading_or_submitting_Then_404_or_400_and_absent_from_lists()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync(RegistryTestData.StreetA);
        var id = await admin.SubmitFilingAsync(institution.Id);
        var other = await Factory.CreateStreetOfficerClientAsync(admin, RegistryTestData.StreetB);

        await (await other.GetAsync($"{FilingsUrl}/{id}", Ct)).ReadProblemAsync(HttpStatusCode.NotFound);
        var list = await other.GetJsonAsync($"{FilingsUrl}?institutionId={institution.Id}");
        Assert.Equal(0, list.GetProperty("total").GetInt32());
        var submit = await other.SubmitFilingAsync(NewFilingBody(institution.Id));
        Assert.True((await submit.ReadProblemAsync(HttpStatusCode.BadRequest)).HasError("institutionId"));

        var operatorOfAnother = await Factory.CreateOperatorClientAsync(admin, (await admin.CreateInstitutionAsync()).Id);
        await (await operatorOfAnother.GetAsync($"{FilingsUrl}/{id}", Ct)).ReadProblemAsync(HttpStatusCode.NotFound);
    }
}
