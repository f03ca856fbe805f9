using Jiafu.Shared.District;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Security;
using Jiafu.Voucher.Data;
using Jiafu.Voucher.Domain;
using Jiafu.Voucher.Features.Batches;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Voucher.Features.Applications;

/// <summary>A household declaration (申报). ID number and phone are masked.</summary>
public sealed record ApplicationResponse(
    Guid Id,
    Guid BatchId,
    string BatchName,
    string ApplicantName,
    string IdNumberMasked,
    string PhoneMasked,
    string StreetCode,
    string StreetName,
    string Address,
    string Group,
    int? HouseholdSize,
    string? EvidenceNote,
    ApplicationStatus Status,
    string? RejectionReason,
    string? ReviewedBy,
    DateTimeOffset? ReviewedAt,
    Guid? VoucherId,
    string? VoucherCode,
    DateTimeOffset CreatedAt);

internal static class ApplicationResponses
{
    public static async Task<IReadOnlyList<ApplicationResponse>> BuildAsync(
        VoucherDbContext db, IReadOnlyList<VoucherApplication> applications, DistrictOptions district, CancellationToken ct)
    {
        var batchIds = applications.Select(a => a.BatchId).Distinct().ToList();
        var batches = await db.Set<VoucherBatch>().AsNoTracking().Where(b => batchIds.Contains(b.Id))
            .Select(b => new { b.Id, b.Name }).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        var voucherIds = applications.Where(a => a.VoucherId != null).Select(a => a.VoucherId!.Value).ToList();
        var codes = await db.Set<EmploymentVoucher>().AsNoTracking().Where(v => voucherIds.Contains(v.Id))
            .Select(v => new { v.Id, v.Code }).ToDictionaryAsync(v => v.Id, v => v.Code, ct);
        return applications.Select(a => new ApplicationResponse(
            a.Id, a.BatchId, batches.GetValueOrDefault(a.BatchId, ""), a.ApplicantName, a.IdNumberMasked, a.PhoneMasked,
            a.StreetCode, BatchResponses.StreetName(district, a.StreetCode), a.Address, a.Group, a.HouseholdSize, a.EvidenceNote,
            a.Status, a.RejectionReason, a.ReviewedBy, a.ReviewedAt, a.VoucherId,
            a.VoucherId is { } v && codes.TryGetValue(v, out var code) ? code : null, a.CreatedAt)).ToList();
    }

    /// <summary>The declaration if the caller may see it; 404 otherwise.</summary>
    public static async Task<VoucherApplication> FindVisibleAsync(VoucherDbContext db, Guid id, ICurrentUser current, CancellationToken ct) =>
        await db.Set<VoucherApplication>().InScope(DataScope.From(current), current).FirstOrDefaultAsync(a => a.Id == id, ct)
        ?? throw new NotFoundException("Voucher application", id.ToString());
}
