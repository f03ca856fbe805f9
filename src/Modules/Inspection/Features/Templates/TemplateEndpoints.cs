using Jiafu.Inspection.Domain;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Jiafu.Inspection.Features.Templates;

internal static class TemplateEndpoints
{
    public static RouteGroupBuilder MapTemplateEndpoints(this RouteGroupBuilder group)
    {
        group.RequireAuthorization(InspectionModule.Policies.Read)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("", async Task<Ok<IReadOnlyList<TemplateResponse>>> (InspectionObjectType? objectType, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListTemplates(objectType), ct)))
            .WithName("ListInspectionTemplates").WithSummary("List checklist templates (检查表列表)")
            .WithDescription("Every version of every checklist (检查表), e.g. the seeded 五统一 station checklist and the institution checklist; "
                + "filter `objectType` (`Institution`, `ServicePoint`).")
            .ProducesValidationProblem();

        group.MapGet("/{id:guid}", async Task<Ok<TemplateResponse>> (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetTemplate(id), ct)))
            .WithName("GetInspectionTemplate").WithSummary("Get a checklist template (检查表详情)")
            .WithDescription("One version of a checklist with its scored items (weight = maximum points, expected evidence 佐证材料).")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("", async Task<Created<TemplateResponse>> (CreateTemplate command, IMediator mediator, CancellationToken ct) =>
            {
                var template = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/v1/inspection/templates/{template.Id}", template);
            })
            .RequireAuthorization(InspectionModule.Policies.Manage)
            .WithIdempotency()
            .WithName("CreateInspectionTemplate").WithSummary("Publish a checklist template version (发布检查表)")
            .WithDescription("Templates are versioned, never edited: a new `code` starts at version 1, a known one gets the next version "
                + "(same object type, else 400). 1–50 items, each with a weight 1–100 and the expected evidence. Two versions published at "
                + "once: 409 `version_taken`. District officers.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }
}
