using FluentValidation;
using Jiafu.Contracts.Registry;
using Jiafu.Inspection.Data;
using Jiafu.Inspection.Domain;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Persistence;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Inspection.Features.ServiceEvaluations;

/// <summary>
/// Submit a service evaluation (提交服务评价) of a service brokered for an institution: by a platform (API client with
/// <c>inspection.write</c>, bound to the institution) or an officer. One per submitter and service reference.
/// </summary>
/// <param name="InstitutionId">The institution that delivered the service; a client must be bound to it (else 404).</param>
/// <param name="ServiceReference">The submitter's reference of the service (order or voucher number).</param>
/// <param name="ServiceDate">The day of the service; not in the future.</param>
/// <param name="Rating">1 to 5.</param>
/// <param name="Comment">The customer's words (评价内容).</param>
public sealed record SubmitServiceEvaluation(Guid InstitutionId, string ServiceReference, DateOnly ServiceDate, int Rating, string? Comment)
    : ICommand<ServiceEvaluationResponse>;

public sealed class SubmitServiceEvaluationValidator : AbstractValidator<SubmitServiceEvaluation>
{
    public SubmitServiceEvaluationValidator(TimeProvider time)
    {
        RuleFor(x => x.InstitutionId).NotEmpty();
        RuleFor(x => x.ServiceReference).NotEmpty().MaximumLength(100);
        RuleFor(x => x.ServiceDate).NotEmpty().Must(d => d <= time.Today()).WithMessage("Not in the future. 服务日期不能晚于今天。")
            .GreaterThanOrEqualTo(new DateOnly(2000, 1, 1));
        RuleFor(x => x.Rating).InclusiveBetween(1, 5).WithMessage("A rating from 1 to 5. 评分须为1至5。");
        RuleFor(x => x.Comment).MaximumLength(500);
    }
}

public sealed class SubmitServiceEvaluationHandler(InspectionDbContext db, ICurrentUser current, IRegistryReader registry, TimeProvider time)
    : ICommandHandler<SubmitServiceEvaluation, ServiceEvaluationResponse>
{
    public async ValueTask<ServiceEvaluationResponse> Handle(SubmitServiceEvaluation command, CancellationToken ct)
    {
        var institution = await registry.InstitutionInScopeAsync(current, command.InstitutionId, ct);
        var evaluation = new ServiceEvaluation
        {
            InstitutionId = institution.Id,
            InstitutionName = institution.Name,
            StreetCode = institution.StreetCode,
            SubmitterKey = (current.IsClient ? "client:" : "user:") + (current.Id ?? ""),
            SubmittedBy = current.Actor(),
            ServiceReference = command.ServiceReference.Trim(),
            ServiceDate = command.ServiceDate,
            Rating = command.Rating,
            Comment = string.IsNullOrWhiteSpace(command.Comment) ? null : command.Comment.Trim(),
            CreatedAt = time.GetUtcNow(),
        };
        db.Set<ServiceEvaluation>().Add(evaluation);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            throw new ConflictException("This service is already evaluated by you. 该服务已评价。", "evaluation_exists", "serviceReference");
        }

        return ServiceEvaluationResponse.From(evaluation);
    }
}
