using Jiafu.Contracts.Voucher;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Outbox;
using Jiafu.Shared.Security;
using Jiafu.Voucher.Data;
using Jiafu.Voucher.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Voucher.Features.Settlements;

/// <summary>Approve a submitted statement for payment (结算审批). District level.</summary>
public sealed record ApproveSettlement(Guid Id) : ICommand<SettlementResponse>, IAuditTarget
{
    public string AuditTargetType => nameof(Settlement);

    public string? AuditTargetId => Id.ToString();
}

public sealed class ApproveSettlementHandler(VoucherDbContext db, ICurrentUser current, TimeProvider time)
    : ICommandHandler<ApproveSettlement, SettlementResponse>
{
    public async ValueTask<SettlementResponse> Handle(ApproveSettlement command, CancellationToken ct)
    {
        var settlement = await SettlementResponses.FindVisibleAsync(db, command.Id, current, ct);
        if (settlement.Status != SettlementStatus.Submitted)
        {
            throw new ConflictException($"The statement is {settlement.Status}, not waiting for approval. 该结算单不在待审批状态。", "invalid_transition");
        }

        settlement.Status = SettlementStatus.Approved;
        settlement.ApprovedAt = VoucherRules.Now(time);
        settlement.ApprovedBy = VoucherRules.Actor(current);
        settlement.Version = Guid.NewGuid();
        db.AddIntegrationEvent(new VoucherSettlementChanged(settlement.Id, settlement.BatchId, settlement.InstitutionId,
            settlement.Status.ToString(), settlement.VoucherCount, VoucherRules.ToYuan(settlement.AmountFen)));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("The statement was changed by someone else meanwhile. 该结算单已被他人处理。", "concurrent_update");
        }

        return (await SettlementResponses.BuildAsync(db, [settlement], withVouchers: true, ct))[0];
    }
}
