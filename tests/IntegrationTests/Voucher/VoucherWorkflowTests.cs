using System.Net;
using System.Net.Http.Json;
using Jiafu.IntegrationTests.Infrastructure;
using Jiafu.IntegrationTests.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static Jiafu.IntegrationTests.Voucher.VoucherTestData;

namespace Jiafu.IntegrationTests.Voucher;

/// <summary>The voucher's way from issuance to reimbursement, every refusal on the way, settlement totals and expiry.</summary>
public sealed class VoucherWorkflowTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Given_an_issued_voucher_When_it_goes_through_the_workflow_Then_each_step_is_on_its_timeline_and_the_settlement_pays_it()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var batchId = await admin.CreateBatchAsync(quantity: 10, faceValue: 200m);
        var institutionId = await admin.RecognisedInstitutionAsync();
        var operatorClient = await fixture.Factory.CreateOperatorClientAsync(admin, institutionId);
        var voucherId = await admin.IssueVoucherAsync(batchId);

        await VerifyThroughAsync(admin, operatorClient, voucherId, institutionId);

        var voucher = await admin.GetVoucherAsync(voucherId);
        Assert.Equal("Verified", voucher.GetProperty("status").GetString());
        Assert.Equal(
            ["Issue", "SelectInstitution", "Schedule", "RecordService", "FollowUp", "Verify"],
            voucher.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("action").GetString()!).ToArray());
        Assert.Equal(5, voucher.GetProperty("followUp").GetProperty("satisfaction").GetInt32());
        Assert.Equal(200m, voucher.GetProperty("faceValue").GetDecimal());

        var created = await (await operatorClient.PostAsJsonAsync(SettlementsUrl, new { batchId, institutionId }, Ct)).ReadJsonAsync(HttpStatusCode.Created);
        var settlementId = created.GetProperty("id").GetGuid();
        Assert.Equal(1, created.GetProperty("voucherCount").GetInt32());
        Assert.Equal(200m, created.GetProperty("amount").GetDecimal());
        await (await operatorClient.PostAsync($"{SettlementsUrl}/{settlementId}/approve", null, Ct)).EnsureStatusAsync(HttpStatusCode.Forbidden);
        await (await admin.PostAsync($"{SettlementsUrl}/{settlementId}/approve", null, Ct)).EnsureStatusAsync(HttpStatusCode.OK);
        var paid = await (await admin.PostAsJsonAsync($"{SettlementsUrl}/{settlementId}/pay",
            new { paidOn = Today.ToString("yyyy-MM-dd"), reference = "KDL-2020-0001" }, Ct)).ReadJsonAsync();

        Assert.Equal("Paid", paid.GetProperty("status").GetString());
        Assert.Equal("KDL-2020-0001", paid.GetProperty("paymentReference").GetString());
        Assert.Equal("Reimbursed", (await admin.GetVoucherAsync(voucherId)).GetProperty("status").GetString());
        var batch = await admin.GetBatchAsync(batchId);
        Assert.Equal(200m, batch.GetProperty("settledValue").GetDecimal());
        var progress = batch.GetProperty("progress");
        Assert.Equal(1, progress.GetProperty("reimbursed").GetProperty("count").GetInt32());
        Assert.Equal(200m, progress.GetProperty("reimbursed").GetProperty("value").GetDecimal());
        Assert.Equal(1, progress.GetProperty("served").GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Given_vouchers_in_the_wrong_state_When_serving_verifying_or_reimbursing_Then_409_and_nothing_changes()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var batchId = await admin.CreateBatchAsync(quantity: 10);
        var institutionId = await admin.RecognisedInstitutionAsync();
        var operatorClient = await fixture.Factory.CreateOperatorClientAsync(admin, institutionId);
        var unselected = await admin.IssueVoucherAsync(batchId);
        var selected = await admin.IssueVoucherAsync(batchId);
        await (await admin.SelectAsync(selected, institutionId)).EnsureStatusAsync(HttpStatusCode.OK);

        // Serve an unselected voucher: the admin (district) may act for institutions, yet the state refuses.
        var serve = await (await admin.ServeAsync(unselected)).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("invalid_transition", serve.Code());
        // Serve a selected but not yet scheduled one.
        Assert.Equal("invalid_transition", (await (await operatorClient.ServeAsync(selected)).ReadProblemAsync(HttpStatusCode.Conflict)).Code());
        // Verify an unserved one.
        Assert.Equal("invalid_transition", (await (await admin.VerifyAsync(selected)).ReadProblemAsync(HttpStatusCode.Conflict)).Code());
        // Reimburse an unverified one.
        await (await operatorClient.ScheduleAsync(selected)).EnsureStatusAsync(HttpStatusCode.OK);
        await (await operatorClient.ServeAsync(selected)).EnsureStatusAsync(HttpStatusCode.OK);
        var reimburse = await (await operatorClient.PostAsJsonAsync(SettlementsUrl, new { batchId, institutionId, voucherIds = new[] { selected } }, Ct))
            .ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("not_verified", reimburse.Code());
        Assert.Equal("nothing_to_settle",
            (await (await operatorClient.PostAsJsonAsync(SettlementsUrl, new { batchId, institutionId }, Ct)).ReadProblemAsync(HttpStatusCode.Conflict)).Code());
        // A discrepancy needs a note and keeps the voucher out of settlements.
        var noNote = await (await admin.VerifyAsync(selected, "Discrepancy")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(noNote.HasError("note"));
        await (await admin.VerifyAsync(selected, "Discrepancy", "服务时长不足")).EnsureStatusAsync(HttpStatusCode.OK);
        Assert.Equal("not_verified", (await (await operatorClient.PostAsJsonAsync(SettlementsUrl,
            new { batchId, institutionId, voucherIds = new[] { selected } }, Ct)).ReadProblemAsync(HttpStatusCode.Conflict)).Code());

        var unchanged = await admin.GetVoucherAsync(unselected);
        Assert.Equal("Issued", unchanged.GetProperty("status").GetString());
        Assert.Single(unchanged.GetProperty("timeline").EnumerateArray());
        Assert.Equal(0m, (await admin.GetBatchAsync(batchId)).GetProperty("settledValue").GetDecimal());
    }

    [Fact]
    public async Task Given_institutions_that_cannot_serve_When_chosen_Then_409()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var batchId = await admin.CreateBatchAsync();
        var voucherId = await admin.IssueVoucherAsync(batchId);
        var unrecognised = await admin.CreateInstitutionAsync(formats: ["Housekeeping"]);
        var recognised = await admin.RecognisedInstitutionAsync();

        Assert.Equal("institution_not_active", (await (await admin.SelectAsync(voucherId, unrecognised.Id)).ReadProblemAsync(HttpStatusCode.Conflict)).Code());
        Assert.Equal("format_not_offered", (await (await admin.SelectAsync(voucherId, recognised, "MaternalInfantCare")).ReadProblemAsync(HttpStatusCode.Conflict)).Code());
        var candidates = await admin.GetJsonAsync($"{VouchersUrl}/institutions?businessFormat=ElderlyCare");
        var ids = candidates.EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ToList();
        Assert.Contains(recognised, ids);
        Assert.DoesNotContain(unrecognised.Id, ids);
    }

    [Fact]
    public async Task Given_a_revoked_institution_When_the_event_is_delivered_Then_its_queued_vouchers_return_to_selection()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var batchId = await admin.CreateBatchAsync();
        var institutionId = await admin.RecognisedInstitutionAsync();
        var operatorClient = await fixture.Factory.CreateOperatorClientAsync(admin, institutionId);
        var queued = await admin.IssueVoucherAsync(batchId);
        var served = await admin.IssueVoucherAsync(batchId);
        await (await admin.SelectAsync(queued, institutionId)).EnsureStatusAsync(HttpStatusCode.OK);
        await (await admin.SelectAsync(served, institutionId)).EnsureStatusAsync(HttpStatusCode.OK);
        await (await operatorClient.ScheduleAsync(served)).EnsureStatusAsync(HttpStatusCode.OK);
        await (await operatorClient.ServeAsync(served)).EnsureStatusAsync(HttpStatusCode.OK);

        await (await admin.InstitutionActionAsync(institutionId, "revoke", "资质不符")).EnsureStatusAsync(HttpStatusCode.OK);

        var returned = await HttpAssertions.EventuallyAsync(() => admin.GetVoucherAsync(queued), v => v.GetProperty("status").GetString() == "Issued");
        Assert.Equal("Issued", returned.GetProperty("status").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, returned.GetProperty("institutionId").ValueKind);
        Assert.Equal("ReturnToSelection", returned.GetProperty("timeline").EnumerateArray().Last().GetProperty("action").GetString());
        Assert.Equal("Served", (await admin.GetVoucherAsync(served)).GetProperty("status").GetString());
        // The operator of the revoked institution no longer sees the returned voucher.
        await operatorClient.GetVoucherAsync(queued, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_an_unused_voucher_When_voided_Then_its_place_returns_to_the_batch_and_the_street_quota()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var batchId = await admin.CreateBatchAsync(quantity: 1, streetQuotas: [new { streetCode = RegistryTestData.StreetA, quota = 1 }]);
        var voucherId = await admin.IssueVoucherAsync(batchId);
        var waiting = await admin.DeclareOkAsync(batchId);
        Assert.Equal("batch_exhausted", (await (await admin.ApproveAsync(waiting)).ReadProblemAsync(HttpStatusCode.Conflict)).Code());

        var noReason = await (await admin.StepAsync(voucherId, "void", new { reason = "" })).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(noReason.HasError("reason"));
        var voided = await (await admin.StepAsync(voucherId, "void", new { reason = "家庭迁出本区" })).ReadJsonAsync();

        Assert.Equal("Voided", voided.GetProperty("status").GetString());
        var batch = await admin.GetBatchAsync(batchId);
        Assert.Equal(0, batch.GetProperty("issuedCount").GetInt32());
        Assert.Equal(0, batch.GetProperty("streetQuotas")[0].GetProperty("issued").GetInt32());
        await (await admin.ApproveAsync(waiting)).EnsureStatusAsync(HttpStatusCode.OK);
        Assert.Equal("invalid_transition", (await (await admin.StepAsync(voucherId, "void", new { reason = "再次作废" })).ReadProblemAsync(HttpStatusCode.Conflict)).Code());
    }

    [Fact]
    public async Task Given_served_vouchers_When_drawing_a_sample_with_a_seed_Then_the_same_seed_draws_the_same_vouchers()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var batchId = await admin.CreateBatchAsync(quantity: 20);
        var institutionId = await admin.RecognisedInstitutionAsync();
        for (var i = 0; i < 10; i++)
        {
            var id = await admin.IssueVoucherAsync(batchId);
            await (await admin.SelectAsync(id, institutionId)).EnsureStatusAsync(HttpStatusCode.OK);
            await (await admin.ScheduleAsync(id)).EnsureStatusAsync(HttpStatusCode.OK);
            await (await admin.ServeAsync(id)).EnsureStatusAsync(HttpStatusCode.OK);
        }

        const string seed = "00112233445566778899aabbccddeeff";
        var first = await (await admin.PostAsJsonAsync($"{BatchesUrl}/{batchId}/samples", new { rate = 0.3, seed }, Ct)).ReadJsonAsync(HttpStatusCode.Created);
        var second = await (await admin.PostAsJsonAsync($"{BatchesUrl}/{batchId}/samples", new { rate = 0.3, seed }, Ct)).ReadJsonAsync(HttpStatusCode.Created);
        var random = await (await admin.PostAsJsonAsync($"{BatchesUrl}/{batchId}/samples", new { rate = 0.3 }, Ct)).ReadJsonAsync(HttpStatusCode.Created);

        Guid[] Ids(System.Text.Json.JsonElement s) => s.GetProperty("vouchers").EnumerateArray().Select(v => v.GetProperty("id").GetGuid()).ToArray();
        Assert.Equal(10, first.GetProperty("populationCount").GetInt32());
        Assert.Equal(3, Ids(first).Length);
        Assert.Equal(Ids(first), Ids(second));
        Assert.Equal(seed, first.GetProperty("seed").GetString());
        Assert.Equal(32, random.GetProperty("seed").GetString()!.Length);
        var samples = await admin.GetJsonAsync($"{BatchesUrl}/{batchId}/samples");
        Assert.Equal(3, samples.GetArrayLength());
    }

    [Fact]
    public async Task Given_a_voucher_past_its_validity_When_acted_on_or_expired_Then_409_voucher_expired_and_the_job_expires_it()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var factory = new JiafuApiFactory(configureServices: s => s.AddSingleton<TimeProvider>(clock));
        var admin = await factory.CreateSignedInClientAsync();
        var institutionId = await admin.RecognisedInstitutionAsync();
        var batchId = await admin.CreateBatchAsync(validFrom: Today.AddDays(-10), validUntil: Today.AddDays(5));
        var voucherId = await admin.IssueVoucherAsync(batchId);
        var kept = await admin.IssueVoucherAsync(batchId);
        await (await admin.SelectAsync(voucherId, institutionId)).EnsureStatusAsync(HttpStatusCode.OK);
        await (await admin.SelectAsync(kept, institutionId)).EnsureStatusAsync(HttpStatusCode.OK);
        await (await admin.ScheduleAsync(kept)).EnsureStatusAsync(HttpStatusCode.OK);
        await (await admin.ServeAsync(kept)).EnsureStatusAsync(HttpStatusCode.OK);

        clock.Advance(TimeSpan.FromDays(7));
        var refused = await (await admin.ScheduleAsync(voucherId, Today.AddDays(7))).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("voucher_expired", refused.Code());

        var result = await (await admin.PostAsync($"{VouchersUrl}/expire-due", null, Ct)).ReadJsonAsync();
        Assert.Equal([voucherId], result.GetProperty("voucherIds").EnumerateArray().Select(e => e.GetGuid()).ToArray());
        Assert.Equal("Expired", (await admin.GetVoucherAsync(voucherId)).GetProperty("status").GetString());
        Assert.Equal("Served", (await admin.GetVoucherAsync(kept)).GetProperty("status").GetString());
        Assert.Equal("voucher_expired", (await (await admin.SelectAsync(voucherId, institutionId)).ReadProblemAsync(HttpStatusCode.Conflict)).Code());
        Assert.Equal("batch_ended", (await (await admin.DeclareAsync(batchId)).ReadProblemAsync(HttpStatusCode.Conflict)).Code());
    }
    [Fact]
    public async Task Given_a_submitted_statement_When_the_district_returns_it_Then_its_vouchers_are_claimable_again_and_a_corrected_statement_settles_within_the_totals()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var batchId = await admin.CreateBatchAsync(quantity: 10, faceValue: 200m);
        var institutionId = await admin.RecognisedInstitutionAsync();
        var operatorClient = await fixture.Factory.CreateOperatorClientAsync(admin, institutionId);
        var first = await admin.IssueVoucherAsync(batchId);
        var second = await admin.IssueVoucherAsync(batchId);
        await VerifyThroughAsync(admin, operatorClient, first, institutionId);
        await VerifyThroughAsync(admin, operatorClient, second, institutionId);
        var statement = await (await operatorClient.PostAsJsonAsync(SettlementsUrl, new { batchId, institutionId }, Ct)).ReadJsonAsync(HttpStatusCode.Created);
        var statementId = statement.GetProperty("id").GetGuid();
        Assert.Equal(400m, (await admin.GetBatchAsync(batchId)).GetProperty("settledValue").GetDecimal());

        // Only the district returns a statement, and only with a reason.
        await (await operatorClient.PostAsJsonAsync($"{SettlementsUrl}/{statementId}/reject", new { reason = "自己退回" }, Ct)).EnsureStatusAsync(HttpStatusCode.Forbidden);
        var noReason = await (await admin.PostAsJsonAsync($"{SettlementsUrl}/{statementId}/reject", new { reason = " " }, Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(noReason.HasError("reason"));
        var rejected = await (await admin.PostAsJsonAsync($"{SettlementsUrl}/{statementId}/reject", new { reason = "第二张券服务日期与回访记录不符" }, Ct)).ReadJsonAsync();

        Assert.Equal("Rejected", rejected.GetProperty("status").GetString());
        Assert.Equal("第二张券服务日期与回访记录不符", rejected.GetProperty("rejectionReason").GetString());
        Assert.False(string.IsNullOrEmpty(rejected.GetProperty("rejectedBy").GetString()));
        Assert.Equal(2, rejected.GetProperty("vouchers").GetArrayLength()); // the vouchers it had stay listed on it
        Assert.Equal(0m, (await admin.GetBatchAsync(batchId)).GetProperty("settledValue").GetDecimal());
        foreach (var voucherId in new[] { first, second })
        {
            var voucher = await operatorClient.GetVoucherAsync(voucherId);
            Assert.Equal("Verified", voucher.GetProperty("status").GetString());
            Assert.Equal(System.Text.Json.JsonValueKind.Null, voucher.GetProperty("settlementId").ValueKind);
        }

        // A returned statement is final: neither returned again nor approved or paid.
        Assert.Equal("invalid_transition", (await (await admin.PostAsJsonAsync($"{SettlementsUrl}/{statementId}/reject", new { reason = "再次" }, Ct))
            .ReadProblemAsync(HttpStatusCode.Conflict)).Code());
        Assert.Equal("invalid_transition", (await (await admin.PostAsync($"{SettlementsUrl}/{statementId}/approve", null, Ct)).ReadProblemAsync(HttpStatusCode.Conflict)).Code());

        // The corrected statement lists the first voucher only; the second follows on its own; the totals count each once.
        var corrected = await (await operatorClient.PostAsJsonAsync(SettlementsUrl, new { batchId, institutionId, voucherIds = new[] { first } }, Ct))
            .ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(200m, corrected.GetProperty("amount").GetDecimal());
        Assert.Equal(200m, (await admin.GetBatchAsync(batchId)).GetProperty("settledValue").GetDecimal());
        var rest = await (await operatorClient.PostAsJsonAsync(SettlementsUrl, new { batchId, institutionId }, Ct)).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(1, rest.GetProperty("voucherCount").GetInt32());
        Assert.Equal(400m, (await admin.GetBatchAsync(batchId)).GetProperty("settledValue").GetDecimal());
        Assert.Equal("nothing_to_settle",
            (await (await operatorClient.PostAsJsonAsync(SettlementsUrl, new { batchId, institutionId }, Ct)).ReadProblemAsync(HttpStatusCode.Conflict)).Code());

        // An approved statement can still be returned; a paid one cannot.
        var correctedId = corrected.GetProperty("id").GetGuid();
        await (await admin.PostAsync($"{SettlementsUrl}/{correctedId}/approve", null, Ct)).EnsureStatusAsync(HttpStatusCode.OK);
        await (await admin.PostAsJsonAsync($"{SettlementsUrl}/{correctedId}/pay", new { paidOn = Today.ToString("yyyy-MM-dd"), reference = "KDL-R-1" }, Ct))
            .EnsureStatusAsync(HttpStatusCode.OK);
        Assert.Equal("invalid_transition", (await (await admin.PostAsJsonAsync($"{SettlementsUrl}/{correctedId}/reject", new { reason = "已付" }, Ct))
            .ReadProblemAsync(HttpStatusCode.Conflict)).Code());
        var restId = rest.GetProperty("id").GetGuid();
        await (await admin.PostAsync($"{SettlementsUrl}/{restId}/approve", null, Ct)).EnsureStatusAsync(HttpStatusCode.OK);
        await (await admin.PostAsJsonAsync($"{SettlementsUrl}/{restId}/reject", new { reason = "金额有误" }, Ct)).EnsureStatusAsync(HttpStatusCode.OK);
        var batch = await admin.GetBatchAsync(batchId);
        Assert.Equal(200m, batch.GetProperty("settledValue").GetDecimal());
        Assert.Equal(1, batch.GetProperty("progress").GetProperty("reimbursed").GetProperty("count").GetInt32());

        // Audited, and published for subscribers.
        var audit = await HttpAssertions.EventuallyAsync(
            async () => await (await admin.GetAsync($"/api/v1/identity/audit?action=RejectSettlement&targetId={statementId}", Ct)).ReadJsonAsync(),
            a => a.GetProperty("total").GetInt32() >= 3);
        // The return that succeeded, and the refused attempts (the operator's, the second return) with their outcome.
        Assert.Equal(3, audit.GetProperty("total").GetInt32());
        Assert.Single(audit.GetProperty("items").EnumerateArray(), e => e.GetProperty("outcome").GetString() == "Succeeded");
        using var scope = fixture.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Jiafu.Voucher.Data.VoucherDbContext>();
        var id = statementId.ToString();
        var events = await db.Set<Jiafu.Shared.Outbox.OutboxMessage>().AsNoTracking()
            .Where(m => m.Type.Contains("VoucherSettlementChanged") && m.Payload.Contains(id)).Select(m => m.Payload).ToListAsync(Ct);
        Assert.Contains(events, p =>
        {
            var fields = System.Text.Json.JsonDocument.Parse(p).RootElement.EnumerateObject()
                .ToDictionary(f => f.Name, f => f.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            return fields.GetValueOrDefault("status") == "Rejected" && fields.GetValueOrDefault("reason") == "第二张券服务日期与回访记录不符";
        });
    }
}
