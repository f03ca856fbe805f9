using FluentValidation;
using Jiafu.Shared.Behaviors;
using Jiafu.Subsidy.Domain;
using Mediator;

namespace Jiafu.Subsidy.Features.Applications;

/// <summary>Body of the <c>DistrictApproveApplication</c> endpoint.</summary>
public sealed record DistrictApproveApplicationRequest(string? Comment);

/// <summary>District review: approve and reserve the amount in the year's fund (区级复审通过).</summary>
public sealed record DistrictApproveApplication(Guid Id, string? Comment) : ICommand<SubsidyApplicationResponse>, IAuditTarget
{
    public string AuditTargetType => nameof(SubsidyApplication);

    public string? AuditTargetId => Id.ToString();
}

public sealed class DistrictApproveApplicationValidator : AbstractValidator<DistrictApproveApplication>
{
    public DistrictApproveApplicationValidator()
    {
        RuleFor(x => x.Comment).MaximumLength(1000);
    }
}

public sealed class DistrictApproveApplicationHandler(ApplicationWorkflow workflow) : ICommandHandler<DistrictApproveApplication, SubsidyApplicationResponse>
{
    public async ValueTask<SubsidyApplicationResponse> Handle(DistrictApproveApplication command, CancellationToken ct) => await workflow.DistrictApproveAsync(command.Id, command.Comment, ct);
}
