using Jiafu.Contracts.Inspection;
using Jiafu.Contracts.Statistics;
using Jiafu.Inspection.Data;
using Jiafu.Inspection.Domain;
using Jiafu.Shared.District;
using Jiafu.Shared.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Inspection.Features.Statistics;

/// <summary>
/// Supervision statistics (监督检查统计) within the caller's scope (<see cref="InspectionScope"/>): district roles everything,
/// inspectors their assigned tasks and checks, street officers their street, institutions their own. Counting is grouped
/// in the database.
/// </summary>
public sealed class InspectionStatisticsReader(InspectionDbContext db, ICurrentUser current, IOptions<DistrictOptions> district, TimeProvider time)
    : IInspectionStatistics
{
    private static readonly IReadOnlyDictionary<InspectionTaskStatus, string> StatusNames = new Dictionary<InspectionTaskStatus, string>
    {
        [InspectionTaskStatus.Pending] = "待检查",
        [InspectionTaskStatus.Passed] = "合格",
        [InspectionTaskStatus.Rectify] = "限期整改",
        [InspectionTaskStatus.Failed] = "不合格",
        [InspectionTaskStatus.Escalated] = "逾期未整改",
    };

    /// <summary>The zh-CN name of a task status.</summary>
    public static string StatusName(InspectionTaskStatus status) => StatusNames.GetValueOrDefault(status, status.ToString());

    public async Task<InspectionStatistics> GetAsync(StatisticsPeriod period, CancellationToken ct)
    {
        var today = time.Today();
        var tasks = db.Set<InspectionTask>().AsNoTracking().InScope(current);
        var yearCampaigns = db.Set<Campaign>().AsNoTracking().Where(c => c.Year == period.Year).Select(c => c.Id);
        var yearTasks = tasks.Where(t => yearCampaigns.Contains(t.CampaignId));

        var groups = await yearTasks.GroupBy(t => new { t.StreetCode, t.Status })
            .Select(g => new { g.Key.StreetCode, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        var campaigns = current.SeesAllCampaigns()
            ? await db.Set<Campaign>().AsNoTracking().CountAsync(c => c.Year == period.Year, ct)
            : await yearTasks.Select(t => t.CampaignId).Distinct().CountAsync(ct);
        var outcomes = await tasks.Where(t => t.InspectedOn >= period.From && t.InspectedOn <= period.To)
            .GroupBy(t => t.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(ct);
        var open = await tasks.CountAsync(t => t.Status == InspectionTaskStatus.Rectify && t.RectifyBy >= today, ct);
        var overdue = await tasks.CountAsync(t => t.Status == InspectionTaskStatus.Escalated
            || (t.Status == InspectionTaskStatus.Rectify && t.RectifyBy < today), ct);
        var me = current.Id ?? "";
        var mine = await db.Set<InspectionTask>().AsNoTracking()
            .CountAsync(t => t.Inspectors.Any(i => i.UserId == me)
                && (t.Status == InspectionTaskStatus.Pending || t.Status == InspectionTaskStatus.Rectify), ct);

        var yearPlans = db.Set<SpotCheckPlan>().AsNoTracking().Where(p => p.Year == period.Year).Select(p => p.Id);
        var checks = await db.Set<SpotCheck>().AsNoTracking().InScope(current).Where(c => yearPlans.Contains(c.PlanId))
            .GroupBy(c => c.Result).Select(g => new { Result = g.Key, Count = g.Count() }).ToListAsync(ct);
        var classes = await ProfilesInScope().GroupBy(p => p.CreditClass).Select(g => new { Class = g.Key, Count = g.Count() }).ToListAsync(ct);
        var red = await ProfilesInScope().CountAsync(p => p.RedList, ct);
        var black = await ProfilesInScope().CountAsync(p => p.BlackList, ct);

        var total = groups.Sum(g => g.Count);
        var inspected = groups.Where(g => g.Status != InspectionTaskStatus.Pending).Sum(g => g.Count);
        var scope = DataScope.From(current);
        var streets = district.Value.EffectiveStreets.Where(s => scope.Kind != DataScopeKind.Street || s.Code == scope.StreetCode);
        int Count(IEnumerable<int> counts) => counts.Sum();
        return new InspectionStatistics(
            period,
            campaigns,
            total,
            inspected,
            total > 0 ? decimal.Round(inspected * 100m / total, 1) : 0m,
            TasksByStatus: Enum.GetValues<InspectionTaskStatus>()
                .Select(s => new Tally(s.ToString(), StatusNames[s], Count(groups.Where(g => g.Status == s).Select(g => g.Count)))).ToList(),
            ProgressByStreet: streets.Select(s =>
            {
                var inStreet = groups.Where(g => g.StreetCode == s.Code).ToList();
                int Of(InspectionTaskStatus status) => Count(inStreet.Where(g => g.Status == status).Select(g => g.Count));
                return new InspectionStreetProgress(s.Code, s.Name, Count(inStreet.Select(g => g.Count)),
                    Count(inStreet.Where(g => g.Status != InspectionTaskStatus.Pending).Select(g => g.Count)),
                    Of(InspectionTaskStatus.Passed), Of(InspectionTaskStatus.Rectify), Of(InspectionTaskStatus.Failed), Of(InspectionTaskStatus.Escalated));
            }).ToList(),
            Outcomes:
            [
                new Tally("Passed", "合格", Count(outcomes.Where(o => o.Status == InspectionTaskStatus.Passed).Select(o => o.Count))),
                new Tally("Rectify", "限期整改", Count(outcomes.Where(o => o.Status is InspectionTaskStatus.Rectify or InspectionTaskStatus.Escalated).Select(o => o.Count))),
                new Tally("Failed", "不合格", Count(outcomes.Where(o => o.Status == InspectionTaskStatus.Failed).Select(o => o.Count))),
            ],
            RectificationsOpen: open,
            RectificationsOverdue: overdue,
            MyOpenTasks: mine,
            SpotChecksDrawn: checks.Sum(c => c.Count),
            SpotChecksFinished: checks.Where(c => c.Result != SpotCheckResult.Pending).Sum(c => c.Count),
            SpotCheckDiscrepancies: checks.Where(c => c.Result == SpotCheckResult.Discrepancy).Sum(c => c.Count),
            CreditClasses:
            [
                .. Enum.GetValues<CreditClass>().Select(c => new Tally(c.ToString(), $"{c}级", classes.Where(x => x.Class == c).Sum(x => x.Count))),
                new Tally("RedList", "红名单", red),
                new Tally("BlackList", "黑名单", black),
            ]);
    }

    /// <summary>
    /// Integrity profiles the caller's figures cover: district roles and inspectors all; institutions their own; a street officer
    /// the institutions inspected or spot-checked in their street (profiles carry no street of their own).
    /// </summary>
    private IQueryable<IntegrityProfile> ProfilesInScope()
    {
        var profiles = db.Set<IntegrityProfile>().AsNoTracking();
        var scope = DataScope.From(current);
        if (current.IsInspectorOnly() || scope.Kind == DataScopeKind.District) return profiles;
        if (scope.Kind == DataScopeKind.Street)
        {
            var street = scope.StreetCode;
            var inStreet = db.Set<InspectionTask>().Where(t => t.StreetCode == street).Select(t => t.InstitutionId)
                .Concat(db.Set<SpotCheck>().Where(c => c.StreetCode == street).Select(c => c.ObjectId));
            return profiles.Where(p => inStreet.Contains(p.InstitutionId));
        }

        var ids = InspectionScope.InstitutionIds(scope);
        return profiles.Where(p => ids.Contains(p.InstitutionId));
    }
}
