using FluentValidation;
using Jiafu.Shared.Behaviors;
using Jiafu.Subsidy.Domain;
using Mediator;

namespace Jiafu.Subsidy.Features.Applications;

/// <summary>Body of the <c>RejectApplication</c> endpoint.</summary>
public sealed record RejectApplicationRequest(string Comment);

/// <summary>Reject (不予通过), with a comment; an approval's reservation is released.</summary>
public sealed record RejectApplication(Guid Id, string Comment) : ICommand<ApplicationResponse>, IAuditTarget
{
    public string AuditTargetType => nameof(SubsidyApplication);

    public string? AuditTargetId => Id.ToString();
}

public sealed class RejectApplicationValidator : AbstractValidator<RejectApplication>
{
    public RejectApplicationValidator()
    {
        RuleFor(x => x.Comment).NotEmpty().MaximumLength(1000);
    }
}

public sealed class RejectApplicationHandler(ApplicationWorkflow workflow) : ICommandHandler<RejectApplication, ApplicationResponse>
{
    public async ValueTask<ApplicationResponse> Handle(RejectApplication command, CancellationToken ct) => await workflow.RejectAsync(command.Id, command.Comment, ct);
}
