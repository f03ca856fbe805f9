using FluentValidation;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.Errors;
using Jiafu.Voucher.Domain;
using Mediator;

namespace Jiafu.Voucher.Features.Vouchers;

/// <summary>Body of <c>POST /api/v1/vouchers/{id}/schedule</c>.</summary>
public sealed record ScheduleServiceRequest(DateOnly ScheduledFor);

/// <summary>The chosen institution accepts the voucher and schedules the home visit (机构受理、预约上门).</summary>
public sealed record ScheduleService(Guid Id, DateOnly ScheduledFor, string? Version = null) : ICommand<VoucherResponse>, IAuditTarget
{
    public string AuditTargetType => nameof(EmploymentVoucher);

    public string? AuditTargetId => Id.ToString();
}

public sealed class ScheduleServiceValidator : AbstractValidator<ScheduleService>
{
    public ScheduleServiceValidator() => RuleFor(x => x.ScheduledFor).NotEmpty();
}

public sealed class ScheduleServiceHandler(VoucherTransitions transitions) : ICommandHandler<ScheduleService, VoucherResponse>
{
    public async ValueTask<VoucherResponse> Handle(ScheduleService command, CancellationToken ct)
    {
        var voucher = await transitions.LoadAsync(command.Id, command.Version, ct);
        transitions.EnsureInstitutionActor(voucher);
        transitions.Ensure(voucher, "schedule", VoucherStatus.InstitutionSelected, VoucherStatus.Scheduled);
        if (command.ScheduledFor < transitions.Today || command.ScheduledFor > voucher.ValidUntil)
        {
            throw new FieldValidationException("scheduledFor",
                $"The visit must be between today and the end of the validity ({voucher.ValidUntil:yyyy-MM-dd}). 预约日期须在今天至有效期截止日之间。");
        }

        var from = voucher.Status;
        voucher.Status = VoucherStatus.Scheduled;
        voucher.ScheduledFor = command.ScheduledFor;
        return await transitions.CommitAsync(voucher, from, "Schedule", $"{command.ScheduledFor:yyyy-MM-dd}", ct);
    }
}
