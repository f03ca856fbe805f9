using Jiafu.Shared.District;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Security;
using Jiafu.Voucher.Data;
using Jiafu.Voucher.Domain;
using Jiafu.Voucher.Features.Batches;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Voucher.Features.Vouchers;

/// <summary>The follow-up visit (跟踪回访).</summary>
public sealed record FollowUpResponse(DateOnly Date, FollowUpChannel Channel, int Satisfaction, string? Issues);

/// <summary>The verification (服务核查).</summary>
public sealed record VerificationResponse(VerificationResult Result, string? Note, string? VerifiedBy, DateTimeOffset? VerifiedAt);

/// <summary>The home service (上门服务).</summary>
public sealed record ServiceResponse(
    DateOnly? ScheduledFor, string? WorkerName, DateOnly? ServiceDate, int? DurationMinutes, string? ServiceItems, bool? ResidentConfirmed,
    DateTimeOffset? ServedAt);

/// <summary>One step of the voucher's timeline.</summary>
public sealed record VoucherTimelineEntry(string Action, VoucherStatus? FromStatus, VoucherStatus ToStatus, string? Note, string Actor, DateTimeOffset At);

/// <summary>An employment-promotion voucher (促进就业券). <c>code</c> is what the QR code carries; <c>displayCode</c> is grouped for reading.</summary>
public sealed record VoucherResponse(
    Guid Id,
    string Code,
    string DisplayCode,
    Guid BatchId,
    string BatchName,
    string StreetCode,
    string StreetName,
    string HolderName,
    decimal FaceValue,
    DateOnly ValidFrom,
    DateOnly ValidUntil,
    VoucherStatus Status,
    DateTimeOffset IssuedAt,
    Guid? InstitutionId,
    string? InstitutionName,
    string? BusinessFormat,
    ServiceResponse Service,
    FollowUpResponse? FollowUp,
    VerificationResponse? Verification,
    Guid? SettlementId,
    string? VoidReason,
    string Version,
    IReadOnlyList<VoucherTimelineEntry>? Timeline);

internal static class VoucherResponses
{
    public static async Task<IReadOnlyList<VoucherResponse>> BuildAsync(
        VoucherDbContext db, IReadOnlyList<EmploymentVoucher> vouchers, DistrictOptions district, bool withTimeline, CancellationToken ct)
    {
        var batchIds = vouchers.Select(v => v.BatchId).Distinct().ToList();
        var batches = await db.Set<VoucherBatch>().AsNoTracking().Where(b => batchIds.Contains(b.Id))
            .Select(b => new { b.Id, b.Name }).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        ILookup<Guid, VoucherEvent>? events = null;
        if (withTimeline)
        {
            var ids = vouchers.Select(v => v.Id).ToList();
            events = (await db.Set<VoucherEvent>().AsNoTracking().Where(e => ids.Contains(e.VoucherId)).ToListAsync(ct))
                .OrderBy(e => e.At).ThenBy(e => e.Id).ToLookup(e => e.VoucherId);
        }

        return vouchers.Select(v => new VoucherResponse(
            v.Id, v.Code, VoucherCode.Format(v.Code), v.BatchId, batches.GetValueOrDefault(v.BatchId, ""), v.StreetCode,
            BatchResponses.StreetName(district, v.StreetCode), v.HolderNameMasked, VoucherRules.ToYuan(v.FaceValueFen), v.ValidFrom,
            v.ValidUntil, v.Status, v.IssuedAt, v.InstitutionId, v.InstitutionName, v.BusinessFormat,
            new ServiceResponse(v.ScheduledFor, v.WorkerName, v.ServiceDate, v.ServiceMinutes, v.ServiceItems, v.ResidentConfirmed, v.ServedAt),
            v.FollowUpDate is { } date && v.FollowUpChannel is { } channel && v.Satisfaction is { } satisfaction
                ? new FollowUpResponse(date, channel, satisfaction, v.FollowUpIssues) : null,
            v.VerificationResult is { } result ? new VerificationResponse(result, v.VerificationNote, v.VerifiedBy, v.VerifiedAt) : null,
            v.SettlementId, v.VoidReason, v.Version.ToString(),
            events?[v.Id].Select(e => new VoucherTimelineEntry(e.Action, e.FromStatus, e.ToStatus, e.Note, e.Actor, e.At)).ToList()))
            .ToList();
    }

    public static async Task<EmploymentVoucher> FindVisibleAsync(VoucherDbContext db, Guid id, ICurrentUser current, CancellationToken ct) =>
        await db.Set<EmploymentVoucher>().InScope(DataScope.From(current)).FirstOrDefaultAsync(v => v.Id == id, ct)
        ?? throw new NotFoundException("Voucher", id.ToString());
}
