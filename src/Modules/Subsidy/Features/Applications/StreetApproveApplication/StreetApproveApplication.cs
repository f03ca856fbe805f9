using FluentValidation;
using Jiafu.Shared.Behaviors;
using Jiafu.Subsidy.Domain;
using Mediator;

namespace Jiafu.Subsidy.Features.Applications;

/// <summary>Body of the <c>StreetApproveApplication</c> endpoint.</summary>
public sealed record StreetApproveApplicationRequest(string? Comment);

/// <summary>Street review: approve (街道初审通过).</summary>
public sealed record StreetApproveApplication(Guid Id, string? Comment) : ICommand<SubsidyApplicationResponse>, IAuditTarget
{
    public string AuditTargetType => nameof(SubsidyApplication);

    public string? AuditTargetId => Id.ToString();
}

public sealed class StreetApproveApplicationValidator : AbstractValidator<StreetApproveApplication>
{
    public StreetApproveApplicationValidator()
    {
        RuleFor(x => x.Comment).MaximumLength(1000);
    }
}

public sealed class StreetApproveApplicationHandler(ApplicationWorkflow workflow) : ICommandHandler<StreetApproveApplication, SubsidyApplicationResponse>
{
    public async ValueTask<SubsidyApplicationResponse> Handle(StreetApproveApplication command, CancellationToken ct) => await workflow.StreetApproveAsync(command.Id, command.Comment, ct);
}
