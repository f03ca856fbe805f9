using Jiafu.Shared.Errors;
using Jiafu.Shared.Security;
using Jiafu.Voucher.Data;
using Jiafu.Voucher.Domain;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Voucher.Features.Settlements;

/// <summary>A voucher on a settlement statement.</summary>
public sealed record SettlementVoucher(Guid Id, string Code, decimal FaceValue, DateOnly? ServiceDate, VoucherStatus Status);

/// <summary>A settlement statement (结算单). Amount in yuan.</summary>
public sealed record SettlementResponse(
    Guid Id,
    Guid BatchId,
    string BatchName,
    Guid InstitutionId,
    string InstitutionName,
    int VoucherCount,
    decimal Amount,
    SettlementStatus Status,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset? ApprovedAt,
    string? ApprovedBy,
    DateOnly? PaidOn,
    string? PaymentReference,
    IReadOnlyList<SettlementVoucher>? Vouchers);

internal static class SettlementResponses
{
    public static async Task<IReadOnlyList<SettlementResponse>> BuildAsync(
        VoucherDbContext db, IReadOnlyList<Settlement> settlements, bool withVouchers, CancellationToken ct)
    {
        var batchIds = settlements.Select(s => s.BatchId).Distinct().ToList();
        var batches = await db.Set<VoucherBatch>().AsNoTracking().Where(b => batchIds.Contains(b.Id))
            .Select(b => new { b.Id, b.Name }).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        ILookup<Guid?, EmploymentVoucher>? vouchers = null;
        if (withVouchers)
        {
            var ids = settlements.Select(s => (Guid?)s.Id).ToList();
            vouchers = (await db.Set<EmploymentVoucher>().AsNoTracking().Where(v => ids.Contains(v.SettlementId)).ToListAsync(ct))
                .OrderBy(v => v.Code, StringComparer.Ordinal).ToLookup(v => v.SettlementId);
        }

        return settlements.Select(s => new SettlementResponse(
            s.Id, s.BatchId, batches.GetValueOrDefault(s.BatchId, ""), s.InstitutionId, s.InstitutionName, s.VoucherCount,
            VoucherRules.ToYuan(s.AmountFen), s.Status, s.CreatedAt, s.CreatedBy, s.ApprovedAt, s.ApprovedBy, s.PaidOn, s.PaymentReference,
            vouchers?[s.Id].Select(v => new SettlementVoucher(v.Id, v.Code, VoucherRules.ToYuan(v.FaceValueFen), v.ServiceDate, v.Status)).ToList()))
            .ToList();
    }

    public static IQueryable<Settlement> InScope(this IQueryable<Settlement> query, DataScope scope) => scope.Kind switch
    {
        DataScopeKind.District => query,
        DataScopeKind.Institutions => query.Where(s => VoucherRules.ScopeIds(scope).Contains(s.InstitutionId)),
        _ => query.Where(s => false),
    };

    public static async Task<Settlement> FindVisibleAsync(VoucherDbContext db, Guid id, ICurrentUser current, CancellationToken ct) =>
        await db.Set<Settlement>().InScope(DataScope.From(current)).FirstOrDefaultAsync(s => s.Id == id, ct)
        ?? throw new NotFoundException("Settlement", id.ToString());
}
