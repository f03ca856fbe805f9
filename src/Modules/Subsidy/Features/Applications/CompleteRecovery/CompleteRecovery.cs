using FluentValidation;
using Jiafu.Shared.Behaviors;
using Jiafu.Subsidy.Domain;
using Mediator;

namespace Jiafu.Subsidy.Features.Applications;

/// <summary>Body of the <c>CompleteRecovery</c> endpoint.</summary>
public sealed record CompleteRecoveryRequest(DateOnly RecoveredOn, string Reference);

/// <summary>Record that the money came back (追回到账): the paid amount returns to the budget.</summary>
public sealed record CompleteRecovery(Guid Id, DateOnly RecoveredOn, string Reference) : ICommand<SubsidyApplicationResponse>, IAuditTarget
{
    public string AuditTargetType => nameof(SubsidyApplication);

    public string? AuditTargetId => Id.ToString();
}

public sealed class CompleteRecoveryValidator : AbstractValidator<CompleteRecovery>
{
    public CompleteRecoveryValidator()
    {
        RuleFor(x => x.RecoveredOn).NotEmpty();
        RuleFor(x => x.Reference).NotEmpty().MaximumLength(100);
    }
}

public sealed class CompleteRecoveryHandler(ApplicationWorkflow workflow) : ICommandHandler<CompleteRecovery, SubsidyApplicationResponse>
{
    public async ValueTask<SubsidyApplicationResponse> Handle(CompleteRecovery command, CancellationToken ct) => await workflow.CompleteRecoveryAsync(command.Id, command.RecoveredOn, command.Reference.Trim(), ct);
}
