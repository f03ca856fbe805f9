using Jiafu.Registry.Domain;
using Jiafu.Shared.Http;
using Jiafu.Shared.Paging;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Jiafu.Registry.Features.ServicePoints;

internal static class ServicePointEndpoints
{
    public const string BasePath = "/api/v1/registry/service-points";

    private const string Scoped = " A street officer sees only their street's stations, an institution operator or API client only the "
        + "stations of their institutions; other ids answer 404.";

    private const string ReviewOnly = " District review (Admin, DistrictOfficer).";

    public static RouteGroupBuilder MapServicePointEndpoints(this RouteGroupBuilder group)
    {
        group.ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapPost("", async Task<Created<ServicePointResponse>> (CreateServicePoint command, IMediator mediator, HttpResponse response, CancellationToken ct) =>
            {
                var point = await mediator.Send(command, ct);
                response.SetETag(point.Version);
                return TypedResults.Created($"{BasePath}/{point.Id}", point);
            })
            .RequireAuthorization(RegistryModule.Policies.Write)
            .WithName("CreateServicePoint").WithSummary("Register a station or market (登记社区家庭服务站/专业服务市场)")
            .WithIdempotency()
            .WithDescription("Registers a community household-service station (`CommunityStation`) or professional service market "
                + "(`ServiceMarket`) in the `Registered` state, with its five 五统一 items. The operating institution must exist and be "
                + "in the caller's scope (400 `errors.institutionId` otherwise); a street officer may only register in their own street (403).")
            .ProducesValidationProblem();

        group.MapGet("", async Task<Ok<PagedResult<ServicePointResponse>>> ([AsParameters] ListServicePoints query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .RequireAuthorization(RegistryModule.Policies.Read)
            .WithName("ListServicePoints").WithSummary("List stations and markets (服务站/专业市场列表)")
            .WithDescription("Filters: kind, institutionId, streetCode, status, fiveUnifiedCompliant, search (name or address). Each item "
                + "carries `fiveUnifiedScore` (0–5) and `fiveUnifiedCompliant`." + Scoped)
            .ProducesValidationProblem();

        group.MapGet("/{id:guid}", async Task<Ok<ServicePointResponse>> (Guid id, IMediator mediator, HttpResponse response, CancellationToken ct) =>
            {
                var point = await mediator.Send(new GetServicePoint(id), ct);
                response.SetETag(point.Version);
                return TypedResults.Ok(point);
            })
            .RequireAuthorization(RegistryModule.Policies.Read)
            .WithName("GetServicePoint").WithSummary("Get a station or market (服务站详情)")
            .WithDescription("The `ETag` header carries the version to send back in `If-Match` when updating." + Scoped)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{id:guid}", async Task<Ok<ServicePointResponse>> (
                Guid id, UpdateServicePointRequest body, HttpRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var version = ETags.RequireIfMatch(request);
                var point = await mediator.Send(new UpdateServicePoint(id, version, body.Name, body.StreetCode, body.Address,
                    body.UnifiedSignage, body.UnifiedDispatch, body.UnifiedTraining, body.UnifiedPricing, body.UnifiedServiceStandards), ct);
                request.HttpContext.Response.SetETag(point.Version);
                return TypedResults.Ok(point);
            })
            .RequireAuthorization(RegistryModule.Policies.Write)
            .WithName("UpdateServicePoint").WithSummary("Update a station or market (编辑服务站)")
            .WithDescription("Edits the name, street, address and the five 五统一 items; kind and operating institution are fixed. "
                + "Requires `If-Match` with the station's ETag: 428 without it, 412 when someone else changed it first." + Scoped)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        group.MapGet("/{id:guid}/history", async Task<Ok<IReadOnlyList<ServicePointStatusChangeResponse>>> (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetServicePointHistory(id), ct)))
            .RequireAuthorization(RegistryModule.Policies.Read)
            .WithName("GetServicePointHistory").WithSummary("Status history of a station (服务站状态变更记录)")
            .WithDescription("Every workflow step, newest first: from and to status, action, reason, who and when." + Scoped)
            .ProducesProblem(StatusCodes.Status404NotFound);

        MapAction(group, "apply-recognition", InstitutionAction.ApplyForRecognition, RegistryModule.Policies.Write,
            "ApplyServicePointRecognition", "Apply for recognition (申请认定)",
            "Registered or Rejected → PendingRecognition. Within the caller's scope (Write policy).");
        MapAction(group, "recognise", InstitutionAction.Recognise, RegistryModule.Policies.Review,
            "RecogniseServicePoint", "Recognise a station (认定)",
            "PendingRecognition → Recognised. Refused with 409 `five_unified_incomplete` (naming the missing items) unless all five "
            + "五统一 items are met, and with 409 `operator_not_recognised` unless the operating institution is Recognised." + ReviewOnly);
        MapAction(group, "reject", InstitutionAction.Reject, RegistryModule.Policies.Review,
            "RejectServicePoint", "Reject recognition (驳回)",
            "PendingRecognition → Rejected; `reason` required. The station may apply again." + ReviewOnly);
        MapAction(group, "suspend", InstitutionAction.Suspend, RegistryModule.Policies.Review,
            "SuspendServicePoint", "Suspend a station (暂停)",
            "Recognised → Suspended; `reason` required." + ReviewOnly);
        MapAction(group, "revoke", InstitutionAction.Revoke, RegistryModule.Policies.Review,
            "RevokeServicePoint", "Revoke recognition (撤销)",
            "Recognised or Suspended → Revoked; `reason` required." + ReviewOnly);
        MapAction(group, "restore", InstitutionAction.Restore, RegistryModule.Policies.Review,
            "RestoreServicePoint", "Restore a station (恢复)",
            "Suspended or Revoked → Recognised; `reason` required." + ReviewOnly);
        return group;
    }

    private static void MapAction(
        RouteGroupBuilder group, string path, InstitutionAction action, string policy, string name, string summary, string description) =>
        group.MapPost($"/{{id:guid}}/{path}", async Task<Ok<ServicePointResponse>> (
                Guid id, ServicePointActionRequest? body, HttpRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var version = string.IsNullOrWhiteSpace(request.Headers.IfMatch.ToString()) ? null : ETags.RequireIfMatch(request);
                var point = await mediator.Send(new ChangeServicePointStatus(id, action, body?.Reason, version), ct);
                request.HttpContext.Response.SetETag(point.Version);
                return TypedResults.Ok(point);
            })
            .RequireAuthorization(policy)
            .WithIdempotency()
            .WithName(name).WithSummary(summary)
            .WithDescription(description + " Any other state is a 409 `invalid_transition`; each step is recorded in the history. "
                + "Body `{ reason }` is optional where no reason is needed; an optional `If-Match` makes the action fail with 412 "
                + "when the station changed meanwhile.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
}
