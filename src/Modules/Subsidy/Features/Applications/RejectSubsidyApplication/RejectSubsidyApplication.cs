using FluentValidation;
using Jiafu.Shared.Behaviors;
using Jiafu.Subsidy.Domain;
using Mediator;

namespace Jiafu.Subsidy.Features.Applications;

/// <summary>Body of the <c>RejectSubsidyApplication</c> endpoint.</summary>
public sealed record RejectSubsidyApplicationRequest(string Comment);

/// <summary>Reject (不予通过), with a comment; an approval's reservation is released.</summary>
public sealed record RejectSubsidyApplication(Guid Id, string Comment) : ICommand<SubsidyApplicationResponse>, IAuditTarget
{
    public string AuditTargetType => nameof(SubsidyApplication);

    public string? AuditTargetId => Id.ToString();
}

public sealed class RejectSubsidyApplicationValidator : AbstractValidator<RejectSubsidyApplication>
{
    public RejectSubsidyApplicationValidator()
    {
        RuleFor(x => x.Comment).NotEmpty().MaximumLength(1000);
    }
}

public sealed class RejectSubsidyApplicationHandler(ApplicationWorkflow workflow) : ICommandHandler<RejectSubsidyApplication, SubsidyApplicationResponse>
{
    public async ValueTask<SubsidyApplicationResponse> Handle(RejectSubsidyApplication command, CancellationToken ct) => await workflow.RejectAsync(command.Id, command.Comment, ct);
}
