using System.Diagnostics;
using Jiafu.Contracts.Audit;
using Jiafu.Shared.Audit;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.Outbox;
using Jiafu.Shared.Security;
using Jiafu.Voucher.Data;
using Jiafu.Voucher.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Jiafu.Voucher.Features.Vouchers;

/// <param name="Expired">How many vouchers expired.</param>
public sealed record ExpireVouchersResult(int Expired, IReadOnlyList<Guid> VoucherIds);

/// <summary>
/// Expire unused vouchers (到期作废): every voucher not yet served (issued, institution chosen or scheduled) whose validity
/// ended before today (Asia/Shanghai). Run hourly by <see cref="VoucherExpiryService"/> (audited as <c>system</c>) and on
/// demand by the district. Expired vouchers keep their place in the batch's count (they were issued).
/// </summary>
public sealed record ExpireVouchers : ICommand<ExpireVouchersResult>, ISelfAudited;

public sealed class ExpireVouchersHandler(
    VoucherDbContext db, ICurrentUser current, IAuditSink auditSink, TimeProvider time, ILogger<ExpireVouchersHandler> logger)
    : ICommandHandler<ExpireVouchers, ExpireVouchersResult>
{
    private const int MaxAttempts = 3;

    public async ValueTask<ExpireVouchersResult> Handle(ExpireVouchers command, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ExpireAsync(ct);
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
            {
                db.ChangeTracker.Clear();
                logger.LogInformation("Voucher expiry lost a concurrent update; retrying (attempt {Attempt})", attempt + 1);
            }
        }
    }

    private async Task<ExpireVouchersResult> ExpireAsync(CancellationToken ct)
    {
        var actor = current.IsAuthenticated ? AuditActorFactory.From(current) : AuditActorFactory.System;
        var now = VoucherRules.Now(time);
        var today = VoucherRules.Today(time);
        var unused = VoucherTransitions.UnusedStates;
        var due = await db.Set<EmploymentVoucher>()
            .Where(v => unused.Contains(v.Status) && v.ValidUntil < today)
            .OrderBy(v => v.Id)
            .ToListAsync(ct);
        if (due.Count == 0)
        {
            if (actor.Type != AuditActorType.System)
            {
                await auditSink.RecordAsync(Audit(actor, now, "no voucher was due"), CancellationToken.None);
            }

            return new ExpireVouchersResult(0, []);
        }

        foreach (var voucher in due)
        {
            var from = voucher.Status;
            voucher.Status = VoucherStatus.Expired;
            voucher.ClosedAt = now;
            VoucherTransitions.Stage(db, voucher, from, "Expire", null, actor.Name, now);
        }

        db.AddIntegrationEvent(Audit(actor, now, $"{due.Count} voucher(s) expired"));
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Expired {Count} voucher(s)", due.Count);
        return new ExpireVouchersResult(due.Count, due.Select(v => v.Id).ToList());
    }

    private static AuditRecorded Audit(AuditActor actor, DateTimeOffset now, string reason) => new()
    {
        Module = VoucherModule.Name,
        Action = nameof(ExpireVouchers),
        Actor = actor,
        TargetType = nameof(EmploymentVoucher),
        Outcome = AuditOutcome.Succeeded,
        Reason = reason,
        TraceId = Activity.Current?.TraceId.ToString(),
        OccurredAt = now,
    };
}
