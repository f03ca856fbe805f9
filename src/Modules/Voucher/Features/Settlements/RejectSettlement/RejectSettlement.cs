using FluentValidation;
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

/// <summary>Body of <c>POST /api/v1/vouchers/settlements/{id}/reject</c>.</summary>
/// <param name="Reason">Why the statement is returned (退回原因), for the institution to correct; required.</param>
public sealed record RejectSettlementRequest(string Reason);

/// <summary>
/// Return a statement not yet paid to the institution with a reason (结算单退回): its amount leaves the batch's settled
/// value (a conditional update that never takes it below zero), its vouchers are unlinked and claimable again (still
/// <c>Verified</c>), and the institution may submit a corrected statement. District level.
/// </summary>
public sealed record RejectSettlement(Guid Id, string Reason) : ICommand<SettlementResponse>, IAuditTarget
{
    public string AuditTargetType => nameof(Settlement);

    public string? AuditTargetId => Id.ToString();
}

public sealed class RejectSettlementValidator : AbstractValidator<RejectSettlement>
{
    public RejectSettlementValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(1000);
    }
}

public sealed class RejectSettlementHandler(VoucherDbContext db, ICurrentUser current, TimeProvider time)
    : ICommandHandler<RejectSettlement, SettlementResponse>
{
    public async ValueTask<SettlementResponse> Handle(RejectSettlement command, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var settlement = await SettlementResponses.FindVisibleAsync(db, command.Id, current, ct);
        if (settlement.Status is not (SettlementStatus.Submitted or SettlementStatus.Approved))
        {
            throw new ConflictException(
                $"The statement is {settlement.Status}; only a statement not yet paid can be returned. 仅未支付的结算单可以退回。", "invalid_transition");
        }

        var amount = settlement.AmountFen;
        var released = await db.Set<VoucherBatch>()
            .Where(b => b.Id == settlement.BatchId && b.SettledFen >= amount)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.SettledFen, b => b.SettledFen - amount), ct);
        if (released == 0)
        {
            throw new ConflictException("The batch's settled value does not hold this statement. 批次结算金额与结算单不符。", "concurrent_update");
        }

        var now = VoucherRules.Now(time);
        var vouchers = await db.Set<EmploymentVoucher>().Where(v => v.SettlementId == settlement.Id).ToListAsync(ct);
        foreach (var voucher in vouchers)
        {
            voucher.SettlementId = null;
            voucher.UpdatedAt = now;
            voucher.Version = Guid.NewGuid();
        }

        settlement.Status = SettlementStatus.Rejected;
        settlement.RejectedAt = now;
        settlement.RejectedBy = VoucherRules.Actor(current);
        settlement.RejectionReason = command.Reason.Trim();
        settlement.RejectedVoucherIds = vouchers.Select(v => v.Id).Order().ToList();
        settlement.Version = Guid.NewGuid();
        db.AddIntegrationEvent(new VoucherSettlementChanged(settlement.Id, settlement.BatchId, settlement.InstitutionId,
            settlement.Status.ToString(), settlement.VoucherCount, VoucherRules.ToYuan(settlement.AmountFen)) { Reason = settlement.RejectionReason });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("The statement or its vouchers changed meanwhile. 该结算单已被他人处理。", "concurrent_update");
        }

        await transaction.CommitAsync(ct);
        return (await SettlementResponses.BuildAsync(db, [settlement], withVouchers: true, ct))[0];
    }
}
