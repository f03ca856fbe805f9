using FluentValidation;
using Jiafu.Registry.Domain;
using Jiafu.Shared.Behaviors;
using Mediator;

namespace Jiafu.Registry.Features.Institutions;

/// <summary>Revoke the recognition (撤销): Recognised or Suspended → Revoked; a reason is required.</summary>
public sealed record RevokeInstitution(Guid Id, string? Reason, string? Version = null)
    : ICommand<InstitutionResponse>, IInstitutionTransition, IAuditTarget
{
    public string AuditTargetType => nameof(Institution);

    public string? AuditTargetId => Id.ToString();
}

public sealed class RevokeInstitutionValidator : AbstractValidator<RevokeInstitution>
{
    public RevokeInstitutionValidator() => this.AddReasonRules(required: true);
}

public sealed class RevokeInstitutionHandler(InstitutionTransitions transitions) : ICommandHandler<RevokeInstitution, InstitutionResponse>
{
    public async ValueTask<InstitutionResponse> Handle(RevokeInstitution command, CancellationToken ct) =>
        await transitions.ApplyAsync(command, InstitutionAction.Revoke, ct);
}
