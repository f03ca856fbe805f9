using System.Net;
using System.Net.Http.Json;
using Jiafu.IntegrationTests.Infrastructure;
using Jiafu.IntegrationTests.Registry;
using Jiafu.Voucher.Domain;

namespace Jiafu.IntegrationTests.Voucher;

/// <summary>
/// The batch, the street quotas and one-household-one-declaration are enforced by the database, exactly, under
/// concurrent HTTP requests: never more vouchers than the batch holds, never a 500.
/// </summary>
public sealed class IssuanceConcurrencyTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Given_a_batch_with_50_left_When_200_approvals_race_Then_exactly_50_vouchers_are_issued_and_the_rest_get_409()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var batchId = await admin.CreateBatchAsync(quantity: 60);
        for (var i = 0; i < 10; i++)
        {
            await admin.IssueVoucherAsync(batchId);
        }

        Assert.Equal(50, (await admin.GetBatchAsync(batchId)).GetProperty("remaining").GetInt32());
        var applications = new List<Guid>();
        for (var i = 0; i < 200; i++)
        {
            applications.Add(await admin.DeclareOkAsync(batchId));
        }

        var officers = await SignInAsync(8);
        var responses = await Task.WhenAll(applications.Select((id, i) => officers[i % officers.Length].ApproveAsync(id)));

        var statuses = responses.GroupBy(r => r.StatusCode).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(50, statuses.GetValueOrDefault(HttpStatusCode.OK));
        Assert.Equal(150, statuses.GetValueOrDefault(HttpStatusCode.Conflict));
        Assert.Equal(200, statuses.Values.Sum());
        var refusal = await responses.First(r => r.StatusCode == HttpStatusCode.Conflict).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("batch_exhausted", refusal.Code());

        var batch = await admin.GetBatchAsync(batchId);
        Assert.Equal(60, batch.GetProperty("issuedCount").GetInt32());
        Assert.Equal(0, batch.GetProperty("remaining").GetInt32());
        var vouchers = await admin.GetJsonAsync($"{VoucherTestData.VouchersUrl}?batchId={batchId}&pageSize=200");
        Assert.Equal(60, vouchers.GetProperty("total").GetInt32());
        var codes = vouchers.GetProperty("items").EnumerateArray().Select(v => v.GetProperty("code").GetString()!).ToList();
        Assert.Equal(60, codes.Distinct().Count());
        Assert.All(codes, c => Assert.True(VoucherCode.IsValid(c), c));
        var pending = await admin.GetJsonAsync($"{VoucherTestData.ApplicationsUrl}?batchId={batchId}&status=Submitted&pageSize=200");
        Assert.Equal(150, pending.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Given_street_quotas_When_approvals_race_Then_each_street_gets_exactly_its_quota()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var batchId = await admin.CreateBatchAsync(quantity: 100, streetQuotas:
        [
            new { streetCode = RegistryTestData.StreetA, quota = 20 },
            new { streetCode = RegistryTestData.StreetB, quota = 5 },
        ]);
        var streetA = new List<Guid>();
        for (var i = 0; i < 60; i++)
        {
            streetA.Add(await admin.DeclareOkAsync(batchId, RegistryTestData.StreetA));
        }

        var streetB = new List<Guid>();
        for (var i = 0; i < 10; i++)
        {
            streetB.Add(await admin.DeclareOkAsync(batchId, RegistryTestData.StreetB));
        }

        var withoutQuota = await admin.DeclareOkAsync(batchId, RegistryTestData.StreetC);
        var officers = await SignInAsync(6);
        var responses = await Task.WhenAll(streetA.Concat(streetB).Select((id, i) => officers[i % officers.Length].ApproveAsync(id)));

        Assert.Equal(25, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(45, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        var noQuota = await (await admin.ApproveAsync(withoutQuota)).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("street_quota_exhausted", noQuota.Code());

        var batch = await admin.GetBatchAsync(batchId);
        Assert.Equal(25, batch.GetProperty("issuedCount").GetInt32());
        var quotas = batch.GetProperty("streetQuotas").EnumerateArray().ToDictionary(q => q.GetProperty("streetCode").GetString()!, q => q.GetProperty("issued").GetInt32());
        Assert.Equal(20, quotas[RegistryTestData.StreetA]);
        Assert.Equal(5, quotas[RegistryTestData.StreetB]);
    }

    [Fact]
    public async Task Given_one_household_When_declared_20_times_at_once_Then_one_is_created_and_19_get_409()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var batchId = await admin.CreateBatchAsync();
        var idNumber = RegistryTestData.NewIdNumber();
        var officers = await SignInAsync(4);

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => officers[i % officers.Length].DeclareAsync(batchId, idNumber: idNumber)));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(19, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        var problem = await responses.First(r => r.StatusCode == HttpStatusCode.Conflict).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("duplicate_household", problem.Code());
        Assert.True(problem.HasError("idNumber"));

        // The same household may be declared for another batch.
        var other = await admin.CreateBatchAsync();
        await (await admin.DeclareAsync(other, idNumber: idNumber)).EnsureStatusAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Given_pending_declarations_When_issuing_the_batch_Then_vouchers_up_to_the_quantity_and_reasons_for_the_rest()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var batchId = await admin.CreateBatchAsync(quantity: 3);
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await admin.DeclareOkAsync(batchId));
        }

        await (await admin.PostAsJsonAsync($"{VoucherTestData.ApplicationsUrl}/{ids[4]}/reject", new { reason = "不符合条件" }, Ct)).EnsureStatusAsync(HttpStatusCode.OK);

        var result = await (await admin.PostAsJsonAsync($"{VoucherTestData.BatchesUrl}/{batchId}/issue", new { applicationIds = ids }, Ct)).ReadJsonAsync();

        Assert.Equal(5, result.GetProperty("requested").GetInt32());
        Assert.Equal(3, result.GetProperty("issued").GetInt32());
        Assert.Equal(ids.Take(3).ToArray(), result.GetProperty("issuedApplicationIds").EnumerateArray().Select(e => e.GetGuid()).ToArray());
        var reasons = result.GetProperty("notIssued").EnumerateArray()
            .ToDictionary(e => e.GetProperty("applicationId").GetGuid(), e => e.GetProperty("code").GetString());
        Assert.Equal("batch_exhausted", reasons[ids[3]]);
        Assert.Equal("not_pending", reasons[ids[4]]);
    }

    /// <summary>Several clients signed in one after the other (concurrent sign-ins of one account race on its row).</summary>
    private async Task<HttpClient[]> SignInAsync(int count)
    {
        var clients = new HttpClient[count];
        for (var i = 0; i < count; i++)
        {
            clients[i] = await fixture.Factory.CreateSignedInClientAsync();
        }

        return clients;
    }
}
