using FluentValidation;
using Jiafu.Registry.Domain;
using Jiafu.Shared.Behaviors;
using Mediator;

namespace Jiafu.Registry.Features.Institutions;

/// <summary>Apply for recognition (申请认定): Registered or Rejected → PendingRecognition.</summary>
public sealed record ApplyForInstitutionRecognition(Guid Id, string? Reason, string? Version = null)
    : ICommand<InstitutionResponse>, IInstitutionTransition, IAuditTarget
{
    public string AuditTargetType => nameof(Institution);

    public string? AuditTargetId => Id.ToString();
}

public sealed class ApplyForInstitutionRecognitionValidator : AbstractValidator<ApplyForInstitutionRecognition>
{
    public ApplyForInstitutionRecognitionValidator() => this.AddReasonRules(required: false);
}

public sealed class ApplyForInstitutionRecognitionHandler(InstitutionTransitions transitions) : ICommandHandler<ApplyForInstitutionRecognition, InstitutionResponse>
{
    public async ValueTask<InstitutionResponse> Handle(ApplyForInstitutionRecognition command, CancellationToken ct) =>
        await transitions.ApplyAsync(command, InstitutionAction.ApplyForRecognition, ct);
}
