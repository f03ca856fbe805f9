using Jiafu.Shared.District;
using Jiafu.Voucher.Data;
using Jiafu.Voucher.Domain;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Voucher.Features.Batches;

/// <summary>A count of vouchers and their value in yuan.</summary>
public sealed record CountAndValue(int Count, decimal Value);

/// <summary>How far a batch has come: issued (in force), served, verified and reimbursed, plus expired and voided.</summary>
public sealed record BatchProgress(
    CountAndValue Issued, CountAndValue Served, CountAndValue Verified, CountAndValue Reimbursed, CountAndValue Expired, CountAndValue Voided);

/// <summary>A street's quota in a batch: vouchers in force for its households never exceed <see cref="Quota"/>.</summary>
public sealed record StreetQuotaResponse(string StreetCode, string StreetName, int Quota, int Issued, int Remaining);

/// <summary>A voucher batch (发放批次) with its figures. Money in yuan with two places.</summary>
/// <param name="IssuedCount">Vouchers in force (issued and not voided); never above <see cref="Quantity"/>.</param>
/// <param name="Remaining">Vouchers that can still be issued.</param>
/// <param name="SettledValue">Value of settlement statements drawn on the batch; never above <see cref="TotalValue"/>.</param>
public sealed record BatchResponse(
    Guid Id,
    string Name,
    int Year,
    int Quantity,
    decimal FaceValue,
    decimal TotalValue,
    IReadOnlyList<string> EligibleGroups,
    DateOnly ValidFrom,
    DateOnly ValidUntil,
    int IssuedCount,
    int Remaining,
    decimal IssuedValue,
    decimal RemainingValue,
    decimal SettledValue,
    int ApplicationCount,
    int PendingApplicationCount,
    BatchProgress Progress,
    IReadOnlyList<StreetQuotaResponse> StreetQuotas,
    DateTimeOffset CreatedAt);

internal static class BatchResponses
{
    private static readonly VoucherStatus[] ServedStates =
        [VoucherStatus.Served, VoucherStatus.FollowedUp, VoucherStatus.Verified, VoucherStatus.Discrepancy, VoucherStatus.Reimbursed];

    public static async Task<IReadOnlyList<BatchResponse>> BuildAsync(
        VoucherDbContext db, IReadOnlyList<VoucherBatch> batches, DistrictOptions district, CancellationToken ct)
    {
        var ids = batches.Select(b => b.Id).ToList();
        var counts = await db.Set<EmploymentVoucher>().AsNoTracking()
            .Where(v => ids.Contains(v.BatchId))
            .GroupBy(v => new { v.BatchId, v.Status })
            .Select(g => new { g.Key.BatchId, g.Key.Status, Count = g.Count() })
            .ToListAsync(ct);
        var applications = await db.Set<VoucherApplication>().AsNoTracking()
            .Where(a => ids.Contains(a.BatchId))
            .GroupBy(a => new { a.BatchId, Pending = a.Status == ApplicationStatus.Submitted })
            .Select(g => new { g.Key.BatchId, g.Key.Pending, Count = g.Count() })
            .ToListAsync(ct);
        var quotas = await db.Set<StreetQuota>().AsNoTracking().Where(q => ids.Contains(q.BatchId)).ToListAsync(ct);

        return batches.Select(b =>
        {
            int Count(params VoucherStatus[] states) => counts.Where(c => c.BatchId == b.Id && states.Contains(c.Status)).Sum(c => c.Count);
            CountAndValue Of(int n) => new(n, VoucherRules.ToYuan(n * b.FaceValueFen));
            var progress = new BatchProgress(
                Of(b.IssuedCount),
                Of(Count(ServedStates)),
                Of(Count(VoucherStatus.Verified, VoucherStatus.Reimbursed)),
                Of(Count(VoucherStatus.Reimbursed)),
                Of(Count(VoucherStatus.Expired)),
                Of(Count(VoucherStatus.Voided)));
            var streetQuotas = quotas.Where(q => q.BatchId == b.Id)
                .OrderBy(q => q.StreetCode, StringComparer.Ordinal)
                .Select(q => new StreetQuotaResponse(q.StreetCode, StreetName(district, q.StreetCode), q.Quota, q.Issued, q.Quota - q.Issued))
                .ToList();
            var appCount = applications.Where(a => a.BatchId == b.Id).Sum(a => a.Count);
            var pending = applications.Where(a => a.BatchId == b.Id && a.Pending).Sum(a => a.Count);
            return new BatchResponse(
                b.Id, b.Name, b.Year, b.Quantity, VoucherRules.ToYuan(b.FaceValueFen), VoucherRules.ToYuan(b.TotalValueFen),
                b.EligibleGroups.ToArray(), b.ValidFrom, b.ValidUntil, b.IssuedCount, b.Quantity - b.IssuedCount,
                VoucherRules.ToYuan(b.IssuedCount * b.FaceValueFen), VoucherRules.ToYuan((b.Quantity - b.IssuedCount) * b.FaceValueFen),
                VoucherRules.ToYuan(b.SettledFen), appCount, pending, progress, streetQuotas, b.CreatedAt);
        }).ToList();
    }

    public static string StreetName(DistrictOptions district, string code) =>
        district.EffectiveStreets.FirstOrDefault(s => s.Code == code)?.Name ?? code;
}
