using System.Net;
using Jiafu.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static Jiafu.IntegrationTests.Registry.ServicePointFilingTitleTestApi;

namespace Jiafu.IntegrationTests.Registry;

/// <summary>
/// Expiry of employee-based filings (备案到期) against a fake clock: approve, move past the validity, expire-due, and the
/// hourly background check doing the same as the system.
/// </summary>
public sealed class FilingExpiryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Given_a_filing_past_its_validity_When_expiring_due_filings_Then_expired_and_the_institution_no_longer_employee_based()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var factory = new JiafuApiFactory(configureServices: s => s.AddSingleton<TimeProvider>(clock));
        var admin = await factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync();
        var expiring = await admin.SubmitFilingAsync(institution.Id);
        var filed = await (await admin.ApproveFilingAsync(expiring)).ReadJsonAsync();
        var validUntil = DateOnly.Parse(filed.GetProperty("validUntil").GetString()!);
        var keeper = await admin.CreateInstitutionAsync();
        var kept = await admin.SubmitFilingAsync(keeper.Id);

        // The last valid day: nothing is due yet.
        clock.Advance(LastMomentOf(validUntil) - clock.GetUtcNow());
        var early = await (await admin.PostAsync($"{FilingsUrl}/expire-due", null, Ct)).ReadJsonAsync();
        Assert.Equal(0, early.GetProperty("expired").GetInt32());
        Assert.True((await admin.GetInstitutionAsync(institution.Id)).GetProperty("isEmployeeBased").GetBoolean());

        // The next day (Asia/Shanghai) the filing is due.
        clock.Advance(TimeSpan.FromMinutes(2));
        var result = await (await admin.PostAsync($"{FilingsUrl}/expire-due", null, Ct)).ReadJsonAsync();

        Assert.Equal(1, result.GetProperty("expired").GetInt32());
        Assert.Equal([expiring], result.GetProperty("filingIds").EnumerateArray().Select(e => e.GetGuid()).ToArray());
        Assert.Equal([institution.Id], result.GetProperty("institutionIds").EnumerateArray().Select(e => e.GetGuid()).ToArray());
        Assert.Equal("Expired", (await admin.GetJsonAsync($"{FilingsUrl}/{expiring}")).GetProperty("status").GetString());
        Assert.Equal("Submitted", (await admin.GetJsonAsync($"{FilingsUrl}/{kept}")).GetProperty("status").GetString());
        var detail = await admin.GetInstitutionAsync(institution.Id);
        Assert.False(detail.GetProperty("isEmployeeBased").GetBoolean());

        var again = await (await admin.PostAsync($"{FilingsUrl}/expire-due", null, Ct)).ReadJsonAsync();
        Assert.Equal(0, again.GetProperty("expired").GetInt32());
    }

    [Fact]
    public async Task Given_a_renewal_filed_before_the_old_filing_ends_When_the_old_one_expires_Then_the_institution_stays_employee_based()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var factory = new JiafuApiFactory(configureServices: s => s.AddSingleton<TimeProvider>(clock));
        var admin = await factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync();
        var first = await admin.SubmitFilingAsync(institution.Id);
        await (await admin.ApproveFilingAsync(first)).EnsureStatusAsync(HttpStatusCode.OK);

        clock.Advance(TimeSpan.FromDays(340));
        var renewal = await admin.SubmitFilingAsync(institution.Id);
        var renewed = await (await admin.ApproveFilingAsync(renewal)).ReadJsonAsync();
        var renewedUntil = renewed.GetProperty("validUntil").GetString();
        clock.Advance(TimeSpan.FromDays(30));

        var result = await (await admin.PostAsync($"{FilingsUrl}/expire-due", null, Ct)).ReadJsonAsync();

        Assert.Equal([first], result.GetProperty("filingIds").EnumerateArray().Select(e => e.GetGuid()).ToArray());
        Assert.Empty(result.GetProperty("institutionIds").EnumerateArray());
        var detail = await admin.GetInstitutionAsync(institution.Id);
        Assert.True(detail.GetProperty("isEmployeeBased").GetBoolean());
        Assert.Equal(renewedUntil, detail.GetProperty("employeeBasedUntil").GetString());
        Assert.Equal("Filed", (await admin.GetJsonAsync($"{FilingsUrl}/{renewal}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Given_the_background_check_When_a_filing_is_past_its_validity_Then_it_expires_and_is_audited_as_system()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var factory = new JiafuApiFactory(
            settings: new Dictionary<string, string?> { ["Registry:FilingExpiryCheckInterval"] = "00:00:00.300" },
            configureServices: s => s.AddSingleton<TimeProvider>(clock));
        var admin = await factory.CreateSignedInClientAsync();
        var institution = await admin.CreateInstitutionAsync();
        var id = await admin.SubmitFilingAsync(institution.Id);
        await (await admin.ApproveFilingAsync(id)).EnsureStatusAsync(HttpStatusCode.OK);

        clock.Advance(TimeSpan.FromDays(400));

        var status = await HttpAssertions.EventuallyAsync(
            async () => (await admin.GetJsonAsync($"{FilingsUrl}/{id}")).GetProperty("status").GetString(), s => s == "Expired");
        Assert.Equal("Expired", status);
        Assert.False((await admin.GetInstitutionAsync(institution.Id)).GetProperty("isEmployeeBased").GetBoolean());
        var entry = await admin.FindAuditEntryAsync("module=registry&action=ExpireFilings",
            e => e.GetProperty("changes").GetString()?.Contains(id.ToString()) == true);
        Assert.NotNull(entry);

        Assert.Equal("system", entry.Value.GetProperty("actor").GetString());
        Assert.Equal("System", entry.Value.GetProperty("actorType").GetString());
    }

    /// <summary>23:59 of <paramref name="day"/> in Asia/Shanghai.</summary>
    private static DateTimeOffset LastMomentOf(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(new TimeOnly(23, 59)), TimeSpan.FromHours(8));
}
