using System.Diagnostics;
using Jiafu.Contracts.Audit;
using Jiafu.Contracts.Registry;
using Jiafu.Shared.Audit;
using Jiafu.Shared.Outbox;
using Jiafu.Shared.Persistence;
using Jiafu.Voucher.Data;
using Jiafu.Voucher.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Jiafu.Voucher.Features.Vouchers;

/// <summary>
/// When an institution's recognition is revoked (撤销), the vouchers queued with it (chosen or scheduled, not yet served)
/// return to institution selection so the families can choose again. Idempotent through the module's inbox: the
/// inbox record, the voucher changes and their audit entry are saved together.
/// </summary>
public sealed class ReturnVouchersOfRevokedInstitution(
    VoucherDbContext db, TimeProvider time, ILogger<ReturnVouchersOfRevokedInstitution> logger)
    : IIntegrationEventHandler<InstitutionStatusChanged>
{
    public const string Consumer = "voucher.return-revoked-institution";

    public const string RevokedStatus = "Revoked";

    public async Task HandleAsync(InstitutionStatusChanged integrationEvent, CancellationToken ct)
    {
        if (integrationEvent.ToStatus != RevokedStatus)
        {
            return;
        }

        var now = VoucherRules.Now(time);
        if (!await db.TryRecordInboxAsync(integrationEvent.Id, Consumer, now, ct))
        {
            return;
        }

        var queued = await db.Set<EmploymentVoucher>()
            .Where(v => v.InstitutionId == integrationEvent.InstitutionId
                && (v.Status == VoucherStatus.InstitutionSelected || v.Status == VoucherStatus.Scheduled))
            .ToListAsync(ct);
        foreach (var voucher in queued)
        {
            var from = voucher.Status;
            var institutionName = voucher.InstitutionName;
            voucher.Status = VoucherStatus.Issued;
            voucher.InstitutionId = null;
            voucher.InstitutionName = null;
            voucher.BusinessFormat = null;
            voucher.SelectedAt = null;
            voucher.ScheduledFor = null;
            VoucherTransitions.Stage(db, voucher, from, "ReturnToSelection",
                $"{institutionName}: recognition revoked 机构已被撤销认定", AuditActorFactory.System.Name, now);
        }

        if (queued.Count > 0)
        {
            db.AddIntegrationEvent(new AuditRecorded
            {
                Module = VoucherModule.Name,
                Action = "ReturnVouchersOfRevokedInstitution",
                Actor = AuditActorFactory.System,
                TargetType = "Institution",
                TargetId = integrationEvent.InstitutionId.ToString(),
                Outcome = AuditOutcome.Succeeded,
                Reason = $"{queued.Count} voucher(s) returned to institution selection",
                TraceId = Activity.Current?.TraceId.ToString(),
                OccurredAt = now,
            });
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            // Another host handled the same event first: its inbox record won.
            logger.LogInformation("InstitutionStatusChanged {EventId} was already handled", integrationEvent.Id);
            return;
        }

        logger.LogInformation("Returned {Count} voucher(s) of revoked institution {InstitutionId} to selection", queued.Count, integrationEvent.InstitutionId);
    }
}
