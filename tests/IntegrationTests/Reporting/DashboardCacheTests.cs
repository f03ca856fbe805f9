using System.Text.Json;
using Jiafu.IntegrationTests.Infrastructure;
using Jiafu.IntegrationTests.Registry;
using Jiafu.Registry.Data;
using Jiafu.Registry.Domain;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static Jiafu.IntegrationTests.Reporting.StatisticsFixture;

namespace Jiafu.IntegrationTests.Reporting;

/// <summary>
/// The dashboard's figures kept per data scope and year for <c>Reporting:DashboardCacheSeconds</c> (ADR 0067): never handed to
/// another scope, the caller's own to-dos always current, recomputed once the lifetime has passed, and not kept at all when 0.
/// </summary>
public sealed class DashboardCacheTests(StatisticsFixture fixture) : IClassFixture<StatisticsFixture>
{
    private static int Workers(JsonElement dashboard) => dashboard.GetProperty("registry").GetProperty("workers").GetInt32();

    private static string[] Streets(JsonElement dashboard) =>
        [.. dashboard.GetProperty("registry").GetProperty("workersByStreet").EnumerateArray().Select(t => t.GetProperty("code").GetString()!)];

    private static int? Todo(JsonElement dashboard, string code) => dashboard.GetProperty("todos").EnumerateArray()
        .Where(t => t.GetProperty("code").GetString() == code).Select(t => (int?)t.GetProperty("count").GetInt32()).SingleOrDefault();

    [Fact]
    public async Task Given_the_district_dashboard_kept_When_street_officers_and_an_operator_open_theirs_Then_each_sees_only_their_scope()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var streetA = await fixture.Factory.CreateStreetOfficerClientAsync(admin, StreetA);
        var streetB = await fixture.Factory.CreateStreetOfficerClientAsync(admin, StreetB);
        var operator3 = await fixture.Factory.CreateOperatorClientAsync(admin, fixture.Institution3);

        var district = await admin.GetJsonAsync($"/api/v1/dashboard?year={Year}");
        Assert.Equal(3, Workers(district));
        Assert.Contains(StreetA, Streets(district));
        Assert.Contains(StreetB, Streets(district));

        // Each scope after the district's figures are kept, and again after its own are kept.
        for (var round = 0; round < 2; round++)
        {
            var a = await streetA.GetJsonAsync($"/api/v1/dashboard?year={Year}");
            Assert.Equal("少先路街道", a.GetProperty("scopeLabel").GetString());
            Assert.Equal(2, Workers(a));
            Assert.Equal([StreetA], Streets(a));

            var b = await streetB.GetJsonAsync($"/api/v1/dashboard?year={Year}");
            Assert.Equal(1, Workers(b));
            Assert.Equal([StreetB], Streets(b));
            Assert.Equal(0, Todo(b, "PendingRecognition")); // street A's pending institution is not street B's to-do

            var o = await operator3.GetJsonAsync($"/api/v1/dashboard?year={Year}");
            Assert.Equal("本机构", o.GetProperty("scopeLabel").GetString());
            Assert.Equal(1, Workers(o));
            Assert.Equal(1, o.GetProperty("registry").GetProperty("institutions").GetInt32());
        }

        Assert.Equal(3, Workers(await admin.GetJsonAsync($"/api/v1/dashboard?year={Year}")));
        // Another year is another entry.
        Assert.Equal(0, Workers(await admin.GetJsonAsync($"/api/v1/dashboard?year={Year - 10}")));
    }

    [Fact]
    public async Task Given_the_district_figures_kept_by_an_officer_When_an_inspector_of_the_same_scope_opens_the_dashboard_Then_their_own_tasks_are_counted()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var first = await admin.GetJsonAsync($"/api/v1/dashboard?year={Year}");
        Assert.Null(Todo(first, "MyInspectionTasks"));
        Assert.Equal(0, first.GetProperty("inspection").GetProperty("myOpenTasks").GetInt32());

        var inspector = await fixture.Factory.CreateSignedInClientAsync(fixture.Inspector.UserName, fixture.Inspector.Password);
        var theirs = await inspector.GetJsonAsync($"/api/v1/dashboard?year={Year}");

        Assert.Equal(2, Todo(theirs, "MyInspectionTasks"));
        Assert.Equal(2, theirs.GetProperty("inspection").GetProperty("myOpenTasks").GetInt32());
        Assert.Equal(0, (await admin.GetJsonAsync($"/api/v1/dashboard?year={Year}")).GetProperty("inspection").GetProperty("myOpenTasks").GetInt32());
    }

    [Fact]
    public async Task Given_kept_figures_When_a_worker_is_registered_Then_the_dashboard_shows_it_once_the_lifetime_has_passed()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var factory = new JiafuApiFactory(configureServices: s => s.AddSingleton<TimeProvider>(clock));
        var admin = await factory.CreateSignedInClientAsync();
        var year = clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).Year;
        var before = await admin.GetJsonAsync($"/api/v1/dashboard?year={year}");
        var asOf = before.GetProperty("figuresAsOf").GetDateTimeOffset();
        Assert.Equal(clock.GetUtcNow(), asOf);

        await AddWorkerAsync(factory, clock.GetUtcNow());
        clock.Advance(TimeSpan.FromSeconds(59));
        var kept = await admin.GetJsonAsync($"/api/v1/dashboard?year={year}");
        Assert.Equal(Workers(before), Workers(kept));
        Assert.Equal(asOf, kept.GetProperty("figuresAsOf").GetDateTimeOffset());

        clock.Advance(TimeSpan.FromSeconds(2));
        var fresh = await admin.GetJsonAsync($"/api/v1/dashboard?year={year}");
        Assert.Equal(Workers(before) + 1, Workers(fresh));
        Assert.Equal(clock.GetUtcNow(), fresh.GetProperty("figuresAsOf").GetDateTimeOffset());
    }

    [Fact]
    public async Task Given_the_cache_turned_off_When_a_worker_is_registered_Then_the_next_dashboard_counts_it()
    {
        await using var factory = new JiafuApiFactory(settings: new Dictionary<string, string?> { ["Reporting:DashboardCacheSeconds"] = "0" });
        var admin = await factory.CreateSignedInClientAsync();
        var year = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).Year;
        var before = Workers(await admin.GetJsonAsync($"/api/v1/dashboard?year={year}"));

        await AddWorkerAsync(factory, DateTimeOffset.UtcNow);

        Assert.Equal(before + 1, Workers(await admin.GetJsonAsync($"/api/v1/dashboard?year={year}")));
    }

    private static async Task AddWorkerAsync(JiafuApiFactory factory, DateTimeOffset createdAt)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        db.Add(new Worker
        {
            Name = "缓存测试", IdNumberEncrypted = "x", IdNumberHash = Guid.NewGuid().ToString("N"), IdNumberMasked = "1502**********0000",
            Gender = Gender.Female, BirthDate = new DateOnly(1990, 1, 1), StreetCode = RegistryTestData.StreetA, CreatedAt = createdAt, UpdatedAt = createdAt,
        });
        await db.SaveChangesAsync();
    }
}
