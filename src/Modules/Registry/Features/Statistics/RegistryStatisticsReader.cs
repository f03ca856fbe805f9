using Jiafu.Contracts.Registry;
using Jiafu.Contracts.Statistics;
using Jiafu.Registry.Data;
using Jiafu.Registry.Domain;
using Jiafu.Registry.Features.Workers;
using Jiafu.Shared.District;
using Jiafu.Shared.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Registry.Features.Statistics;

/// <summary>
/// The register's statistics (登记统计) within the current caller's data scope. Counts are grouped in the database;
/// only small sets (institutions, distinct job-type combinations, per-institution worker counts) are finished in memory.
/// "Registered by the end of the period" uses the creation time; statuses are the current ones.
/// </summary>
public sealed class RegistryStatisticsReader(
    RegistryDbContext db, ICurrentUser current, IOptions<RegistryOptions> options, IOptions<DistrictOptions> district, TimeProvider time)
    : IRegistryStatistics
{
    /// <summary>Days ahead in which an expiring filing or health check shows on the to-do list.</summary>
    public const int ExpiryWarningDays = 30;

    /// <summary>Institution size bands by the number of workers registered with it (规模).</summary>
    public static readonly IReadOnlyList<(string Code, string Name, int Min, int Max)> SizeBands =
    [
        ("None", "无从业人员", 0, 0),
        ("Micro", "1-9人", 1, 9),
        ("Small", "10-49人", 10, 49),
        ("Medium", "50-99人", 50, 99),
        ("Large", "100人及以上", 100, int.MaxValue),
    ];

    /// <summary>Worker age bands (年龄段) at the end of the period.</summary>
    public static readonly IReadOnlyList<(string Code, string Name, int Min, int Max)> AgeBands =
    [
        ("Under30", "30岁以下", 0, 29),
        ("30to39", "30-39岁", 30, 39),
        ("40to49", "40-49岁", 40, 49),
        ("50to59", "50-59岁", 50, 59),
        ("60AndOver", "60岁及以上", 60, int.MaxValue),
    ];

    private static readonly IReadOnlyDictionary<InstitutionStatus, string> StatusNames = new Dictionary<InstitutionStatus, string>
    {
        [InstitutionStatus.Registered] = "已登记",
        [InstitutionStatus.PendingRecognition] = "待认定",
        [InstitutionStatus.Recognised] = "已认定",
        [InstitutionStatus.Rejected] = "未通过认定",
        [InstitutionStatus.Suspended] = "暂停",
        [InstitutionStatus.Revoked] = "撤销",
    };

    private static readonly IReadOnlyDictionary<EmploymentType, string> EmploymentNames = new Dictionary<EmploymentType, string>
    {
        [EmploymentType.EmployeeBased] = "员工制",
        [EmploymentType.Affiliated] = "中介制",
        [EmploymentType.Flexible] = "灵活就业",
    };

    public async Task<RegistryStatistics> GetAsync(StatisticsPeriod period, CancellationToken ct)
    {
        var scope = DataScope.From(current);
        var o = options.Value;
        var today = WorkerRules.Today(time);
        var warnUntil = today.AddDays(ExpiryWarningDays);
        var from = period.FromInstant;
        var end = period.ToInstant;
        var streets = district.Value.EffectiveStreets.Where(s => scope.Kind != DataScopeKind.Street || s.Code == scope.StreetCode).ToList();

        var institutions = await db.Set<Institution>().AsNoTracking().InScope(scope)
            .Where(i => i.CreatedAt < end)
            .Select(i => new { i.Id, i.StreetCode, i.Status, i.BusinessFormats, i.RecognisedAt, i.IsEmployeeBased, i.EmployeeBasedUntil })
            .ToListAsync(ct);
        var pending = await db.Set<Institution>().AsNoTracking().InScope(scope)
            .CountAsync(i => i.Status == InstitutionStatus.PendingRecognition, ct);
        var filingsExpiring = await db.Set<Institution>().AsNoTracking().InScope(scope)
            .CountAsync(i => i.IsEmployeeBased && i.EmployeeBasedUntil != null && i.EmployeeBasedUntil >= today && i.EmployeeBasedUntil <= warnUntil, ct);
        var newInstitutions = institutions.Where(i => i.RecognisedAt >= from && i.RecognisedAt < end).ToList();

        var stations = db.Set<ServicePoint>().AsNoTracking().InScope(scope).Where(s => s.Kind == ServicePointKind.CommunityStation);
        var newStations = await stations.CountAsync(s => s.RecognisedAt >= from && s.RecognisedAt < end, ct);
        var activeStations = await stations.CountAsync(s => s.Status == InstitutionStatus.Recognised, ct);

        var cityTitles = o.EffectiveTitles.Where(t => t.Level == "City").Select(t => t.Code).ToList();
        var institutionIds = db.Set<Institution>().AsNoTracking().InScope(scope).Select(i => i.Id);
        var cityBrands = await db.Set<InstitutionTitle>().AsNoTracking()
            .CountAsync(t => t.Year == period.Year && t.WithdrawnAt == null && cityTitles.Contains(t.Title) && institutionIds.Contains(t.InstitutionId), ct);

        // One pass over the workers in scope (the covering index IX_Workers_Statistics, ADR 0066): grouped by street, institution,
        // job-type combination and "registered by the end of the period", every other breakdown a conditional sum. The cut-offs make
        // the age bands plain birth-date comparisons; the health-check to-do counts workers registered after the period as well.
        var (age0, age1, age2, age3, age4) = AgeCutoffs(period.To);
        var groups = await db.Set<Worker>().AsNoTracking().InScope(scope)
            .GroupBy(w => new { w.StreetCode, w.InstitutionId, w.JobTypes, InPeriod = w.CreatedAt < end })
            .Select(g => new WorkerGroup(
                g.Key.StreetCode,
                g.Key.InstitutionId,
                g.Key.JobTypes,
                g.Key.InPeriod,
                g.Count(),
                g.Sum(w => w.IsRevoked ? 1 : 0),
                g.Sum(w => !w.IsRevoked && w.IdentityVerified && w.HealthCheckValidUntil != null && w.HealthCheckValidUntil >= today
                    && w.AccidentInsuranceValidUntil != null && w.AccidentInsuranceValidUntil >= today ? 1 : 0),
                g.Sum(w => w.EmploymentType == EmploymentType.EmployeeBased ? 1 : 0),
                g.Sum(w => w.EmploymentType == EmploymentType.Affiliated ? 1 : 0),
                g.Sum(w => w.EmploymentType == EmploymentType.Flexible ? 1 : 0),
                g.Sum(w => w.Gender == Gender.Male ? 1 : 0),
                g.Sum(w => w.Gender == Gender.Female ? 1 : 0),
                g.Sum(w => w.BirthDate <= age0 ? 1 : 0),
                g.Sum(w => w.BirthDate <= age1 ? 1 : 0),
                g.Sum(w => w.BirthDate <= age2 ? 1 : 0),
                g.Sum(w => w.BirthDate <= age3 ? 1 : 0),
                g.Sum(w => w.BirthDate <= age4 ? 1 : 0),
                g.Sum(w => !w.IsRevoked && w.HealthCheckValidUntil != null && w.HealthCheckValidUntil >= today
                    && w.HealthCheckValidUntil <= warnUntil ? 1 : 0)))
            .ToListAsync(ct);

        var workers = groups.Where(g => g.InPeriod).ToList();
        var perInstitution = workers.Where(g => g.InstitutionId is not null)
            .GroupBy(g => g.InstitutionId!.Value).ToDictionary(x => x.Key, x => x.Sum(g => g.Count - g.Revoked));
        int Sum(Func<WorkerGroup, int> value) => workers.Sum(value);
        var workerCount = Sum(g => g.Count);
        var healthExpiring = groups.Sum(g => g.HealthExpiring);
        var green = Sum(g => g.Green);
        var red = Sum(g => g.Revoked);
        int[] credential = [green, workerCount - green - red, red];
        int[] atLeast = [Sum(g => g.AtLeast0), Sum(g => g.AtLeast1), Sum(g => g.AtLeast2), Sum(g => g.AtLeast3), Sum(g => g.AtLeast4)];
        int AgeBandCount(int min, int max) =>
            atLeast[Array.IndexOf(AgeThresholds, min)] - (max == int.MaxValue ? 0 : atLeast[Array.IndexOf(AgeThresholds, max + 1)]);

        var credentialNames = new[] { ("Green", "绿码（证照齐全有效）"), ("Yellow", "黄码（待补全或过期）"), ("Red", "红码（已吊销）") };
        return new RegistryStatistics(
            period,
            Institutions: institutions.Count,
            ActiveInstitutions: institutions.Count(i => i.Status == InstitutionStatus.Recognised),
            NewInstitutions: newInstitutions.Count,
            NewStations: newStations,
            ActiveStations: activeStations,
            CityBrands: cityBrands,
            PendingRecognition: pending,
            FilingsExpiring: filingsExpiring,
            Workers: workerCount,
            HealthChecksExpiring: healthExpiring,
            InstitutionsByStatus: Enum.GetValues<InstitutionStatus>()
                .Select(s => new Tally(s.ToString(), StatusNames[s], institutions.Count(i => i.Status == s))).ToList(),
            InstitutionsByStreet: streets.Select(s => new Tally(s.Code, s.Name, institutions.Count(i => i.StreetCode == s.Code))).ToList(),
            InstitutionsByFormat: o.EffectiveBusinessFormats
                .Select(f => new Tally(f.Code, f.Name, institutions.Count(i => i.BusinessFormats.Contains(f.Code)))).ToList(),
            InstitutionsBySize: SizeBands.Select(b => new Tally(b.Code, b.Name, institutions.Count(i =>
                perInstitution.GetValueOrDefault(i.Id) is var n && n >= b.Min && n <= b.Max))).ToList(),
            NewInstitutionsByMonth: Enumerable.Range(1, 12).Select(m => new MonthTally(m, period.Months.Contains(m)
                ? newInstitutions.Count(i => i.RecognisedAt!.Value.ToOffset(TimeSpan.FromHours(8)).Month == m) : 0)).ToList(),
            WorkersByCredential: credentialNames.Select((c, k) => new Tally(c.Item1, c.Item2, credential[k])).ToList(),
            WorkersByEmploymentType: Enum.GetValues<EmploymentType>().Select(e => new Tally(e.ToString(), EmploymentNames[e], e switch
            {
                EmploymentType.EmployeeBased => Sum(g => g.EmployeeBased),
                EmploymentType.Affiliated => Sum(g => g.Affiliated),
                _ => Sum(g => g.Flexible),
            })).ToList(),
            WorkersByJobType: o.EffectiveJobTypes.Select(j => new Tally(j.Code, j.Name,
                workers.Where(x => x.JobTypes.Contains(j.Code)).Sum(x => x.Count))).ToList(),
            WorkersByGender: [
                new Tally(nameof(Gender.Male), "男", Sum(g => g.Male)),
                new Tally(nameof(Gender.Female), "女", Sum(g => g.Female)),
            ],
            WorkersByAgeBand: AgeBands.Select(b => new Tally(b.Code, b.Name, AgeBandCount(b.Min, b.Max))).ToList(),
            WorkersByStreet: streets.Select(s => new Tally(s.Code, s.Name, workers.Where(x => x.StreetCode == s.Code).Sum(x => x.Count))).ToList());
    }

    /// <summary>The ages at which <see cref="AgeBands"/> begin or end (each band's minimum and maximum + 1), in ascending order.</summary>
    private static readonly int[] AgeThresholds = [0, 30, 40, 50, 60];

    /// <summary>The completed years of age on <paramref name="at"/> of someone born on <paramref name="birth"/>.</summary>
    public static int AgeAt(DateOnly birth, DateOnly at) => at.Year - birth.Year - (at < birth.AddYears(at.Year - birth.Year) ? 1 : 0);

    /// <summary>
    /// The latest birth date at which someone is at least <paramref name="age"/> years old on <paramref name="at"/>: the age is
    /// monotonic in the birth date, so "age ≥ n" is exactly "born on or before this date" (29 February included).
    /// </summary>
    public static DateOnly LatestBirthDateForAge(int age, DateOnly at)
    {
        var cutoff = at.AddYears(-age);
        while (AgeAt(cutoff.AddDays(1), at) >= age)
        {
            cutoff = cutoff.AddDays(1);
        }

        while (AgeAt(cutoff, at) < age)
        {
            cutoff = cutoff.AddDays(-1);
        }

        return cutoff;
    }

    private static (DateOnly, DateOnly, DateOnly, DateOnly, DateOnly) AgeCutoffs(DateOnly at) =>
        (LatestBirthDateForAge(AgeThresholds[0], at), LatestBirthDateForAge(AgeThresholds[1], at), LatestBirthDateForAge(AgeThresholds[2], at),
            LatestBirthDateForAge(AgeThresholds[3], at), LatestBirthDateForAge(AgeThresholds[4], at));

    /// <summary>Workers of one street, institution and job-type combination, registered by the end of the period or not, with their breakdowns.</summary>
    private sealed record WorkerGroup(
        string? StreetCode, Guid? InstitutionId, List<string> JobTypes, bool InPeriod, int Count, int Revoked, int Green,
        int EmployeeBased, int Affiliated, int Flexible, int Male, int Female,
        int AtLeast0, int AtLeast1, int AtLeast2, int AtLeast3, int AtLeast4, int HealthExpiring);
}
