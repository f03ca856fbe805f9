using Jiafu.Contracts.Statistics;
using Jiafu.Contracts.Voucher;
using Jiafu.Shared.District;
using Jiafu.Shared.Security;
using Jiafu.Voucher.Data;
using Jiafu.Voucher.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Voucher.Features.Statistics;

/// <summary>
/// Voucher statistics (促进就业券统计) within the caller's scope: district all; a street officer their street's
/// households; an institution the vouchers that chose it. Counts and sums are grouped in the database.
/// </summary>
public sealed class VoucherStatisticsReader(VoucherDbContext db, ICurrentUser current, IOptions<DistrictOptions> district, TimeProvider time)
    : IVoucherStatistics
{
    /// <summary>Days ahead in which an unused voucher shows as about to expire.</summary>
    public const int ExpiryWarningDays = 30;

    /// <summary>Statuses that count as used (服务已提供): served and every later step.</summary>
    public static readonly VoucherStatus[] UsedStatuses =
        [VoucherStatus.Served, VoucherStatus.FollowedUp, VoucherStatus.Verified, VoucherStatus.Discrepancy, VoucherStatus.Reimbursed];

    private static readonly VoucherStatus[] UnusedStatuses = [VoucherStatus.Issued, VoucherStatus.InstitutionSelected, VoucherStatus.Scheduled];

    private static readonly IReadOnlyDictionary<VoucherStatus, string> StatusNames = new Dictionary<VoucherStatus, string>
    {
        [VoucherStatus.Issued] = "已发放",
        [VoucherStatus.InstitutionSelected] = "已选机构",
        [VoucherStatus.Scheduled] = "已预约",
        [VoucherStatus.Served] = "已服务",
        [VoucherStatus.FollowedUp] = "已回访",
        [VoucherStatus.Verified] = "已核查",
        [VoucherStatus.Discrepancy] = "核查不符",
        [VoucherStatus.Reimbursed] = "已结算",
        [VoucherStatus.Expired] = "已过期",
        [VoucherStatus.Voided] = "已作废",
    };

    /// <summary>The zh-CN name of a voucher status (状态).</summary>
    public static string StatusName(VoucherStatus status) => StatusNames.GetValueOrDefault(status, status.ToString());

    public async Task<VoucherStatistics> GetAsync(StatisticsPeriod period, CancellationToken ct)
    {
        var scope = DataScope.From(current);
        var today = VoucherRules.Today(time);
        var (from, end) = (period.FromInstant, period.ToInstant);
        var all = db.Set<EmploymentVoucher>().AsNoTracking().InScope(scope);
        var issued = all.Where(v => v.IssuedAt >= from && v.IssuedAt < end);

        var groups = await issued.GroupBy(v => new { v.StreetCode, v.Status, v.BusinessFormat })
            .Select(g => new Row(g.Key.StreetCode, g.Key.Status, g.Key.BusinessFormat, g.Count(), g.Sum(v => v.FaceValueFen)))
            .ToListAsync(ct);
        // Issued per month (UTC+8), grouped in the database over the month boundaries rather than every voucher read into memory.
        DateTimeOffset Start(int month) => new(period.Year, month, 1, 0, 0, 0, TimeSpan.FromHours(8));
        var (m2, m3, m4, m5, m6, m7) = (Start(2), Start(3), Start(4), Start(5), Start(6), Start(7));
        var (m8, m9, m10, m11, m12) = (Start(8), Start(9), Start(10), Start(11), Start(12));
        var issuedMonths = await issued
            .GroupBy(v => v.IssuedAt < m2 ? 1 : v.IssuedAt < m3 ? 2 : v.IssuedAt < m4 ? 3 : v.IssuedAt < m5 ? 4 : v.IssuedAt < m6 ? 5
                : v.IssuedAt < m7 ? 6 : v.IssuedAt < m8 ? 7 : v.IssuedAt < m9 ? 8 : v.IssuedAt < m10 ? 9 : v.IssuedAt < m11 ? 10 : v.IssuedAt < m12 ? 11 : 12)
            .Select(g => new { Month = g.Key, Count = g.Count(), Fen = g.Sum(v => v.FaceValueFen) })
            .ToListAsync(ct);
        var usedDays = await all.Where(v => UsedStatuses.Contains(v.Status) && v.ServiceDate >= period.From && v.ServiceDate <= period.To)
            .GroupBy(v => v.ServiceDate).Select(g => new { g.Key, Count = g.Count(), Fen = g.Sum(v => v.FaceValueFen) })
            .ToListAsync(ct);
        var waiting = await db.Set<VoucherApplication>().AsNoTracking().InScope(scope, current)
            .CountAsync(a => a.Status == ApplicationStatus.Submitted, ct);
        var warnUntil = today.AddDays(ExpiryWarningDays);
        var expiring = await all.CountAsync(v => UnusedStatuses.Contains(v.Status) && v.ValidUntil >= today && v.ValidUntil <= warnUntil, ct);

        var used = groups.Where(g => UsedStatuses.Contains(g.Status)).ToList();
        var reimbursed = groups.Where(g => g.Status == VoucherStatus.Reimbursed).ToList();
        var streets = district.Value.EffectiveStreets.Where(s => scope.Kind != DataScopeKind.Street || s.Code == scope.StreetCode);
        return new VoucherStatistics(
            period,
            Issued: groups.Sum(g => g.Count),
            IssuedValue: VoucherRules.ToYuan(groups.Sum(g => g.Fen)),
            Used: used.Sum(g => g.Count),
            UsedValue: VoucherRules.ToYuan(used.Sum(g => g.Fen)),
            Reimbursed: reimbursed.Sum(g => g.Count),
            ReimbursedValue: VoucherRules.ToYuan(reimbursed.Sum(g => g.Fen)),
            DeclarationsWaiting: waiting,
            ExpiringSoon: expiring,
            ByStatus: Enum.GetValues<VoucherStatus>().Select(s => Sum(s.ToString(), StatusNames[s], groups.Where(g => g.Status == s))).ToList(),
            ByStreet: streets.Select(s => Sum(s.Code, s.Name, groups.Where(g => g.StreetCode == s.Code))).ToList(),
            ByBusinessFormat: groups.Where(g => g.BusinessFormat != null).GroupBy(g => g.BusinessFormat!)
                .Select(f => Sum(f.Key, f.Key, f)).OrderBy(t => t.Code, StringComparer.Ordinal).ToList(),
            IssuedByMonth: Enumerable.Range(1, 12).Select(m =>
            {
                var inMonth = issuedMonths.Where(x => x.Month == m).ToList();
                return new MonthTally(m, inMonth.Sum(x => x.Count), VoucherRules.ToYuan(inMonth.Sum(x => x.Fen)));
            }).ToList(),
            UsedByMonth: Enumerable.Range(1, 12).Select(m =>
            {
                var inMonth = usedDays.Where(x => x.Key!.Value.Month == m).ToList();
                return new MonthTally(m, inMonth.Sum(x => x.Count), VoucherRules.ToYuan(inMonth.Sum(x => x.Fen)));
            }).ToList());

        static Tally Sum(string code, string name, IEnumerable<Row> rows)
        {
            var list = rows.ToList();
            return new Tally(code, name, list.Sum(r => r.Count), VoucherRules.ToYuan(list.Sum(r => r.Fen)));
        }
    }

    private sealed record Row(string StreetCode, VoucherStatus Status, string? BusinessFormat, int Count, long Fen);
}
