using FluentValidation;
using Jiafu.Shared.Behaviors;
using Jiafu.Subsidy.Domain;
using Mediator;

namespace Jiafu.Subsidy.Features.Applications;

/// <summary>Body of the <c>resubmit</c> endpoint: the corrected inputs.</summary>
public sealed record ResubmitApplicationRequest(ApplicationInputs Inputs, string? Comment);

/// <summary>Resubmit a returned application with corrected inputs (修改后重新提交): recomputed, back to the street review.</summary>
public sealed record ResubmitApplication(Guid Id, ApplicationInputs Inputs, string? Comment) : ICommand<SubsidyApplicationResponse>, IAuditTarget
{
    public string AuditTargetType => nameof(SubsidyApplication);

    public string? AuditTargetId => Id.ToString();
}

public sealed class ResubmitApplicationValidator : AbstractValidator<ResubmitApplication>
{
    public ResubmitApplicationValidator()
    {
        RuleFor(x => x.Inputs).NotNull().SetValidator(new ApplicationInputsValidator());
        RuleFor(x => x.Comment).MaximumLength(1000);
    }
}

public sealed class ResubmitApplicationHandler(ApplicationWorkflow workflow) : ICommandHandler<ResubmitApplication, SubsidyApplicationResponse>
{
    public async ValueTask<SubsidyApplicationResponse> Handle(ResubmitApplication command, CancellationToken ct) =>
        await workflow.ResubmitAsync(command.Id, command.Inputs, command.Comment, ct);
}
