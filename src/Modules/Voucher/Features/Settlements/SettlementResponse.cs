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
    IReadOnlyList<SettlementVoucher>? Vouchers)
{
    /// <summary>When the statement was returned to the institution (退回时间); <c>null</c> unless <c>Rejected</c>.</summary>
    public DateTimeOffset? RejectedAt { get; init; }

    /// <summary>Who returned it (退回人).</summary>
    public string? RejectedBy { get; init; }

    /// <summary>Why it was returned (退回原因), for the institution to correct.</summary>
    public string? RejectionReason { get; init; }
}

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
            // A returned statement lists the vouchers it had (recorded when returned); the others those linked to it.
            var ids = settlements.Select(s => (Guid?)s.Id).ToList();
            var rejected = settlements.Where(s => s.Status == SettlementStatus.Rejected).ToList();
            var rejectedIds = rejected.SelectMany(s => s.RejectedVoucherIds).Distinct().ToList();
            var loaded = await db.Set<EmploymentVoucher>().AsNoTracking()
                .Where(v => ids.Contains(v.SettlementId) || rejectedIds.Contains(v.Id)).ToListAsync(ct);
            var byId = loaded.ToDictionary(v => v.Id);
            vouchers = loaded.Where(v => v.SettlementId is not null).Select(v => (Key: v.SettlementId, Voucher: v))
                .Concat(rejected.SelectMany(s => s.RejectedVoucherIds.Where(byId.ContainsKey).Select(id => (Key: (Guid?)s.Id, Voucher: byId[id]))))
                .OrderBy(x => x.Voucher.Code, StringComparer.Ordinal)
                .ToLookup(x => x.Key, x => x.Voucher);
        }

        return settlements.Select(s => new SettlementResponse(
            s.Id, s.BatchId, batches.GetValueOrDefault(s.BatchId, ""), s.InstitutionId, s.InstitutionName, s.VoucherCount,
            VoucherRules.ToYuan(s.AmountFen), s.Status, s.CreatedAt, s.CreatedBy, s.ApprovedAt, s.ApprovedBy, s.PaidOn, s.PaymentReference,
            vouchers?[s.Id].Select(v => new SettlementVoucher(v.Id, v.Code, VoucherRules.ToYuan(v.FaceValueFen), v.ServiceDate, v.Status)).ToList())
        {
            RejectedAt = s.RejectedAt,
            RejectedBy = s.RejectedBy,
            RejectionReason = s.RejectionReason,
        })
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
