using FluentValidation;
using Jiafu.Registry.Domain;
using Jiafu.Shared.Behaviors;
using Mediator;

namespace Jiafu.Registry.Features.Institutions;

/// <summary>Suspend (暂停): Recognised → Suspended; a reason is required.</summary>
public sealed record SuspendInstitution(Guid Id, string? Reason, string? Version = null)
    : ICommand<InstitutionResponse>, IInstitutionTransition, IAuditTarget
{
    public string AuditTargetType => nameof(Institution);

    public string? AuditTargetId => Id.ToString();
}

public sealed class SuspendInstitutionValidator : AbstractValidator<SuspendInstitution>
{
    public SuspendInstitutionValidator() => this.AddReasonRules(required: true);
}

public sealed class SuspendInstitutionHandler(InstitutionTransitions transitions) : ICommandHandler<SuspendInstitution, InstitutionResponse>
{
    public async ValueTask<InstitutionResponse> Handle(SuspendInstitution command, CancellationToken ct) =>
        await transitions.ApplyAsync(command, InstitutionAction.Suspend, ct);
}
