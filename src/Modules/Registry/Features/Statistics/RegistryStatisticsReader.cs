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

        var workers = db.Set<Worker>().AsNoTracking().InScope(scope).Where(w => w.CreatedAt < end);
        var workerCount = await workers.CountAsync(ct);
        var healthExpiring = await db.Set<Worker>().AsNoTracking().InScope(scope)
            .CountAsync(w => !w.IsRevoked && w.HealthCheckValidUntil != null && w.HealthCheckValidUntil >= today && w.HealthCheckValidUntil <= warnUntil, ct);
        var credential = await workers
            .GroupBy(w => w.IsRevoked ? 2
                : w.IdentityVerified && w.HealthCheckValidUntil != null && w.HealthCheckValidUntil >= today
                    && w.AccidentInsuranceValidUntil != null && w.AccidentInsuranceValidUntil >= today ? 0 : 1)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(ct);
        var employment = await workers.GroupBy(w => w.EmploymentType).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var gender = await workers.GroupBy(w => w.Gender).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var byStreet = await workers.GroupBy(w => w.StreetCode).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var births = await workers.GroupBy(w => w.BirthDate).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var jobTypes = await workers.GroupBy(w => w.JobTypes).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var perInstitution = await workers.Where(w => w.InstitutionId != null && !w.IsRevoked)
            .GroupBy(w => w.InstitutionId!.Value).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);

        static int AgeAt(DateOnly birth, DateOnly at) => at.Year - birth.Year - (at < birth.AddYears(at.Year - birth.Year) ? 1 : 0);

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
            WorkersByCredential: credentialNames.Select((c, k) => new Tally(c.Item1, c.Item2,
                credential.FirstOrDefault(x => x.Key == k)?.Count ?? 0)).ToList(),
            WorkersByEmploymentType: Enum.GetValues<EmploymentType>().Select(e => new Tally(e.ToString(), EmploymentNames[e],
                employment.FirstOrDefault(x => x.Key == e)?.Count ?? 0)).ToList(),
            WorkersByJobType: o.EffectiveJobTypes.Select(j => new Tally(j.Code, j.Name,
                jobTypes.Where(x => x.Key.Contains(j.Code)).Sum(x => x.Count))).ToList(),
            WorkersByGender: [
                new Tally(nameof(Gender.Male), "男", gender.FirstOrDefault(x => x.Key == Gender.Male)?.Count ?? 0),
                new Tally(nameof(Gender.Female), "女", gender.FirstOrDefault(x => x.Key == Gender.Female)?.Count ?? 0),
            ],
            WorkersByAgeBand: AgeBands.Select(b => new Tally(b.Code, b.Name, births
                .Where(x => AgeAt(x.Key, period.To) is var age && age >= b.Min && age <= b.Max).Sum(x => x.Count))).ToList(),
            WorkersByStreet: streets.Select(s => new Tally(s.Code, s.Name, byStreet.FirstOrDefault(x => x.Key == s.Code)?.Count ?? 0)).ToList());
    }
}
