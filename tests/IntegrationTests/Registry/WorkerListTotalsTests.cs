using System.Net.Http.Json;
using Jiafu.IntegrationTests.Imports;
using Jiafu.IntegrationTests.Infrastructure;

namespace Jiafu.IntegrationTests.Registry;

/// <summary>List totals are cached per filter and scope; every kind of worker write must show in the next total.</summary>
public sealed class WorkerListTotalsTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Given_a_counted_total_When_workers_are_created_imported_moved_or_revoked_Then_the_next_total_reflects_it_at_once()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync(RegistryTestData.StreetB);
        var other = await admin.CreateInstitutionAsync(RegistryTestData.StreetC);
        var first = await admin.CreateWorkerAsync(institution.Id);
        await admin.CreateWorkerAsync(institution.Id);

        // Page 2 of size 1 is never "the whole result", so its total is always the counted (or cached) one.
        async Task<int> TotalAsync(string filter = "") =>
            (await admin.ListWorkersAsync($"institutionId={institution.Id}&page=2&pageSize=1{filter}")).GetProperty("total").GetInt32();

        Assert.Equal(2, await TotalAsync());
        Assert.Equal(2, await TotalAsync());

        await admin.CreateWorkerAsync(institution.Id);
        Assert.Equal(3, await TotalAsync());

        var imported = await admin.WaitForJobAsync(await admin.SubmitCsvAsync(ImportTestApi.Header + "\n"
            + ImportTestApi.Row("郭彩云", RegistryTestData.NewIdNumber(), RegistryTestData.NewMobilePhone(), institution.CreditCode), "commit"));
        Assert.Equal(1, imported.GetProperty("created").GetInt32());
        Assert.Equal(4, await TotalAsync());

        (await admin.MoveWorkerAsync(first.Id, other.Id)).EnsureSuccessStatusCode();
        Assert.Equal(3, await TotalAsync());

        Assert.Equal(0, await TotalAsync("&credentialStatus=Red"));
        var someone = (await admin.ListWorkersAsync($"institutionId={institution.Id}")).Ids()[0];
        (await admin.PostAsJsonAsync($"{WorkerTestApi.WorkersUrl}/{someone}/revoke-credentials", new { reason = "投诉核实" }, Ct))
            .EnsureSuccessStatusCode();
        Assert.Equal(1, await TotalAsync("&credentialStatus=Red"));
    }

    [Fact]
    public async Task Given_two_scopes_with_the_same_filter_Then_each_gets_its_own_total()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var inA = await admin.CreateInstitutionAsync(RegistryTestData.StreetA);
        var inB = await admin.CreateInstitutionAsync(RegistryTestData.StreetB);
        var prefix = WorkerTestApi.NewWorkerName("域");
        await admin.CreateWorkerAsync(inA.Id, prefix + "甲");
        await admin.CreateWorkerAsync(inA.Id, prefix + "乙");
        await admin.CreateWorkerAsync(inB.Id, prefix + "丙");
        var officer = await fixture.Factory.CreateStreetOfficerClientAsync(admin, RegistryTestData.StreetA);
        var query = $"search={prefix}&page=2&pageSize=1";

        var district = await admin.ListWorkersAsync(query);
        var street = await officer.ListWorkersAsync(query);

        Assert.Equal(3, district.GetProperty("total").GetInt32());
        Assert.Equal(2, street.GetProperty("total").GetInt32());
    }
}
