using System.Net;
using System.Net.Http.Json;
using Jiafu.IntegrationTests.Infrastructure;
using Jiafu.IntegrationTests.Registry;
using Jiafu.Voucher.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Jiafu.IntegrationTests.Voucher.VoucherTestData;

namespace Jiafu.IntegrationTests.Voucher;

/// <summary>Validation of batches and declarations, who may do what, and who sees which vouchers.</summary>
public sealed class DeclarationAndScopeTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Given_invalid_batches_When_created_Then_400_naming_the_field()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        async Task<System.Text.Json.JsonElement> Create(Dictionary<string, object?> body) =>
            await (await admin.PostAsJsonAsync(BatchesUrl, body, Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.True((await Create(NewBatchBody(validFrom: Today, validUntil: Today.AddDays(-1)))).HasError("validUntil"));
        Assert.True((await Create(NewBatchBody(quantity: 5001, faceValue: 200m))).HasError("quantity"));
        Assert.True((await Create(NewBatchBody(faceValue: 200.001m))).HasError("faceValue"));
        Assert.True((await Create(NewBatchBody(groups: ["Astronauts"]))).HasError("eligibleGroups[0]"));
        Assert.True((await Create(NewBatchBody(quantity: 10, streetQuotas: [new { streetCode = RegistryTestData.StreetA, quota = 11 }]))).HasError("streetQuotas"));
        var body = NewBatchBody();
        await (await admin.PostAsJsonAsync(BatchesUrl, body, Ct)).EnsureStatusAsync(HttpStatusCode.Created);
        Assert.Equal("duplicate_batch_name", (await (await admin.PostAsJsonAsync(BatchesUrl, body, Ct)).ReadProblemAsync(HttpStatusCode.Conflict)).Code());
    }

    [Fact]
    public async Task Given_invalid_declarations_When_submitted_Then_400_naming_the_field()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var batchId = await admin.CreateBatchAsync();
        var id = RegistryTestData.NewIdNumber();
        var badChecksum = id[..17] + (id[17] == '0' ? '1' : '0');

        var checksum = await (await admin.DeclareAsync(batchId, idNumber: badChecksum)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(checksum.HasError("idNumber"));
        var body = NewApplicationBody(batchId, group: "ModelWorker");
        var group = await (await admin.PostAsJsonAsync(ApplicationsUrl, body, Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(group.HasError("group"));
        var noBatch = await (await admin.DeclareAsync(Guid.NewGuid())).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(noBatch.HasError("batchId"));
        var created = await (await admin.DeclareAsync(batchId)).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Contains("*", created.GetProperty("idNumberMasked").GetString());
        Assert.Contains("*", created.GetProperty("phoneMasked").GetString());
    }

    [Fact]
    public async Task Given_street_officers_When_declaring_and_reviewing_Then_only_their_street()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var batchId = await admin.CreateBatchAsync();
        var officerA = await fixture.Factory.CreateStreetOfficerClientAsync(admin, RegistryTestData.StreetA);
        var officerB = await fixture.Factory.CreateStreetOfficerClientAsync(admin, RegistryTestData.StreetB);

        await (await officerA.DeclareAsync(batchId, RegistryTestData.StreetB)).EnsureStatusAsync(HttpStatusCode.Forbidden);
        var application = await officerA.DeclareOkAsync(batchId, RegistryTestData.StreetA);
        await (await officerB.ApproveAsync(application)).EnsureStatusAsync(HttpStatusCode.NotFound);
        await officerB.GetJsonAsync($"{ApplicationsUrl}/{application}", HttpStatusCode.NotFound);
        var listB = await officerB.GetJsonAsync($"{ApplicationsUrl}?batchId={batchId}");
        Assert.Equal(0, listB.GetProperty("total").GetInt32());
        var approved = await (await officerA.ApproveAsync(application)).ReadJsonAsync();
        var voucherId = approved.GetProperty("voucherId").GetGuid();
        await officerA.GetVoucherAsync(voucherId);
        await officerB.GetVoucherAsync(voucherId, HttpStatusCode.NotFound);
        await (await officerA.PostAsJsonAsync(BatchesUrl, NewBatchBody(), Ct)).EnsureStatusAsync(HttpStatusCode.Forbidden);
        await (await officerA.StepAsync(voucherId, "void", new { reason = "x" })).EnsureStatusAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Given_institutions_When_reading_and_serving_Then_only_vouchers_that_chose_them()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var batchId = await admin.CreateBatchAsync();
        var chosen = await admin.RecognisedInstitutionAsync();
        var other = await admin.RecognisedInstitutionAsync();
        var chosenOperator = await fixture.Factory.CreateOperatorClientAsync(admin, chosen);
        var otherOperator = await fixture.Factory.CreateOperatorClientAsync(admin, other);
        var platform = await fixture.Factory.CreateApiClientForAsync(admin, [chosen], "vouchers.read", "vouchers.services.write");
        var readOnlyPlatform = await fixture.Factory.CreateApiClientForAsync(admin, [chosen], "vouchers.read");
        var voucherId = await admin.IssueVoucherAsync(batchId);
        var unchosen = await admin.IssueVoucherAsync(batchId);

        // Before the choice nobody of the institution sees it.
        await chosenOperator.GetVoucherAsync(voucherId, HttpStatusCode.NotFound);
        await (await chosenOperator.SelectAsync(voucherId, chosen)).EnsureStatusAsync(HttpStatusCode.Forbidden);
        await (await admin.SelectAsync(voucherId, chosen)).EnsureStatusAsync(HttpStatusCode.OK);

        await chosenOperator.GetVoucherAsync(voucherId);
        await otherOperator.GetVoucherAsync(voucherId, HttpStatusCode.NotFound);
        await (await otherOperator.ScheduleAsync(voucherId)).EnsureStatusAsync(HttpStatusCode.NotFound);
        await (await readOnlyPlatform.ScheduleAsync(voucherId)).EnsureStatusAsync(HttpStatusCode.Forbidden);
        await (await platform.ScheduleAsync(voucherId)).EnsureStatusAsync(HttpStatusCode.OK);
        var list = await platform.GetJsonAsync($"{VouchersUrl}?batchId={batchId}");
        Assert.Equal([voucherId], list.GetProperty("items").EnumerateArray().Select(v => v.GetProperty("id").GetGuid()).ToArray());
        Assert.Equal(0, (await otherOperator.GetJsonAsync($"{VouchersUrl}?batchId={batchId}")).GetProperty("total").GetInt32());
        await platform.GetVoucherAsync(unchosen, HttpStatusCode.NotFound);
        // Operators neither declare nor verify.
        await (await chosenOperator.DeclareAsync(batchId)).EnsureStatusAsync(HttpStatusCode.Forbidden);
        await (await chosenOperator.VerifyAsync(voucherId)).EnsureStatusAsync(HttpStatusCode.Forbidden);
        // Settlement statements only for one's own institution.
        await (await otherOperator.PostAsJsonAsync(SettlementsUrl, new { batchId, institutionId = chosen }, Ct)).EnsureStatusAsync(HttpStatusCode.Forbidden);
        // A district officer sees everything.
        var district = await fixture.Factory.CreateRoleClientAsync(admin, "DistrictOfficer");
        Assert.Equal(2, (await district.GetJsonAsync($"{VouchersUrl}?batchId={batchId}")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Given_a_voucher_code_When_looked_up_Then_found_and_a_mistyped_code_is_400()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var batchId = await admin.CreateBatchAsync();
        var voucher = await admin.GetVoucherAsync(await admin.IssueVoucherAsync(batchId));
        var code = voucher.GetProperty("code").GetString()!;
        var display = voucher.GetProperty("displayCode").GetString()!;

        var found = await admin.GetJsonAsync($"{VouchersUrl}/by-code/{display.ToLowerInvariant()}");
        Assert.Equal(voucher.GetProperty("id").GetGuid(), found.GetProperty("id").GetGuid());
        var typo = code[..3] + (code[3] == 'A' ? 'B' : 'A') + code[4..];
        var problem = await (await admin.GetAsync($"{VouchersUrl}/by-code/{typo}", Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.HasError("code"));
    }

    [Fact]
    public async Task Given_the_batch_value_limit_When_an_update_would_pass_it_Then_the_database_refuses()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var batchId = await admin.CreateBatchAsync(quantity: 2, faceValue: 200m);
        using var scope = fixture.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<VoucherDbContext>();

        var settled = await Assert.ThrowsAnyAsync<Exception>(() => db.Set<Jiafu.Voucher.Domain.VoucherBatch>().Where(b => b.Id == batchId)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.SettledFen, 40_001L), Ct));
        Assert.Contains("CHECK", settled.ToString(), StringComparison.OrdinalIgnoreCase);
        var issued = await Assert.ThrowsAnyAsync<Exception>(() => db.Set<Jiafu.Voucher.Domain.VoucherBatch>().Where(b => b.Id == batchId)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.IssuedCount, 3), Ct));
        Assert.Contains("CHECK", issued.ToString(), StringComparison.OrdinalIgnoreCase);
    }
}
