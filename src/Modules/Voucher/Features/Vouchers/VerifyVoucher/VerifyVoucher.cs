using FluentValidation;
using Jiafu.Shared.Behaviors;
using Jiafu.Voucher.Domain;
using Mediator;

namespace Jiafu.Voucher.Features.Vouchers;

/// <summary>Body of <c>POST /api/v1/vouchers/{id}/verify</c>.</summary>
/// <param name="Note">Required for a discrepancy.</param>
public sealed record VerifyVoucherRequest(VerificationResult Result, string? Note);

/// <summary>
/// An officer verifies the service (服务核查): <c>Confirmed</c> makes the voucher reimbursable; <c>Discrepancy</c> (with a
/// note) keeps it out of settlements until verified again.
/// </summary>
public sealed record VerifyVoucher(Guid Id, VerificationResult Result, string? Note, string? Version = null) : ICommand<VoucherResponse>, IAuditTarget
{
    public string AuditTargetType => nameof(EmploymentVoucher);

    public string? AuditTargetId => Id.ToString();
}

public sealed class VerifyVoucherValidator : AbstractValidator<VerifyVoucher>
{
    public VerifyVoucherValidator()
    {
        RuleFor(x => x.Result).IsInEnum();
        RuleFor(x => x.Note).NotEmpty().When(x => x.Result == VerificationResult.Discrepancy)
            .WithMessage("Describe the discrepancy. 请说明核查不符的情况。");
        RuleFor(x => x.Note).MaximumLength(1000);
    }
}

public sealed class VerifyVoucherHandler(VoucherTransitions transitions) : ICommandHandler<VerifyVoucher, VoucherResponse>
{
    public async ValueTask<VoucherResponse> Handle(VerifyVoucher command, CancellationToken ct)
    {
        transitions.EnsureOfficer();
        var voucher = await transitions.LoadAsync(command.Id, command.Version, ct);
        transitions.Ensure(voucher, "verify", VoucherStatus.Served, VoucherStatus.FollowedUp, VoucherStatus.Discrepancy);
        var from = voucher.Status;
        voucher.Status = command.Result == VerificationResult.Confirmed ? VoucherStatus.Verified : VoucherStatus.Discrepancy;
        voucher.VerificationResult = command.Result;
        voucher.VerificationNote = string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim();
        voucher.VerifiedBy = VoucherRules.Actor(transitions.Current);
        voucher.VerifiedAt = transitions.Now;
        return await transitions.CommitAsync(voucher, from, "Verify", voucher.VerificationNote ?? command.Result.ToString(), ct);
    }
}
