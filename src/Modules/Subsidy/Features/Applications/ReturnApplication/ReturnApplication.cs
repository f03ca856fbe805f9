using FluentValidation;
using Jiafu.Shared.Behaviors;
using Jiafu.Subsidy.Domain;
using Mediator;

namespace Jiafu.Subsidy.Features.Applications;

/// <summary>Body of the <c>ReturnApplication</c> endpoint.</summary>
public sealed record ReturnApplicationRequest(string Comment);

/// <summary>Return for correction (退回修改), with a comment.</summary>
public sealed record ReturnApplication(Guid Id, string Comment) : ICommand<SubsidyApplicationResponse>, IAuditTarget
{
    public string AuditTargetType => nameof(SubsidyApplication);

    public string? AuditTargetId => Id.ToString();
}

public sealed class ReturnApplicationValidator : AbstractValidator<ReturnApplication>
{
    public ReturnApplicationValidator()
    {
        RuleFor(x => x.Comment).NotEmpty().MaximumLength(1000);
    }
}

public sealed class ReturnApplicationHandler(ApplicationWorkflow workflow) : ICommandHandler<ReturnApplication, SubsidyApplicationResponse>
{
    public async ValueTask<SubsidyApplicationResponse> Handle(ReturnApplication command, CancellationToken ct) => await workflow.ReturnAsync(command.Id, command.Comment, ct);
}
