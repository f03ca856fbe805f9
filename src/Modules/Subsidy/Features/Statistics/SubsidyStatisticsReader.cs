using Jiafu.Contracts.Statistics;
using Jiafu.Contracts.Subsidy;
using Jiafu.Shared.District;
using Jiafu.Shared.Security;
using Jiafu.Subsidy.Data;
using Jiafu.Subsidy.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Subsidy.Features.Statistics;

/// <summary>
/// Subsidy statistics (补贴资金统计) within the caller's scope: applications submitted and paid in the period, by
/// policy item, status, street and month, and the year's allocations (district roles only: the fund is district-wide).
/// </summary>
public sealed class SubsidyStatisticsReader(SubsidyDbContext db, ICurrentUser current, IOptions<DistrictOptions> district)
    : ISubsidyStatistics
{
    /// <summary>Statuses of an application whose money went out (拨付), including those later ordered back.</summary>
    public static readonly SubsidyApplicationStatus[] PaidStatuses =
        [SubsidyApplicationStatus.Paid, SubsidyApplicationStatus.RecoveryOrdered, SubsidyApplicationStatus.Recovered];

    private static readonly IReadOnlyDictionary<SubsidyApplicationStatus, string> StatusNames = new Dictionary<SubsidyApplicationStatus, string>
    {
        [SubsidyApplicationStatus.Submitted] = "待街道审核",
        [SubsidyApplicationStatus.StreetApproved] = "待区级审核",
        [SubsidyApplicationStatus.Approved] = "已批准待拨付",
        [SubsidyApplicationStatus.Returned] = "退回补正",
        [SubsidyApplicationStatus.Rejected] = "不予批准",
        [SubsidyApplicationStatus.Paid] = "已拨付",
        [SubsidyApplicationStatus.RecoveryOrdered] = "责令追回",
        [SubsidyApplicationStatus.Recovered] = "已追回",
    };

    /// <summary>The zh-CN name of an application status.</summary>
    public static string StatusName(SubsidyApplicationStatus status) => StatusNames.GetValueOrDefault(status, status.ToString());

    public async Task<SubsidyStatistics> GetAsync(StatisticsPeriod period, CancellationToken ct)
    {
        var scope = DataScope.From(current);
        var applications = db.Set<SubsidyApplication>().AsNoTracking().InScope(scope);
        var (from, end) = (period.FromInstant, period.ToInstant);

        var submitted = await applications.Where(a => a.CreatedAt >= from && a.CreatedAt < end)
            .GroupBy(a => a.Status).Select(g => new { g.Key, Count = g.Count(), Fen = g.Sum(a => a.AmountFen) })
            .ToListAsync(ct);
        var paid = await applications.Where(a => PaidStatuses.Contains(a.Status) && a.PaidOn >= period.From && a.PaidOn <= period.To)
            .GroupBy(a => new { a.ItemCode, a.StreetCode, a.PaidOn })
            .Select(g => new { g.Key.ItemCode, g.Key.StreetCode, g.Key.PaidOn, Count = g.Count(), Fen = g.Sum(a => a.AmountFen) })
            .ToListAsync(ct);
        var waitingStatus = scope.Kind switch
        {
            DataScopeKind.District => SubsidyApplicationStatus.StreetApproved,
            DataScopeKind.Street => SubsidyApplicationStatus.Submitted,
            _ => SubsidyApplicationStatus.Returned,
        };
        var waiting = await applications.CountAsync(a => a.Status == waitingStatus, ct);
        var allocations = scope.Kind == DataScopeKind.District
            ? await db.Set<FundAllocation>().AsNoTracking().Where(f => f.Year == period.Year)
                .Select(f => new { f.ItemCode, f.AllocatedFen }).ToListAsync(ct)
            : [];

        var streets = district.Value.EffectiveStreets.Where(s => scope.Kind != DataScopeKind.Street || s.Code == scope.StreetCode);
        return new SubsidyStatistics(
            period,
            Applications: submitted.Sum(x => x.Count),
            AppliedAmount: SubsidyRules.ToYuan(submitted.Sum(x => x.Fen)),
            Paid: paid.Sum(x => x.Count),
            PaidAmount: SubsidyRules.ToYuan(paid.Sum(x => x.Fen)),
            WaitingReview: waiting,
            ByItem: PolicyCatalogue.Items.Select(i => new Tally(i.Code, i.Name,
                paid.Where(x => x.ItemCode == i.Code).Sum(x => x.Count),
                SubsidyRules.ToYuan(paid.Where(x => x.ItemCode == i.Code).Sum(x => x.Fen)))).ToList(),
            Allocations: PolicyCatalogue.Items.Where(i => allocations.Any(a => a.ItemCode == i.Code))
                .Select(i => new Tally(i.Code, i.Name, 0, SubsidyRules.ToYuan(allocations.Where(a => a.ItemCode == i.Code).Sum(a => a.AllocatedFen))))
                .ToList(),
            ByStatus: Enum.GetValues<SubsidyApplicationStatus>().Select(s => new Tally(s.ToString(), StatusNames[s],
                submitted.FirstOrDefault(x => x.Key == s)?.Count ?? 0,
                SubsidyRules.ToYuan(submitted.FirstOrDefault(x => x.Key == s)?.Fen ?? 0))).ToList(),
            ByStreet: streets.Select(s => new Tally(s.Code, s.Name,
                paid.Where(x => x.StreetCode == s.Code).Sum(x => x.Count),
                SubsidyRules.ToYuan(paid.Where(x => x.StreetCode == s.Code).Sum(x => x.Fen)))).ToList(),
            PaidByMonth: Enumerable.Range(1, 12).Select(m => new MonthTally(m,
                paid.Where(x => x.PaidOn!.Value.Month == m).Sum(x => x.Count),
                SubsidyRules.ToYuan(paid.Where(x => x.PaidOn!.Value.Month == m).Sum(x => x.Fen)))).ToList());
    }
}
