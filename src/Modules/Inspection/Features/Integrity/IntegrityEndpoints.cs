using Jiafu.Shared.Paging;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Jiafu.Inspection.Features.Integrity;

internal static class IntegrityEndpoints
{
    private const string Rule = " Credit class (信用等级): score = `Inspection:Credit:BaseScore` (100) + the points of the entries of the last "
        + "`WindowYears` (3) years; A ≥ 105, B ≥ 90, C ≥ 70, else D (parameters under `Inspection:Credit`); a 不合格 or overdue rectification "
        + "in the window caps the class at C. Red list: A with no negative entry; black list: D or a 不合格 in the window.";

    public static RouteGroupBuilder MapIntegrityEndpoints(this RouteGroupBuilder group)
    {
        group.RequireAuthorization(InspectionModule.Policies.Read)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("", async Task<Ok<PagedResult<IntegrityProfileResponse>>> (
                [AsParameters] ListIntegrityProfiles query, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListIntegrityProfiles").WithSummary("List integrity standings (信用等级与红黑名单)")
            .WithDescription("Institutions with an integrity record (诚信档案); filters `creditClass`, `list` (`red` 红名单 / `black` 黑名单), `search`; "
                + "sort `score` (default descending), `institutionName`, `updatedAt`. Institutions see only their own." + Rule)
            .ProducesValidationProblem();

        group.MapGet("/{institutionId:guid}", async Task<Ok<IntegrityRecordResponse>> (Guid institutionId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetIntegrityRecord(institutionId), ct)))
            .WithName("GetIntegrityRecord").WithSummary("Get an institution's integrity record (诚信档案)")
            .WithDescription("The credit class with its reasons and the append-only entries (inspection outcomes, overdue rectifications, spot-check "
                + "results, complaints, rewards), newest first. An institution without entries has the class of an empty record. Institutions "
                + "see only their own (404)." + Rule)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{institutionId:guid}/entries", async Task<Created<IntegrityRecordResponse>> (
                Guid institutionId, AddIntegrityEntryRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Created($"/api/v1/inspection/integrity/{institutionId}",
                    await mediator.Send(new AddIntegrityEntry(institutionId, body.Kind, body.Summary, body.OccurredOn), ct)))
            .RequireAuthorization(InspectionModule.Policies.Manage)
            .WithIdempotency()
            .WithName("AddIntegrityEntry").WithSummary("Record a complaint or reward (登记投诉或表彰)")
            .WithDescription("Appends a `Complaint` (投诉属实) or `Reward` (表彰、称号) entry and recomputes the credit class. Entries are never edited "
                + "or deleted. District officers." + Rule)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }
}
