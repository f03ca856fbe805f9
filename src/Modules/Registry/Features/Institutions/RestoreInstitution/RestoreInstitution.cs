using FluentValidation;
using Jiafu.Registry.Domain;
using Jiafu.Shared.Behaviors;
using Mediator;

namespace Jiafu.Registry.Features.Institutions;

/// <summary>Restore (恢复): Suspended or Revoked → Recognised; a reason is required.</summary>
public sealed record RestoreInstitution(Guid Id, string? Reason, string? Version = null)
    : ICommand<InstitutionResponse>, IInstitutionTransition, IAuditTarget
{
    public string AuditTargetType => nameof(Institution);

    public string? AuditTargetId => Id.ToString();
}

public sealed class RestoreInstitutionValidator : AbstractValidator<RestoreInstitution>
{
    public RestoreInstitutionValidator() => this.AddReasonRules(required: true);
}

public sealed class RestoreInstitutionHandler(InstitutionTransitions transitions) : ICommandHandler<RestoreInstitution, InstitutionResponse>
{
    public async ValueTask<InstitutionResponse> Handle(RestoreInstitution command, CancellationToken ct) =>
        await transitions.ApplyAsync(command, InstitutionAction.Restore, ct);
}
