using FluentValidation;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.Errors;
using Jiafu.Voucher.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Voucher.Features.Vouchers;

/// <summary>Body of <c>POST /api/v1/vouchers/{id}/void</c>.</summary>
public sealed record VoidVoucherRequest(string? Reason);

/// <summary>
/// Void an unused voucher (作废), e.g. issued in error or the family moved away: its place returns to the batch and to the
/// street quota (decremented by conditional updates in the same transaction), and its declaration is marked voided.
/// </summary>
public sealed record VoidVoucher(Guid Id, string? Reason, string? Version = null) : ICommand<VoucherResponse>, IAuditTarget
{
    public string AuditTargetType => nameof(EmploymentVoucher);

    public string? AuditTargetId => Id.ToString();
}

public sealed class VoidVoucherValidator : AbstractValidator<VoidVoucher>
{
    public VoidVoucherValidator() =>
        RuleFor(x => x.Reason).NotEmpty().WithMessage("A reason is required. 请填写作废原因。").MaximumLength(500);
}

public sealed class VoidVoucherHandler(VoucherTransitions transitions) : ICommandHandler<VoidVoucher, VoucherResponse>
{
    public async ValueTask<VoucherResponse> Handle(VoidVoucher command, CancellationToken ct)
    {
        var db = transitions.Db;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var voucher = await transitions.LoadAsync(command.Id, command.Version, ct);
        transitions.Ensure(voucher, "void", VoucherTransitions.UnusedStates);
        var returned = await db.Set<VoucherBatch>().Where(b => b.Id == voucher.BatchId && b.IssuedCount > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.IssuedCount, b => b.IssuedCount - 1), ct);
        if (returned == 0)
        {
            throw new InvalidOperationException($"Batch {voucher.BatchId} counts no voucher in force although voucher {voucher.Id} is.");
        }

        await db.Set<StreetQuota>().Where(q => q.BatchId == voucher.BatchId && q.StreetCode == voucher.StreetCode && q.Issued > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(q => q.Issued, q => q.Issued - 1), ct);
        var application = await db.Set<VoucherApplication>().FirstAsync(a => a.Id == voucher.ApplicationId, ct);
        application.Status = ApplicationStatus.Voided;
        application.Version = Guid.NewGuid();

        var from = voucher.Status;
        voucher.Status = VoucherStatus.Voided;
        voucher.VoidReason = command.Reason!.Trim();
        voucher.ClosedAt = transitions.Now;
        var response = await transitions.CommitAsync(voucher, from, "Void", voucher.VoidReason, ct);
        await transaction.CommitAsync(ct);
        return response;
    }
}
