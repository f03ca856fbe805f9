using Jiafu.Shared.Errors;
using Jiafu.Subsidy.Data;
using Jiafu.Subsidy.Domain;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Subsidy.Features;

/// <summary>
/// Moves money in the year's fund. Each movement is a conditional update of the item's allocation whose affected-row
/// count decides (never read-then-write), plus a ledger entry staged on the same context; the caller saves both in one
/// transaction. The check constraint <c>Reserved + Paid ≤ Allocated</c> is the last line of defence.
/// </summary>
public sealed class FundLedger(SubsidyDbContext db)
{
    /// <summary>Approval: reserve the amount if the allocation has that much left (409 <c>fund_exhausted</c> / <c>no_allocation</c>).</summary>
    public async Task ReserveAsync(SubsidyApplication a, string actor, DateTimeOffset at, CancellationToken ct)
    {
        var amount = a.AmountFen;
        var rows = await db.Set<FundAllocation>()
            .Where(f => f.Year == a.Year && f.ItemCode == a.ItemCode && f.AllocatedFen - f.ReservedFen - f.PaidFen >= amount)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.ReservedFen, f => f.ReservedFen + amount), ct);
        if (rows == 0)
        {
            var exists = await db.Set<FundAllocation>().AnyAsync(f => f.Year == a.Year && f.ItemCode == a.ItemCode, ct);
            throw exists
                ? new ConflictException("Not enough left in the year's allocation for this item. 该项目本年度专项资金余额不足。", "fund_exhausted")
                : new ConflictException("No fund is allocated to this item for the year. 该项目本年度尚未安排专项资金。", "no_allocation");
        }

        Stage(a, LedgerKind.Reserve, amount, null, actor, at);
    }

    /// <summary>Rejection after approval: release the reservation.</summary>
    public Task ReleaseAsync(SubsidyApplication a, string? note, string actor, DateTimeOffset at, CancellationToken ct) =>
        MoveAsync(a, LedgerKind.Release, note, actor, at,
            q => q.Where(f => f.ReservedFen >= a.AmountFen)
                .ExecuteUpdateAsync(s => s.SetProperty(f => f.ReservedFen, f => f.ReservedFen - a.AmountFen), ct));

    /// <summary>Payment: the reservation becomes paid.</summary>
    public Task PayAsync(SubsidyApplication a, string? note, string actor, DateTimeOffset at, CancellationToken ct) =>
        MoveAsync(a, LedgerKind.Pay, note, actor, at,
            q => q.Where(f => f.ReservedFen >= a.AmountFen)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(f => f.ReservedFen, f => f.ReservedFen - a.AmountFen)
                    .SetProperty(f => f.PaidFen, f => f.PaidFen + a.AmountFen), ct));

    /// <summary>Recovery completed: the paid amount returns to the budget.</summary>
    public Task RecoverAsync(SubsidyApplication a, string? note, string actor, DateTimeOffset at, CancellationToken ct) =>
        MoveAsync(a, LedgerKind.Recover, note, actor, at,
            q => q.Where(f => f.PaidFen >= a.AmountFen)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(f => f.PaidFen, f => f.PaidFen - a.AmountFen)
                    .SetProperty(f => f.RecoveredFen, f => f.RecoveredFen + a.AmountFen), ct));

    private async Task MoveAsync(
        SubsidyApplication a, LedgerKind kind, string? note, string actor, DateTimeOffset at, Func<IQueryable<FundAllocation>, Task<int>> update)
    {
        var rows = await update(db.Set<FundAllocation>().Where(f => f.Year == a.Year && f.ItemCode == a.ItemCode));
        if (rows == 0)
        {
            throw new ConflictException("The fund does not hold this application's amount. 专项资金台账与该申请不一致。", "ledger_mismatch");
        }

        Stage(a, kind, a.AmountFen, note, actor, at);
    }

    private void Stage(SubsidyApplication a, LedgerKind kind, long amountFen, string? note, string actor, DateTimeOffset at) =>
        db.Set<LedgerEntry>().Add(new LedgerEntry
        {
            Year = a.Year, ItemCode = a.ItemCode, Kind = kind, AmountFen = amountFen, ApplicationId = a.Id, Note = note, Actor = actor, At = at,
        });
}
