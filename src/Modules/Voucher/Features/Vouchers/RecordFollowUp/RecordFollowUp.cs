using FluentValidation;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.Errors;
using Jiafu.Voucher.Domain;
using Mediator;

namespace Jiafu.Voucher.Features.Vouchers;

/// <summary>Body of <c>POST /api/v1/vouchers/{id}/follow-up</c>.</summary>
/// <param name="Satisfaction">1 (very dissatisfied) to 5 (very satisfied).</param>
public sealed record RecordFollowUpRequest(DateOnly Date, FollowUpChannel Channel, int Satisfaction, string? Issues);

/// <summary>An officer records the follow-up visit (跟踪回访) of a served voucher.</summary>
public sealed record RecordFollowUp(Guid Id, DateOnly Date, FollowUpChannel Channel, int Satisfaction, string? Issues, string? Version = null)
    : ICommand<VoucherResponse>, IAuditTarget
{
    public string AuditTargetType => nameof(EmploymentVoucher);

    public string? AuditTargetId => Id.ToString();
}

public sealed class RecordFollowUpValidator : AbstractValidator<RecordFollowUp>
{
    public RecordFollowUpValidator()
    {
        RuleFor(x => x.Date).NotEmpty();
        RuleFor(x => x.Channel).IsInEnum();
        RuleFor(x => x.Satisfaction).InclusiveBetween(1, 5);
        RuleFor(x => x.Issues).MaximumLength(1000);
    }
}

public sealed class RecordFollowUpHandler(VoucherTransitions transitions) : ICommandHandler<RecordFollowUp, VoucherResponse>
{
    public async ValueTask<VoucherResponse> Handle(RecordFollowUp command, CancellationToken ct)
    {
        transitions.EnsureOfficer();
        var voucher = await transitions.LoadAsync(command.Id, command.Version, ct);
        transitions.Ensure(voucher, "follow up", VoucherStatus.Served, VoucherStatus.FollowedUp);
        if (command.Date < voucher.ServiceDate || command.Date > transitions.Today)
        {
            throw new FieldValidationException("date", "The follow-up date must be between the service date and today. 回访日期须在服务日期至今天之间。");
        }

        var from = voucher.Status;
        voucher.Status = VoucherStatus.FollowedUp;
        voucher.FollowUpDate = command.Date;
        voucher.FollowUpChannel = command.Channel;
        voucher.Satisfaction = command.Satisfaction;
        voucher.FollowUpIssues = string.IsNullOrWhiteSpace(command.Issues) ? null : command.Issues.Trim();
        return await transitions.CommitAsync(voucher, from, "FollowUp", $"{command.Channel}, {command.Satisfaction}/5", ct);
    }
}
