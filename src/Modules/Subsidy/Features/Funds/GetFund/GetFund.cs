using Jiafu.Subsidy.Data;
using Jiafu.Subsidy.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Subsidy.Features.Funds;

/// <summary>
/// The year's fund by item, and whether the ledger balances: for each item, the sum of allocations equals the
/// allocated figure, reservations − releases − payments the reserved one, payments − recoveries the paid one.
/// </summary>
public sealed record GetFund(int Year) : IQuery<FundResponse>;

public sealed class GetFundHandler(SubsidyDbContext db) : IQueryHandler<GetFund, FundResponse>
{
    public async ValueTask<FundResponse> Handle(GetFund query, CancellationToken ct)
    {
        var allocations = await db.Set<FundAllocation>().AsNoTracking().Where(f => f.Year == query.Year).ToListAsync(ct);
        var sums = await db.Set<LedgerEntry>().AsNoTracking().Where(e => e.Year == query.Year)
            .GroupBy(e => new { e.ItemCode, e.Kind })
            .Select(g => new { g.Key.ItemCode, g.Key.Kind, Sum = g.Sum(e => e.AmountFen) })
            .ToListAsync(ct);
        long Sum(string item, LedgerKind kind) => sums.Where(s => s.ItemCode == item && s.Kind == kind).Sum(s => s.Sum);

        var items = PolicyCatalogue.Items.Select(item =>
        {
            var f = allocations.FirstOrDefault(a => a.ItemCode == item.Code) ?? new FundAllocation { Year = query.Year, ItemCode = item.Code };
            var balanced = Sum(item.Code, LedgerKind.Allocate) == f.AllocatedFen
                && Sum(item.Code, LedgerKind.Reserve) - Sum(item.Code, LedgerKind.Release) - Sum(item.Code, LedgerKind.Pay) == f.ReservedFen
                && Sum(item.Code, LedgerKind.Pay) - Sum(item.Code, LedgerKind.Recover) == f.PaidFen
                && Sum(item.Code, LedgerKind.Recover) == f.RecoveredFen
                && f.ReservedFen + f.PaidFen <= f.AllocatedFen;
            return (f, item.Name, balanced);
        }).ToList();

        return new FundResponse(query.Year,
            items.Select(x => new AllocationResponse(x.f.ItemCode, x.Name, Y(x.f.AllocatedFen), Y(x.f.ReservedFen), Y(x.f.PaidFen),
                Y(x.f.RecoveredFen), Y(x.f.AllocatedFen - x.f.ReservedFen - x.f.PaidFen), x.balanced)).ToList(),
            Y(items.Sum(x => x.f.AllocatedFen)), Y(items.Sum(x => x.f.ReservedFen)), Y(items.Sum(x => x.f.PaidFen)),
            Y(items.Sum(x => x.f.RecoveredFen)), Y(items.Sum(x => x.f.AllocatedFen - x.f.ReservedFen - x.f.PaidFen)),
            items.All(x => x.balanced));
    }

    private static decimal Y(long fen) => SubsidyRules.ToYuan(fen);
}
