using Jiafu.Contracts.Voucher;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Outbox;
using Jiafu.Shared.Persistence;
using Jiafu.Shared.Privacy;
using Jiafu.Voucher.Data;
using Jiafu.Voucher.Domain;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Voucher.Features.Applications;

/// <summary>
/// Approves a declaration and issues its voucher in one transaction. The batch's and the street's counters are taken by
/// conditional updates (<c>… SET IssuedCount = IssuedCount + 1 WHERE IssuedCount &lt; Quantity</c>) whose affected-row
/// count decides; the declaration's concurrency token stops a second reviewer. Exactly as many vouchers as the batch
/// holds, under any concurrency; nothing is written when one is refused.
/// </summary>
public sealed class VoucherIssuer(VoucherDbContext db, TimeProvider time)
{
    private const int CodeAttempts = 3;

    public async Task<EmploymentVoucher> IssueAsync(VoucherApplication application, string actor, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryIssueAsync(application, actor, ct);
            }
            catch (DbUpdateException ex) when (ex.IsUniqueViolation() && attempt < CodeAttempts)
            {
                // A code collision (60 random bits: practically never); draw another code.
                db.ChangeTracker.Clear();
                db.Attach(application);
            }
        }
    }

    private async Task<EmploymentVoucher> TryIssueAsync(VoucherApplication application, string actor, CancellationToken ct)
    {
        if (application.Status != ApplicationStatus.Submitted)
        {
            throw NotPending(application.Status);
        }

        // SQLite: BEGIN IMMEDIATE (writers queue on the busy timeout); SQL Server: the conditional updates lock the rows.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var batch = await db.Set<VoucherBatch>().AsNoTracking().FirstAsync(b => b.Id == application.BatchId, ct);
        var today = VoucherRules.Today(time);
        if (batch.ValidUntil < today)
        {
            throw new ConflictException("The batch's validity has ended; no more vouchers can be issued. 批次已过有效期，不能再发券。", "batch_ended");
        }

        var taken = await db.Set<VoucherBatch>()
            .Where(b => b.Id == batch.Id && b.IssuedCount < b.Quantity)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.IssuedCount, b => b.IssuedCount + 1), ct);
        if (taken == 0)
        {
            throw new ConflictException(
                $"No voucher left in batch \"{batch.Name}\": all {batch.Quantity} are issued. 该批次促进就业券已全部发放。", "batch_exhausted");
        }

        var hasQuotas = await db.Set<StreetQuota>().AnyAsync(q => q.BatchId == batch.Id, ct);
        if (hasQuotas)
        {
            var street = await db.Set<StreetQuota>()
                .Where(q => q.BatchId == batch.Id && q.StreetCode == application.StreetCode && q.Issued < q.Quota)
                .ExecuteUpdateAsync(s => s.SetProperty(q => q.Issued, q => q.Issued + 1), ct);
            if (street == 0)
            {
                throw new ConflictException(
                    "No voucher left in this street's quota. 本街道的发放名额已用完。", "street_quota_exhausted");
            }
        }

        var now = VoucherRules.Now(time);
        var voucher = new EmploymentVoucher
        {
            Code = VoucherCode.New(),
            BatchId = batch.Id,
            ApplicationId = application.Id,
            StreetCode = application.StreetCode,
            HolderNameMasked = Mask.Name(application.ApplicantName),
            FaceValueFen = batch.FaceValueFen,
            ValidFrom = batch.ValidFrom,
            ValidUntil = batch.ValidUntil,
            IssuedAt = now,
            UpdatedAt = now,
        };
        db.Set<EmploymentVoucher>().Add(voucher);
        db.Set<VoucherEvent>().Add(new VoucherEvent
        {
            VoucherId = voucher.Id, Action = "Issue", ToStatus = VoucherStatus.Issued, Actor = actor, At = now,
        });
        application.Status = ApplicationStatus.Issued;
        application.ReviewedBy = actor;
        application.ReviewedAt = now;
        application.VoucherId = voucher.Id;
        application.Version = Guid.NewGuid();
        db.AddIntegrationEvent(new VoucherIssued(voucher.Id, batch.Id, application.Id, application.StreetCode, VoucherRules.ToYuan(batch.FaceValueFen)));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException(
                "The declaration was reviewed by someone else meanwhile. 该申报已被他人审核。", "already_reviewed");
        }

        await transaction.CommitAsync(ct);
        return voucher;
    }

    public static ConflictException NotPending(ApplicationStatus status) => new(
        $"The declaration is {status}, not waiting for review. 该申报不在待审核状态。", "not_pending");
}
