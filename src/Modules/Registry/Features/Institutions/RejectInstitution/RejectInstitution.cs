using FluentValidation;
using Jiafu.Registry.Domain;
using Jiafu.Shared.Behaviors;
using Mediator;

namespace Jiafu.Registry.Features.Institutions;

/// <summary>Reject the application (驳回): PendingRecognition → Rejected; a reason is required.</summary>
public sealed record RejectInstitution(Guid Id, string? Reason, string? Version = null)
    : ICommand<InstitutionResponse>, IInstitutionTransition, IAuditTarget
{
    public string AuditTargetType => nameof(Institution);

    public string? AuditTargetId => Id.ToString();
}

public sealed class RejectInstitutionValidator : AbstractValidator<RejectInstitution>
{
    public RejectInstitutionValidator() => this.AddReasonRules(required: true);
}

public sealed class RejectInstitutionHandler(InstitutionTransitions transitions) : ICommandHandler<RejectInstitution, InstitutionResponse>
{
    public async ValueTask<InstitutionResponse> Handle(RejectInstitution command, CancellationToken ct) =>
        await transitions.ApplyAsync(command, InstitutionAction.Reject, ct);
}
