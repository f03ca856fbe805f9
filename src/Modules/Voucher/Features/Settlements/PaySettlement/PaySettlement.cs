using FluentValidation;
using Jiafu.Contracts.Voucher;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Outbox;
using Jiafu.Shared.Security;
using Jiafu.Voucher.Data;
using Jiafu.Voucher.Domain;
using Jiafu.Voucher.Features.Vouchers;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Voucher.Features.Settlements;

/// <summary>Body of <c>POST /api/v1/vouchers/settlements/{id}/pay</c>.</summary>
/// <param name="Reference">Payment reference (支付凭证号), e.g. the treasury voucher number.</param>
public sealed record PaySettlementRequest(DateOnly PaidOn, string Reference);

/// <summary>Mark an approved statement paid (已支付): its vouchers become <c>Reimbursed</c>.</summary>
public sealed record PaySettlement(Guid Id, DateOnly PaidOn, string Reference) : ICommand<SettlementResponse>, IAuditTarget
{
    public string AuditTargetType => nameof(Settlement);

    public string? AuditTargetId => Id.ToString();
}

public sealed class PaySettlementValidator : AbstractValidator<PaySettlement>
{
    public PaySettlementValidator()
    {
        RuleFor(x => x.PaidOn).NotEmpty();
        RuleFor(x => x.Reference).NotEmpty().MaximumLength(100);
    }
}

public sealed class PaySettlementHandler(VoucherDbContext db, ICurrentUser current, TimeProvider time)
    : ICommandHandler<PaySettlement, SettlementResponse>
{
    public async ValueTask<SettlementResponse> Handle(PaySettlement command, CancellationToken ct)
    {
        var settlement = await SettlementResponses.FindVisibleAsync(db, command.Id, current, ct);
        if (settlement.Status != SettlementStatus.Approved)
        {
            throw new ConflictException($"Only an approved statement can be paid; this one is {settlement.Status}. 仅已审批的结算单可以支付。", "invalid_transition");
        }

        if (command.PaidOn < DateOnly.FromDateTime(settlement.CreatedAt.UtcDateTime).AddDays(-1) || command.PaidOn > VoucherRules.Today(time))
        {
            throw new FieldValidationException("paidOn", "The payment date must be between the statement's date and today. 支付日期须在结算单日期至今天之间。");
        }

        var now = VoucherRules.Now(time);
        var actor = VoucherRules.Actor(current);
        settlement.Status = SettlementStatus.Paid;
        settlement.PaidOn = command.PaidOn;
        settlement.PaymentReference = command.Reference.Trim();
        settlement.Version = Guid.NewGuid();
        var vouchers = await db.Set<EmploymentVoucher>().Where(v => v.SettlementId == settlement.Id).ToListAsync(ct);
        foreach (var voucher in vouchers)
        {
            var from = voucher.Status;
            voucher.Status = VoucherStatus.Reimbursed;
            voucher.ClosedAt = now;
            VoucherTransitions.Stage(db, voucher, from, "Reimburse", settlement.PaymentReference, actor, now);
        }

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
