using Jiafu.Shared.Http;
using Jiafu.Shared.Paging;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Jiafu.Inspection.Features.Tasks;

internal static class TaskEndpoints
{
    private const string Scoped = " Inspectors see only the tasks assigned to them, street officers their street's, institutions their own; "
        + "others answer 404.";

    public static RouteGroupBuilder MapTaskEndpoints(this RouteGroupBuilder group)
    {
        group.RequireAuthorization(InspectionModule.Policies.Read)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("", async Task<Ok<PagedResult<TaskResponse>>> ([AsParameters] ListTasks query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListInspectionTasks").WithSummary("List inspection tasks (检查任务列表)")
            .WithDescription("Filters `campaignId`, `status`, `streetCode`, `institutionId`, `mine` (assigned to the caller), `search`; sort "
                + "`objectName` (default), `status`, `streetCode`, `outcomeAt`." + Scoped)
            .ProducesValidationProblem();

        group.MapGet("/{id:guid}", async Task<Ok<TaskResponse>> (Guid id, IMediator mediator, HttpResponse response, CancellationToken ct) =>
            {
                var task = await mediator.Send(new GetTask(id), ct);
                response.SetETag(task.Version);
                return TypedResults.Ok(task);
            })
            .WithName("GetInspectionTask").WithSummary("Get an inspection task (检查任务详情)")
            .WithDescription("With the checklist items, their weights, expected evidence and the points given." + Scoped)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{id:guid}/inspectors", async Task<Ok<TaskResponse>> (
                Guid id, AssignInspectorsRequest body, HttpRequest request, IMediator mediator, HttpResponse response, CancellationToken ct) =>
            {
                var task = await mediator.Send(new AssignInspectors(id, body.Inspectors, request.OptionalIfMatch()), ct);
                response.SetETag(task.Version);
                return TypedResults.Ok(task);
            })
            .RequireAuthorization(InspectionModule.Policies.Manage)
            .WithName("AssignInspectionTaskInspectors").WithSummary("Assign inspectors to a task (指派检查人员)")
            .WithDescription("Replaces the task's inspectors: at least `Inspection:InspectorsPerObject` (2), at most 10, no duplicates. A task with a "
                + "final outcome: 409 `task_closed`. Optional `If-Match` (412 when stale). District officers.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

        group.MapPost("/{id:guid}/outcome", async Task<Ok<TaskResponse>> (
                Guid id, RecordOutcomeRequest body, HttpRequest request, IMediator mediator, HttpResponse response, CancellationToken ct) =>
            {
                var task = await mediator.Send(new RecordOutcome(
                    id, body.ItemScores, body.Findings, body.Outcome, body.InspectedOn, body.RectifyBy, request.OptionalIfMatch()), ct);
                response.SetETag(task.Version);
                return TypedResults.Ok(task);
            })
            .RequireAuthorization(InspectionModule.Policies.Inspect)
            .WithIdempotency()
            .WithName("RecordInspectionOutcome").WithSummary("Record an inspection outcome (录入检查结论)")
            .WithDescription("Points for every checklist item (0 to its weight; each item once, else 400 `errors.itemScores`), findings (required "
                + "unless 合格) and the outcome `Passed` (合格), `Rectify` (限期整改, with `rectifyBy` after `inspectedOn`) or `Failed` (不合格). "
                + "A Rectify or Escalated task is re-inspected to Passed or Failed; Passed and Failed are final (409 `outcome_final`). The "
                + "integrity record (诚信档案) gets an entry and the credit class is recomputed; a Failed institution is proposed to Registry for "
                + "revocation (撤销建议). Assigned inspectors and district officers; optional `If-Match` (412 when stale)." + Scoped)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

        group.MapPost("/escalate-overdue", async Task<Ok<EscalationResult>> (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new EscalateOverdueRectifications(), ct)))
            .RequireAuthorization(InspectionModule.Policies.Manage)
            .WithName("EscalateOverdueRectifications").WithSummary("Escalate overdue rectifications (逾期整改升级)")
            .WithDescription("Every 限期整改 task whose `rectifyBy` has passed (UTC+8) becomes `Escalated` and its institution's integrity record gets "
                + "an overdue entry. Also runs every `Inspection:EscalationCheckInterval`. District officers.");
        return group;
    }
}
