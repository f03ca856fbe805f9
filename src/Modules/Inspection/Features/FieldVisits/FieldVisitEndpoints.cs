using Jiafu.Shared.Paging;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Jiafu.Inspection.Features.FieldVisits;

internal static class FieldVisitEndpoints
{
    private const string Scoped = " Scope: district roles and inspectors all visits, street officers their street's, institutions their own "
        + "(others 404).";

    public static RouteGroupBuilder MapFieldVisitEndpoints(this RouteGroupBuilder group)
    {
        group.RequireAuthorization(InspectionModule.Policies.Read)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("", async Task<Ok<PagedResult<FieldVisitResponse>>> ([AsParameters] ListFieldVisits query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListFieldVisits").WithSummary("List field visits (实地走访列表)")
            .WithDescription("Field visits (实地走访). Filters `institutionId`, `streetCode`, `followUp` (`pending` 待跟进, `overdue` 逾期, `done` 已跟进), "
                + "`from`/`to` (visited), `search` (institution or findings); sort `visitedOn` (default descending), `institutionName`, "
                + "`followUpDue`." + Scoped)
            .ProducesValidationProblem();

        group.MapPost("", async Task<Created<FieldVisitResponse>> (CreateFieldVisit command, IMediator mediator, CancellationToken ct) =>
            {
                var visit = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/v1/inspection/field-visits/{visit.Id}", visit);
            })
            .RequireAuthorization(InspectionModule.Policies.Supervise)
            .WithIdempotency()
            .WithName("CreateFieldVisit").WithSummary("Record a field visit (登记实地走访)")
            .WithDescription("Date (not in the future), visitors, findings; `followUpRequired` with `followUpDue` (整改期限, on or after the visit; "
                + "required with a follow-up and absent without). District officers, or street officers for their street's institutions (others 404).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:guid}", async Task<Ok<FieldVisitResponse>> (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetFieldVisit(id), ct)))
            .WithName("GetFieldVisit").WithSummary("Get a field visit (走访详情)")
            .WithDescription("With its follow-up state; `followUpOverdue` when required, not done and past its due date." + Scoped)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/follow-up", async Task<Ok<FieldVisitResponse>> (
                Guid id, CompleteFieldVisitFollowUpRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new CompleteFieldVisitFollowUp(id, body.DoneOn, body.Note), ct)))
            .RequireAuthorization(InspectionModule.Policies.Supervise)
            .WithName("CompleteFieldVisitFollowUp").WithSummary("Record the follow-up as done (走访整改跟进完成)")
            .WithDescription("Closes the visit's required follow-up (整改跟进) with a date (not before the visit, not in the future) and a note. "
                + "A visit without a follow-up is 409 `follow_up_not_required`; done twice is 409 `follow_up_done`." + Scoped)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }
}
