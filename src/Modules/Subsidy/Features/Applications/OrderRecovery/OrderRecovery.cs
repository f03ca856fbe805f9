using FluentValidation;
using Jiafu.Shared.Behaviors;
using Jiafu.Subsidy.Domain;
using Mediator;

namespace Jiafu.Subsidy.Features.Applications;

/// <summary>Body of the <c>OrderRecovery</c> endpoint.</summary>
public sealed record OrderRecoveryRequest(string Reason);

/// <summary>Issue a recovery order (追回) for a paid application, with the reason (spot check, later finding).</summary>
public sealed record OrderRecovery(Guid Id, string Reason) : ICommand<SubsidyApplicationResponse>, IAuditTarget
{
    public string AuditTargetType => nameof(SubsidyApplication);

    public string? AuditTargetId => Id.ToString();
}

public sealed class OrderRecoveryValidator : AbstractValidator<OrderRecovery>
{
    public OrderRecoveryValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(500);
    }
}

public sealed class OrderRecoveryHandler(ApplicationWorkflow workflow) : ICommandHandler<OrderRecovery, SubsidyApplicationResponse>
{
    public async ValueTask<SubsidyApplicationResponse> Handle(OrderRecovery command, CancellationToken ct) => await workflow.OrderRecoveryAsync(command.Id, command.Reason.Trim(), ct);
}
