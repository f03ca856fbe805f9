using Jiafu.Contracts.Registry;
using Jiafu.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Jiafu.IntegrationTests.Registry;

/// <summary><see cref="IRegistryReader"/>, the read contract other modules use: institution summaries and whether they are active.</summary>
public sealed class InstitutionReadContractTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private JiafuApiFactory Factory => fixture.Factory;

    private async Task<T> WithReaderAsync<T>(Func<IRegistryReader, Task<T>> read)
    {
        using var scope = Factory.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<IRegistryReader>());
    }

    [Fact]
    public async Task Given_a_registered_then_recognised_then_suspended_institution_When_read_through_the_contract_Then_IsActive_follows_the_status()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var created = await admin.CreateInstitutionAsync(RegistryTestData.StreetB, ["ElderlyCare", "Housekeeping"]);

        var registered = await WithReaderAsync(r => r.FindInstitutionAsync(created.Id, Ct));
        await admin.RecogniseInstitutionAsync(created.Id);
        var recognised = await WithReaderAsync(r => r.FindInstitutionAsync(created.Id, Ct));
        await (await admin.InstitutionActionAsync(created.Id, "suspend", "整改")).EnsureStatusAsync(System.Net.HttpStatusCode.OK);
        var suspended = await WithReaderAsync(r => r.FindInstitutionAsync(created.Id, Ct));

        Assert.NotNull(registered);
        Assert.Equal(created.CreditCode, registered.CreditCode);
        Assert.Equal(RegistryTestData.StreetB, registered.StreetCode);
        Assert.Equal(["ElderlyCare", "Housekeeping"], registered.BusinessFormats);
        Assert.Equal("Registered", registered.Status);
        Assert.False(registered.IsActive);
        Assert.False(registered.IsEmployeeBased);
        Assert.Equal("Recognised", recognised!.Status);
        Assert.True(recognised.IsActive);
        Assert.Equal("Suspended", suspended!.Status);
        Assert.False(suspended.IsActive);
    }

    [Fact]
    public async Task Given_several_ids_some_unknown_When_read_in_bulk_Then_only_the_known_are_returned()
    {
        var admin = await Factory.CreateSignedInClientAsync();
        var first = await admin.CreateInstitutionAsync();
        var second = await admin.CreateInstitutionAsync();

        var found = await WithReaderAsync(r => r.FindInstitutionsAsync([first.Id, second.Id, Guid.NewGuid(), first.Id], Ct));
        var none = await WithReaderAsync(r => r.FindInstitutionsAsync([], Ct));
        var missing = await WithReaderAsync(r => r.FindInstitutionAsync(Guid.NewGuid(), Ct));
        var noWorker = await WithReaderAsync(r => r.FindWorkerByIdHashAsync("no-such-hash", Ct));

        Assert.Equal(new[] { first.Id, second.Id }.Order(), found.Select(s => s.Id).Order());
        Assert.Empty(none);
        Assert.Null(missing);
        Assert.Null(noWorker);
    }
}
