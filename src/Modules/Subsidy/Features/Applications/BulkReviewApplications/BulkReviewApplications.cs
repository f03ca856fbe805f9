using FluentValidation;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.Errors;
using Jiafu.Subsidy.Domain;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Jiafu.Subsidy.Features.Applications;

/// <summary>What a bulk review does to each application.</summary>
public enum BulkReviewAction
{
    /// <summary>The next approval step for the application's status: <c>Submitted</c> → street approval, <c>StreetApproved</c> → district approval.</summary>
    Approve,

    /// <summary>Reject (不予通过); a comment is required.</summary>
    Reject,

    /// <summary>Return for correction (退回修改); a comment is required.</summary>
    Return,
}

/// <summary>
/// Bulk review (批量审核): one action and comment for many applications. Each application is reviewed on its own — in its
/// own transaction and DI scope, through the same command, rules and audit entry as the single action — so one refusal
/// (scope, state, fund, self-approval) never undoes or blocks the others.
/// </summary>
public sealed record BulkReviewApplications : ICommand<BulkReviewResponse>, ISelfAudited
{
    /// <summary>The applications, 1 to <see cref="BulkReviewApplicationsValidator.MaxItems"/>, no repeats.</summary>
    public IReadOnlyList<Guid> Ids { get; init; } = [];

    /// <summary><c>Approve</c>, <c>Reject</c> or <c>Return</c>.</summary>
    public BulkReviewAction Action { get; init; }

    /// <summary>The review comment recorded on each application; required to reject or return.</summary>
    public string? Comment { get; init; }
}

/// <summary>The outcome of a bulk review, one result per requested id, in the request's order.</summary>
/// <param name="Succeeded">How many applications were changed.</param>
/// <param name="Failed">How many were refused (each with its problem).</param>
public sealed record BulkReviewResponse(IReadOnlyList<BulkReviewItemResult> Items, int Succeeded, int Failed);

/// <summary>One application's outcome.</summary>
/// <param name="Id">The application.</param>
/// <param name="Ok">True when the action was applied.</param>
/// <param name="Status">The application's status after the action (absent when it was not found or not visible).</param>
/// <param name="Problem">Why it was refused, as the single action would have answered.</param>
public sealed record BulkReviewItemResult(Guid Id, bool Ok, SubsidyApplicationStatus? Status, BulkReviewProblem? Problem);

/// <summary>The problem the single action would have returned for this application.</summary>
/// <param name="Status">The HTTP status the single action would have answered (400, 403, 404, 409).</param>
/// <param name="Code">The stable problem code (<c>invalid_transition</c>, <c>fund_exhausted</c>, <c>forbidden</c>, <c>not_found</c> …).</param>
/// <param name="Detail">The explanation (English and Chinese).</param>
public sealed record BulkReviewProblem(int Status, string Code, string Detail);

public sealed class BulkReviewApplicationsValidator : AbstractValidator<BulkReviewApplications>
{
    public const int MaxItems = 100;

    public BulkReviewApplicationsValidator()
    {
        RuleFor(x => x.Ids).NotEmpty()
            .Must(ids => ids.Count <= MaxItems).WithMessage($"At most {MaxItems} applications at once. 一次最多审核{MaxItems}件。")
            .Must(ids => ids.Distinct().Count() == ids.Count).WithMessage("Each application once. 申请不能重复。")
            .Must(ids => !ids.Contains(Guid.Empty)).WithMessage("Empty id. 申请编号无效。");
        RuleFor(x => x.Action).IsInEnum();
        RuleFor(x => x.Comment).MaximumLength(1000);
        RuleFor(x => x.Comment).NotEmpty().When(x => x.Action != BulkReviewAction.Approve)
            .WithMessage("A comment is required to reject or return. 退回或不予通过须填写意见。");
    }
}

public sealed class BulkReviewApplicationsHandler(
    IServiceScopeFactory scopes, IHttpContextAccessor http, IAuthorizationService authorization)
    : ICommandHandler<BulkReviewApplications, BulkReviewResponse>
{
    public async ValueTask<BulkReviewResponse> Handle(BulkReviewApplications command, CancellationToken ct)
    {
        var user = http.HttpContext?.User ?? throw new ForbiddenException();
        var district = (await authorization.AuthorizeAsync(user, SubsidyModule.Policies.Manage)).Succeeded;
        var results = new List<BulkReviewItemResult>(command.Ids.Count);
        foreach (var id in command.Ids)
        {
            results.Add(await ReviewOneAsync(id, command, district, ct));
        }

        return new BulkReviewResponse(results, results.Count(r => r.Ok), results.Count(r => !r.Ok));
    }

    private async Task<BulkReviewItemResult> ReviewOneAsync(Guid id, BulkReviewApplications command, bool district, CancellationToken ct)
    {
        // A scope of its own per application: its own DbContext (nothing left tracked by a refused one), transaction and audit entry.
        await using var scope = scopes.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        SubsidyApplicationStatus? status = null;
        try
        {
            status = (await mediator.Send(new GetSubsidyApplication(id), ct)).Status;
            ICommand<SubsidyApplicationResponse> single = command.Action switch
            {
                BulkReviewAction.Approve when status == SubsidyApplicationStatus.StreetApproved => district
                    ? new DistrictApproveApplication(id, command.Comment)
                    : throw new ForbiddenException("Only the district does the second review. 区级复审须由区级经办人员办理。"),
                BulkReviewAction.Approve => new StreetApproveApplication(id, command.Comment),
                BulkReviewAction.Reject => new RejectSubsidyApplication(id, command.Comment ?? ""),
                _ => new ReturnApplication(id, command.Comment ?? ""),
            };
            var result = await mediator.Send(single, ct);
            return new BulkReviewItemResult(id, true, result.Status, null);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is JiafuException or ValidationException)
        {
            return new BulkReviewItemResult(id, false, status, ToProblem(ex));
        }
    }

    private static BulkReviewProblem ToProblem(Exception ex) => ex switch
    {
        NotFoundException n => new(StatusCodes.Status404NotFound, n.Code ?? "not_found", n.Message),
        ForbiddenException f => new(StatusCodes.Status403Forbidden, f.Code ?? "forbidden", f.Message),
        ConflictException c => new(StatusCodes.Status409Conflict, c.Code ?? "conflict", c.Message),
        PreconditionFailedException p => new(StatusCodes.Status412PreconditionFailed, p.Code ?? "stale_version", p.Message),
        FieldValidationException v => new(StatusCodes.Status400BadRequest, v.Code ?? "validation_failed",
            string.Join(" ", v.Errors.SelectMany(e => e.Value))),
        ValidationException v => new(StatusCodes.Status400BadRequest, "validation_failed",
            string.Join(" ", v.Errors.Select(e => e.ErrorMessage))),
        JiafuException j => new(StatusCodes.Status400BadRequest, j.Code ?? "refused", j.Message),
        _ => new(StatusCodes.Status500InternalServerError, "error", ex.Message),
    };
}
