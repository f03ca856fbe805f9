using System.Text.Json;
using Jiafu.Contracts.Statistics;
using Jiafu.IntegrationTests.Infrastructure;
using Jiafu.IntegrationTests.Registry;
using Jiafu.Registry.Data;
using Jiafu.Registry.Domain;
using Jiafu.Registry.Features.Statistics;
using Microsoft.Extensions.DependencyInjection;

namespace Jiafu.IntegrationTests.Reporting;

/// <summary>
/// The register's worker figures (computed in one grouped pass with birth-date cut-offs, ADR 0066) against the same figures
/// counted worker by worker in memory, the way the reader computed them before: several hundred generated workers across
/// streets, institutions, job-type combinations, statuses, creation times (some after the period) and birth dates on the
/// age-band edges (29 February included), for years, quarters and months, for the district, a street and an institution.
/// </summary>
public sealed class RegistryWorkerStatisticsTests : IAsyncLifetime
{
    private const string StreetA = RegistryTestData.StreetA;
    private const string StreetB = RegistryTestData.StreetB;
    private static readonly string[] JobCodes = ["Housekeeper", "ElderlyCarer", "MaternityNurse", "ChildCarer", "Cleaner"];

    private readonly JiafuApiFactory _factory = new();
    private readonly List<Worker> _workers = [];
    private readonly List<Institution> _institutions = [];

    private static DateOnly ChinaToday => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    private static DateTimeOffset China(DateOnly day) => new(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8));

    public async ValueTask InitializeAsync()
    {
        _ = _factory.Server;
        var random = new Random(20261128);
        foreach (var (street, created) in new[] { (StreetA, new DateOnly(2022, 3, 1)), (StreetA, new DateOnly(2023, 5, 1)), (StreetB, new DateOnly(2022, 1, 1)), (StreetB, new DateOnly(2024, 6, 1)) })
        {
            _institutions.Add(new Institution
            {
                Name = RegistryTestData.NewInstitutionName(), CreditCode = RegistryTestData.NewCreditCode(), StreetCode = street, Address = "测试路1号",
                LegalRepresentative = "张三", ContactPhone = "13800000000", BusinessFormats = ["Housekeeping"], CreatedAt = China(created), UpdatedAt = China(created),
            });
        }

        // Birth dates on every age-band edge for the period ends checked below, plus random ones.
        var edges = new List<DateOnly>();
        foreach (var at in new[] { new DateOnly(2023, 12, 31), new DateOnly(2023, 3, 31), new DateOnly(2024, 2, 29), new DateOnly(2023, 2, 28), new DateOnly(2024, 3, 31) })
        {
            foreach (var age in new[] { 0, 30, 40, 50, 60 })
            {
                var birth = at.AddYears(-age);
                edges.AddRange([birth.AddDays(-1), birth, birth.AddDays(1)]);
            }
        }

        edges.AddRange([new DateOnly(1994, 2, 28), new DateOnly(1994, 3, 1), new DateOnly(1964, 2, 29), new DateOnly(1984, 2, 29), new DateOnly(1993, 2, 28), new DateOnly(1993, 3, 1)]);
        var today = ChinaToday;
        DateOnly? Validity() => random.Next(5) switch
        {
            0 => null,
            1 => today.AddDays(-random.Next(1, 400)),
            2 => today.AddDays(random.Next(0, 35)),
            _ => today.AddDays(random.Next(35, 900)),
        };

        for (var i = 0; i < 420; i++)
        {
            var institution = random.Next(6) < 5 ? _institutions[random.Next(_institutions.Count)] : null;
            var created = new DateOnly(2022, 1, 1).AddDays(random.Next(0, 365 * 3));
            var revoked = random.Next(10) == 0;
            _workers.Add(new Worker
            {
                Name = "测试人员", IdNumberEncrypted = "x", IdNumberHash = Guid.NewGuid().ToString("N"), IdNumberMasked = "1502**********0000",
                Gender = random.Next(2) == 0 ? Gender.Male : Gender.Female,
                BirthDate = i < edges.Count ? edges[i] : new DateOnly(1955, 1, 1).AddDays(random.Next(0, 365 * 55)),
                InstitutionId = institution?.Id,
                StreetCode = random.Next(8) switch { 0 => null, < 4 => StreetA, _ => StreetB },
                EmploymentType = (EmploymentType)random.Next(3),
                JobTypes = [.. JobCodes.Where(_ => random.Next(3) == 0)],
                IdentityVerified = random.Next(4) != 0,
                HealthCheckValidUntil = Validity(),
                AccidentInsuranceValidUntil = Validity(),
                IsRevoked = revoked,
                RevokedReason = revoked ? "测试" : null,
                CreatedAt = China(created),
                UpdatedAt = China(created),
            });
        }

        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        db.AddRange(_institutions);
        db.AddRange(_workers);
        await db.SaveChangesAsync();
    }

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    public static TheoryData<int, int?, int?> Periods => new()
    {
        { 2023, null, null },
        { 2023, 1, null },
        { 2024, 1, null },
        { 2024, null, 2 },
        { 2023, null, 2 },
        { 2022, 4, null },
        { 2030, null, null },
    };

    [Theory]
    [MemberData(nameof(Periods))]
    public async Task Given_generated_workers_When_statistics_are_read_per_scope_Then_every_worker_figure_matches_the_count_by_hand(int year, int? quarter, int? month)
    {
        var admin = await _factory.CreateSignedInClientAsync();
        var street = await _factory.CreateStreetOfficerClientAsync(admin, StreetA);
        var operatorClient = await _factory.CreateOperatorClientAsync(admin, _institutions[0].Id);
        var query = $"/api/v1/registry/statistics?year={year}" + (quarter is { } q ? $"&quarter={q}" : "") + (month is { } m ? $"&month={m}" : "");
        var period = new StatisticsPeriod(year, quarter, month);
        if (year == 2023 && quarter is null && month is null)
        {
            Assert.True(_workers.Count(w => w.CreatedAt < period.ToInstant) > 200); // the comparison is not between two empty sets
        }

        AssertMatches(await admin.GetJsonAsync(query), period, _workers, _institutions);
        AssertMatches(await street.GetJsonAsync(query), period, [.. _workers.Where(w => w.StreetCode == StreetA)],
            [.. _institutions.Where(i => i.StreetCode == StreetA)]);
        AssertMatches(await operatorClient.GetJsonAsync(query), period, [.. _workers.Where(w => w.InstitutionId == _institutions[0].Id)], [_institutions[0]]);
    }

    /// <summary>The figures counted one worker at a time, as the reader did before the grouped pass.</summary>
    private static void AssertMatches(JsonElement json, StatisticsPeriod period, IReadOnlyList<Worker> inScope, IReadOnlyList<Institution> institutions)
    {
        var today = ChinaToday;
        var end = period.ToInstant;
        var workers = inScope.Where(w => w.CreatedAt < end).ToList();
        Assert.Equal(workers.Count, json.GetProperty("workers").GetInt32());
        Assert.Equal(inScope.Count(w => !w.IsRevoked && w.HealthCheckValidUntil >= today && w.HealthCheckValidUntil <= today.AddDays(30)),
            json.GetProperty("healthChecksExpiring").GetInt32());

        string Credential(Worker w) => w.IsRevoked ? "Red"
            : w.IdentityVerified && w.HealthCheckValidUntil >= today && w.AccidentInsuranceValidUntil >= today ? "Green" : "Yellow";
        AssertTallies(json, "workersByCredential", code => workers.Count(w => Credential(w) == code));
        AssertTallies(json, "workersByEmploymentType", code => workers.Count(w => w.EmploymentType.ToString() == code));
        AssertTallies(json, "workersByGender", code => workers.Count(w => w.Gender.ToString() == code));
        AssertTallies(json, "workersByJobType", code => workers.Count(w => w.JobTypes.Contains(code)));
        AssertTallies(json, "workersByStreet", code => workers.Count(w => w.StreetCode == code));

        static int AgeAt(DateOnly birth, DateOnly at) => at.Year - birth.Year - (at < birth.AddYears(at.Year - birth.Year) ? 1 : 0);
        var bands = RegistryStatisticsReader.AgeBands.ToDictionary(b => b.Code);
        AssertTallies(json, "workersByAgeBand", code => workers.Count(w => AgeAt(w.BirthDate, period.To) is var age && age >= bands[code].Min && age <= bands[code].Max));

        var sizes = RegistryStatisticsReader.SizeBands.ToDictionary(b => b.Code);
        var registered = institutions.Where(i => i.CreatedAt < end).ToList();
        AssertTallies(json, "institutionsBySize", code => registered.Count(i =>
            workers.Count(w => w.InstitutionId == i.Id && !w.IsRevoked) is var n && n >= sizes[code].Min && n <= sizes[code].Max));
    }

    private static void AssertTallies(JsonElement json, string list, Func<string, int> expected)
    {
        var tallies = json.GetProperty(list).EnumerateArray().ToList();
        Assert.NotEmpty(tallies);
        foreach (var tally in tallies)
        {
            var code = tally.GetProperty("code").GetString()!;
            Assert.True(expected(code) == tally.GetProperty("count").GetInt32(),
                $"{list}.{code}: expected {expected(code)}, got {tally.GetProperty("count").GetInt32()}");
        }
    }
}
