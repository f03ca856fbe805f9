using Jiafu.Shared.Paging;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Jiafu.Inspection.Features.Campaigns;

internal static class CampaignEndpoints
{
    private const string Scoped = " District roles see every campaign; inspectors, street officers and institutions only campaigns holding one of "
        + "their tasks (others 404).";

    public static RouteGroupBuilder MapCampaignEndpoints(this RouteGroupBuilder group)
    {
        group.RequireAuthorization(InspectionModule.Policies.Read)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("", async Task<Ok<PagedResult<CampaignResponse>>> ([AsParameters] ListCampaigns query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListInspectionCampaigns").WithSummary("List annual inspection campaigns (年检复核列表)")
            .WithDescription("Filters `year`, `objectType`; sort `year` (default descending), `createdAt`. Each with task counts by status." + Scoped)
            .ProducesValidationProblem();

        group.MapPost("", async Task<Created<CampaignResponse>> (CreateCampaign command, IMediator mediator, CancellationToken ct) =>
            {
                var campaign = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/v1/inspection/campaigns/{campaign.Id}", campaign);
            })
            .RequireAuthorization(InspectionModule.Policies.Manage)
            .WithIdempotency()
            .WithName("CreateInspectionCampaign").WithSummary("Start an annual inspection campaign (发起年检复核)")
            .WithDescription("For a `year` and `objectType` (`Institution` or `ServicePoint`) with a checklist of that object type: one Pending task "
                + "per recognised institution or service point of the register now. One campaign per year and object type (409 `campaign_exists`). "
                + "District officers.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/{id:guid}", async Task<Ok<CampaignResponse>> (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetCampaign(id), ct)))
            .WithName("GetInspectionCampaign").WithSummary("Get a campaign (年检复核详情)")
            .WithDescription("With task counts by status." + Scoped)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:guid}/progress", async Task<Ok<CampaignProgressResponse>> (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetCampaignProgress(id), ct)))
            .WithName("GetInspectionCampaignProgress").WithSummary("Campaign progress by street and status (年检进度)")
            .WithDescription("Task counts by street (街镇) and status over the tasks the caller sees." + Scoped)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }
}
