using FluentValidation;
using Jiafu.Registry.Domain;
using Jiafu.Shared.Behaviors;
using Mediator;

namespace Jiafu.Registry.Features.Institutions;

/// <summary>Recognise (认定): PendingRecognition → Recognised. Publishes <c>InstitutionRecognised</c>.</summary>
public sealed record RecogniseInstitution(Guid Id, string? Reason, string? Version = null)
    : ICommand<InstitutionResponse>, IInstitutionTransition, IAuditTarget
{
    public string AuditTargetType => nameof(Institution);

    public string? AuditTargetId => Id.ToString();
}

public sealed class RecogniseInstitutionValidator : AbstractValidator<RecogniseInstitution>
{
    public RecogniseInstitutionValidator() => this.AddReasonRules(required: false);
}

public sealed class RecogniseInstitutionHandler(InstitutionTransitions transitions) : ICommandHandler<RecogniseInstitution, InstitutionResponse>
{
    public async ValueTask<InstitutionResponse> Handle(RecogniseInstitution command, CancellationToken ct) =>
        await transitions.ApplyAsync(command, InstitutionAction.Recognise, ct);
}
