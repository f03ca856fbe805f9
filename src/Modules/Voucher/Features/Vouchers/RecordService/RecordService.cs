using FluentValidation;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.Errors;
using Jiafu.Voucher.Domain;
using Mediator;

namespace Jiafu.Voucher.Features.Vouchers;

/// <summary>Body of <c>POST /api/v1/vouchers/{id}/service</c>.</summary>
/// <param name="DurationMinutes">How long the visit took.</param>
/// <param name="ServiceItems">What was done (服务项目).</param>
/// <param name="ResidentConfirmed">The resident confirmed the service (居民确认); required to be true.</param>
public sealed record RecordServiceRequest(string WorkerName, DateOnly ServiceDate, int DurationMinutes, string ServiceItems, bool ResidentConfirmed);

/// <summary>The institution records the home service (上门服务登记) of a scheduled voucher.</summary>
public sealed record RecordService(
    Guid Id, string WorkerName, DateOnly ServiceDate, int DurationMinutes, string ServiceItems, bool ResidentConfirmed, string? Version = null)
    : ICommand<VoucherResponse>, IAuditTarget
{
    public string AuditTargetType => nameof(EmploymentVoucher);

    public string? AuditTargetId => Id.ToString();

    public static RecordService From(Guid id, RecordServiceRequest r, string? version) =>
        new(id, r.WorkerName, r.ServiceDate, r.DurationMinutes, r.ServiceItems, r.ResidentConfirmed, version);
}

public sealed class RecordServiceValidator : AbstractValidator<RecordService>
{
    public RecordServiceValidator()
    {
        RuleFor(x => x.WorkerName).NotEmpty().MaximumLength(50);
        RuleFor(x => x.ServiceDate).NotEmpty();
        RuleFor(x => x.DurationMinutes).InclusiveBetween(15, 24 * 60);
        RuleFor(x => x.ServiceItems).NotEmpty().MaximumLength(500);
        RuleFor(x => x.ResidentConfirmed).Equal(true).WithMessage("The resident must confirm the service. 须经居民确认。");
    }
}

public sealed class RecordServiceHandler(VoucherTransitions transitions) : ICommandHandler<RecordService, VoucherResponse>
{
    public async ValueTask<VoucherResponse> Handle(RecordService command, CancellationToken ct)
    {
        var voucher = await transitions.LoadAsync(command.Id, command.Version, ct);
        transitions.EnsureInstitutionActor(voucher);
        transitions.Ensure(voucher, "record the service of", VoucherStatus.Scheduled);
        if (command.ServiceDate < voucher.ValidFrom || command.ServiceDate > voucher.ValidUntil || command.ServiceDate > transitions.Today)
        {
            throw new FieldValidationException("serviceDate",
                "The service date must be within the validity and not in the future. 服务日期须在有效期内且不晚于今天。");
        }

        var from = voucher.Status;
        voucher.Status = VoucherStatus.Served;
        voucher.WorkerName = command.WorkerName.Trim();
        voucher.ServiceDate = command.ServiceDate;
        voucher.ServiceMinutes = command.DurationMinutes;
        voucher.ServiceItems = command.ServiceItems.Trim();
        voucher.ResidentConfirmed = command.ResidentConfirmed;
        voucher.ServedAt = transitions.Now;
        return await transitions.CommitAsync(voucher, from, "RecordService", voucher.ServiceItems, ct);
    }
}
