using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jiafu.IntegrationTests.Infrastructure;
using Jiafu.IntegrationTests.Registry;

namespace Jiafu.IntegrationTests.Subsidy;

/// <summary>Bulk review (批量审核): each application on its own, with the single action's rules; per-item results.</summary>
public sealed class SubsidyBulkReviewTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private const string BulkUrl = SubsidyTestData.ApplicationsUrl + "/bulk-review";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> BulkAsync(HttpClient client, object body, HttpStatusCode expected = HttpStatusCode.OK) =>
        await (await client.PostAsJsonAsync(BulkUrl, body, Ct)).ReadJsonAsync(expected);

    private static JsonElement ResultOf(JsonElement bulk, Guid id) =>
        bulk.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == id);

    private static string? ProblemCode(JsonElement result) =>
        result.GetProperty("problem").ValueKind == JsonValueKind.Object ? result.GetProperty("problem").GetProperty("code").GetString() : null;

    [Fact]
    public async Task Given_a_mixed_selection_When_a_street_officer_bulk_approves_Then_each_item_gets_the_single_actions_answer_and_only_valid_ones_change()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var year = SubsidyTestData.NewYear();
        var street = await fixture.Factory.CreateStreetOfficerClientAsync(admin, RegistryTestData.StreetA);
        var first = await admin.ApplyOkAsync(SubsidyTestData.RefundBody(await admin.CreateActiveInstitutionAsync(RegistryTestData.StreetA), year));
        var second = await admin.ApplyOkAsync(SubsidyTestData.RefundBody(await admin.CreateActiveInstitutionAsync(RegistryTestData.StreetA), year));
        var otherStreet = await admin.ApplyOkAsync(SubsidyTestData.RefundBody(await admin.CreateActiveInstitutionAsync(RegistryTestData.StreetB), year));
        var own = await street.ApplyOkAsync(SubsidyTestData.RefundBody(await admin.CreateActiveInstitutionAsync(RegistryTestData.StreetA), year));
        var already = await admin.ApplyOkAsync(SubsidyTestData.RefundBody(await admin.CreateActiveInstitutionAsync(RegistryTestData.StreetA), year));
        await street.ActOkAsync(already, "street-approve");

        var bulk = await BulkAsync(street, new { ids = new[] { first, otherStreet, own, second, already }, action = "Approve", comment = "批量初审" });

        Assert.Equal([first, otherStreet, own, second, already],
            bulk.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToArray());
        Assert.Equal(2, bulk.GetProperty("succeeded").GetInt32());
        Assert.Equal(3, bulk.GetProperty("failed").GetInt32());
        foreach (var ok in new[] { first, second })
        {
            var result = ResultOf(bulk, ok);
            Assert.True(result.GetProperty("ok").GetBoolean());
            Assert.Equal("StreetApproved", result.GetProperty("status").GetString());
            var stored = await admin.GetJsonAsync($"{SubsidyTestData.ApplicationsUrl}/{ok}");
            var review = stored.GetProperty("reviews").EnumerateArray().Last();
            Assert.Equal("StreetApprove", review.GetProperty("action").GetString());
            Assert.Equal("批量初审", review.GetProperty("comment").GetString());
        }

        Assert.Equal("not_found", ProblemCode(ResultOf(bulk, otherStreet)));
        Assert.Equal(404, ResultOf(bulk, otherStreet).GetProperty("problem").GetProperty("status").GetInt32());
        Assert.Equal(JsonValueKind.Null, ResultOf(bulk, otherStreet).GetProperty("status").ValueKind);
        Assert.Equal("forbidden", ProblemCode(ResultOf(bulk, own)));
        Assert.Equal("Submitted", ResultOf(bulk, own).GetProperty("status").GetString());
        // A street officer's "approve" of a street-approved application would be the district's step: refused.
        Assert.Equal("forbidden", ProblemCode(ResultOf(bulk, already)));
        Assert.Equal("Submitted", (await admin.GetJsonAsync($"{SubsidyTestData.ApplicationsUrl}/{otherStreet}")).GetProperty("status").GetString());
        Assert.Equal("Submitted", (await admin.GetJsonAsync($"{SubsidyTestData.ApplicationsUrl}/{own}")).GetProperty("status").GetString());
        Assert.Equal("StreetApproved", (await admin.GetJsonAsync($"{SubsidyTestData.ApplicationsUrl}/{already}")).GetProperty("status").GetString());

        // Each item is audited as its own single action.
        var audited = await admin.FindAuditEntryAsync("action=StreetApproveApplication", e => e.GetProperty("targetId").GetString() == second.ToString());
        Assert.NotNull(audited);
    }

    [Fact]
    public async Task Given_street_approved_applications_and_an_allocation_for_two_When_the_district_bulk_approves_three_Then_two_reserve_and_the_third_reports_fund_exhausted()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var year = SubsidyTestData.NewYear();
        var street = await fixture.Factory.CreateStreetOfficerClientAsync(admin, RegistryTestData.StreetA);
        var district = await fixture.Factory.CreateRoleClientAsync(admin, "DistrictOfficer");
        await (await admin.AllocateAsync(year, 600m)).EnsureStatusAsync(HttpStatusCode.OK);
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var id = await admin.ApplyOkAsync(SubsidyTestData.RefundBody(await admin.CreateActiveInstitutionAsync(RegistryTestData.StreetA), year, premium: 300m));
            await street.ActOkAsync(id, "street-approve");
            ids.Add(id);
        }

        var bulk = await BulkAsync(district, new { ids, action = "Approve" });

        Assert.Equal([true, true, false], bulk.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("ok").GetBoolean()).ToArray());
        Assert.Equal(["Approved", "Approved", "StreetApproved"], bulk.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("status").GetString()).ToArray());
        Assert.Equal("fund_exhausted", ProblemCode(ResultOf(bulk, ids[2])));
        Assert.Equal(409, ResultOf(bulk, ids[2]).GetProperty("problem").GetProperty("status").GetInt32());
        var fund = await admin.FundItemAsync(year);
        Assert.Equal(600m, fund.Dec("reserved"));
        Assert.Equal(0m, fund.Dec("available"));

        // The refused one can be returned in bulk with a comment; approved ones cannot be returned (invalid transition).
        var returned = await BulkAsync(district, new { ids, action = "Return", comment = "资金不足，请补充材料后再报" });
        Assert.Equal([false, false, true], returned.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("ok").GetBoolean()).ToArray());
        Assert.Equal("invalid_transition", ProblemCode(ResultOf(returned, ids[0])));
        Assert.Equal("Returned", ResultOf(returned, ids[2]).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Given_bad_bulk_requests_When_posted_Then_400_with_field_errors_and_nothing_changes()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var year = SubsidyTestData.NewYear();
        var id = await admin.ApplyOkAsync(SubsidyTestData.RefundBody(await admin.CreateActiveInstitutionAsync(RegistryTestData.StreetA), year));

        var noComment = await (await admin.PostAsJsonAsync(BulkUrl, new { ids = new[] { id }, action = "Reject" }, Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(noComment.HasError("comment"));
        var empty = await (await admin.PostAsJsonAsync(BulkUrl, new { ids = Array.Empty<Guid>(), action = "Approve" }, Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(empty.HasError("ids"));
        var repeated = await (await admin.PostAsJsonAsync(BulkUrl, new { ids = new[] { id, id }, action = "Approve" }, Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(repeated.HasError("ids"));
        var tooMany = await (await admin.PostAsJsonAsync(BulkUrl,
            new { ids = Enumerable.Range(0, 101).Select(_ => Guid.NewGuid()).ToArray(), action = "Approve" }, Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(tooMany.HasError("ids"));
        Assert.Equal("Submitted", (await admin.GetJsonAsync($"{SubsidyTestData.ApplicationsUrl}/{id}")).GetProperty("status").GetString());

        var applicant = await fixture.Factory.CreateOperatorClientAsync(admin, await admin.CreateActiveInstitutionAsync(RegistryTestData.StreetA));
        await (await applicant.PostAsJsonAsync(BulkUrl, new { ids = new[] { id }, action = "Approve" }, Ct)).EnsureStatusAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Given_two_district_officers_When_they_bulk_approve_the_same_applications_at_once_Then_each_is_approved_once_and_the_fund_is_never_overdrawn()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var year = SubsidyTestData.NewYear();
        var street = await fixture.Factory.CreateStreetOfficerClientAsync(admin, RegistryTestData.StreetA);
        await (await admin.AllocateAsync(year, 900m)).EnsureStatusAsync(HttpStatusCode.OK);
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            var id = await admin.ApplyOkAsync(SubsidyTestData.RefundBody(await admin.CreateActiveInstitutionAsync(RegistryTestData.StreetA), year, premium: 300m));
            await street.ActOkAsync(id, "street-approve");
            ids.Add(id);
        }

        var officers = new[]
        {
            await fixture.Factory.CreateRoleClientAsync(admin, "DistrictOfficer"),
            await fixture.Factory.CreateRoleClientAsync(admin, "DistrictOfficer"),
            await fixture.Factory.CreateRoleClientAsync(admin, "DistrictOfficer"),
        };
        var bulks = await Task.WhenAll(officers.Select((o, n) => BulkAsync(o, new { ids = n % 2 == 0 ? ids : Enumerable.Reverse(ids).ToList(), action = "Approve" })));

        Assert.Equal(3, bulks.Sum(b => b.GetProperty("succeeded").GetInt32()));
        var approvedTwice = bulks.SelectMany(b => b.GetProperty("items").EnumerateArray())
            .Where(i => i.GetProperty("ok").GetBoolean()).GroupBy(i => i.GetProperty("id").GetGuid()).Where(g => g.Count() > 1);
        Assert.Empty(approvedTwice);
        var fund = await admin.FundItemAsync(year);
        Assert.Equal(900m, fund.Dec("reserved"));
        Assert.Equal(0m, fund.Dec("available"));
        Assert.Equal(3, (await admin.GetJsonAsync($"{SubsidyTestData.ApplicationsUrl}?year={year}&status=Approved")).GetProperty("total").GetInt32());
        Assert.Equal(3, (await admin.GetJsonAsync($"{SubsidyTestData.FundsUrl}/{year}/ledger?itemCode={SubsidyTestData.Refund}")).GetProperty("items")
            .EnumerateArray().Count(e => e.GetProperty("kind").GetString() == "Reserve"));
    }
}
