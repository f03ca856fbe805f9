using Jiafu.Shared.Paging;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Jiafu.Inspection.Features.Complaints;

internal static class ComplaintEndpoints
{
    private const string Scoped = " Scope: district roles and inspectors all complaints, street officers their street's, institutions and bound API "
        + "clients their own (others 404).";

    public static RouteGroupBuilder MapComplaintEndpoints(this RouteGroupBuilder group)
    {
        group.RequireAuthorization(InspectionModule.Policies.Read)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("", async Task<Ok<PagedResult<ComplaintResponse>>> ([AsParameters] ListComplaints query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListComplaints").WithSummary("List complaints (投诉列表)")
            .WithDescription("Complaints (投诉) against institutions. Filters `institutionId`, `status` (`Open`/`Closed`), `outcome`, `source`, "
                + "`streetCode`, `from`/`to` (received), `search` (institution or content); sort `receivedOn` (default descending), "
                + "`institutionName`, `status`, `createdAt`. Items carry `followUpCount` without the timeline." + Scoped)
            .ProducesValidationProblem();

        group.MapPost("", async Task<Created<ComplaintResponse>> (CreateComplaint command, IMediator mediator, CancellationToken ct) =>
            {
                var complaint = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/v1/inspection/complaints/{complaint.Id}", complaint);
            })
            .RequireAuthorization(InspectionModule.Policies.Supervise)
            .WithIdempotency()
            .WithName("CreateComplaint").WithSummary("Register a complaint (登记投诉)")
            .WithDescription("Against an institution (and optionally a worker or a service), with its source (`Hotline12345` 12345热线, `Platform` "
                + "平台, `WalkIn` 来访, `Other`), received date (not in the future), content and handling officer (承办人, default the caller). "
                + "District officers, or street officers for their street's institutions (others 404).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:guid}", async Task<Ok<ComplaintResponse>> (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetComplaint(id), ct)))
            .WithName("GetComplaint").WithSummary("Get a complaint with its follow-up timeline (投诉详情)")
            .WithDescription("The complaint and its follow-up actions (处理过程) in date order." + Scoped)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/follow-ups", async Task<Ok<ComplaintResponse>> (
                Guid id, AddComplaintFollowUpRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new AddComplaintFollowUp(id, body.ActionOn, body.Action), ct)))
            .RequireAuthorization(InspectionModule.Policies.Supervise)
            .WithName("AddComplaintFollowUp").WithSummary("Record a follow-up action (登记投诉跟进)")
            .WithDescription("Appends an action with its date (not before the complaint was received, not in the future) to an open complaint; "
                + "a closed one is 409 `complaint_closed`." + Scoped)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/{id:guid}/close", async Task<Ok<ComplaintResponse>> (Guid id, CloseComplaintRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new CloseComplaint(id, body.Outcome, body.ClosedOn, body.Conclusion), ct)))
            .RequireAuthorization(InspectionModule.Policies.Supervise)
            .WithName("CloseComplaint").WithSummary("Close a complaint (投诉办结)")
            .WithDescription("Records the outcome `Substantiated` (属实) or `Unsubstantiated` (不属实), the date and the conclusion. A substantiated "
                + "complaint appends a `Complaint` entry (`Inspection:Credit:ComplaintPoints`, default −5) to the institution's integrity record "
                + "(诚信档案) and recomputes its credit class in the same transaction. Closing twice is 409 `complaint_closed`." + Scoped)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }
}
