using FluentValidation;
using Jiafu.Shared.Behaviors;
using Jiafu.Subsidy.Domain;
using Mediator;

namespace Jiafu.Subsidy.Features.Applications;

/// <summary>Body of the <c>PayApplication</c> endpoint.</summary>
public sealed record PayApplicationRequest(DateOnly PaidOn, string BankReference);

/// <summary>Record the payment (拨付): date and bank reference; the reservation becomes paid.</summary>
public sealed record PayApplication(Guid Id, DateOnly PaidOn, string BankReference) : ICommand<SubsidyApplicationResponse>, IAuditTarget
{
    public string AuditTargetType => nameof(SubsidyApplication);

    public string? AuditTargetId => Id.ToString();
}

public sealed class PayApplicationValidator : AbstractValidator<PayApplication>
{
    public PayApplicationValidator()
    {
        RuleFor(x => x.PaidOn).NotEmpty();
        RuleFor(x => x.BankReference).NotEmpty().MaximumLength(100);
    }
}

public sealed class PayApplicationHandler(ApplicationWorkflow workflow) : ICommandHandler<PayApplication, SubsidyApplicationResponse>
{
    public async ValueTask<SubsidyApplicationResponse> Handle(PayApplication command, CancellationToken ct) => await workflow.PayAsync(command.Id, command.PaidOn, command.BankReference.Trim(), ct);
}
