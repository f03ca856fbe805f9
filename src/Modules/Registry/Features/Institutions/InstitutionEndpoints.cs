using Jiafu.Shared.Http;
using Jiafu.Shared.Paging;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Jiafu.Registry.Features.Institutions;

internal static class InstitutionEndpoints
{
    public const string BasePath = "/api/v1/registry/institutions";

    private const string ScopeNote = " A street officer sees only their street, an institution operator or API client only their "
        + "institutions; others answer 404.";

    private const string ReviewNote = " Role Admin or DistrictOfficer (区级审核).";

    public static RouteGroupBuilder MapInstitutionEndpoints(this RouteGroupBuilder group)
    {
        group.ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("", async Task<Ok<PagedResult<InstitutionListItem>>> ([AsParameters] ListInstitutions query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .RequireAuthorization(RegistryModule.Policies.Read)
            .WithName("ListInstitutions").WithSummary("List institutions (机构列表)")
            .WithDescription("Search by name or credit-code prefix; filter by street, business format, status, employee-based, "
                + "title and alliance membership; sort by `name` (default), `createdAt`, `status` or `streetCode` (`-` for descending)."
                + ScopeNote)
            .ProducesValidationProblem();

        group.MapGet("/export", async Task<FileStreamHttpResult> ([AsParameters] ExportInstitutions query, IMediator mediator, CancellationToken ct) =>
            {
                var file = await mediator.Send(query, ct);
                return TypedResults.File(file.Content, ExportFile.ContentType, file.FileName);
            })
            .RequireAuthorization(RegistryModule.Policies.Read)
            .WithName("ExportInstitutions").WithSummary("Export institutions to XLSX (导出机构名录)")
            .WithDescription("The institution list as an XLSX workbook with Chinese column headers, taking the same filters and sort as "
                + "`GET /api/v1/registry/institutions` (no paging). Contact phones are masked. At most `Registry:ExportMaxRows` rows "
                + "(default 100,000); a larger result is a 400 with `errors.filters`. The file is named `机构名录-yyyyMMdd.xlsx` "
                + "(`Content-Disposition` with a UTF-8 `filename*`). Every export is recorded in the audit trail (action "
                + "`ExportInstitutions`, with the filters and row count)." + ScopeNote)
            .Produces(StatusCodes.Status200OK, contentType: ExportFile.ContentType)
            .ProducesValidationProblem();

        group.MapPost("", async Task<Created<InstitutionResponse>> (CreateInstitution command, IMediator mediator, HttpResponse response, CancellationToken ct) =>
            {
                var institution = await mediator.Send(command, ct);
                response.SetETag(institution.Version);
                return TypedResults.Created($"{BasePath}/{institution.Id}", institution);
            })
            .RequireAuthorization(RegistryModule.Policies.Write)
            .WithName("CreateInstitution").WithSummary("Register an institution (登记家庭服务机构)")
            .WithIdempotency()
            .WithDescription("Registers a household-service institution in the `Registered` state. The credit code is validated "
                + "(GB 32100) and must be unique (409 with `errors.creditCode`). Admin, district officers, and street officers "
                + "for their own street (403 otherwise); institution operators and API clients cannot register institutions.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/{id:guid}", async Task<Ok<InstitutionResponse>> (Guid id, IMediator mediator, HttpResponse response, CancellationToken ct) =>
            {
                var institution = await mediator.Send(new GetInstitution(id), ct);
                response.SetETag(institution.Version);
                return TypedResults.Ok(institution);
            })
            .RequireAuthorization(RegistryModule.Policies.Read)
            .WithName("GetInstitution").WithSummary("Get an institution (机构详情)")
            .WithDescription("Profile, status, current titles and worker count. The `ETag` header carries the version to send "
                + "back in `If-Match`." + ScopeNote)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{id:guid}", async Task<Ok<InstitutionResponse>> (
                Guid id, UpdateInstitutionRequest body, HttpRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var version = ETags.RequireIfMatch(request);
                var institution = await mediator.Send(UpdateInstitution.From(id, version, body), ct);
                request.HttpContext.Response.SetETag(institution.Version);
                return TypedResults.Ok(institution);
            })
            .RequireAuthorization(RegistryModule.Policies.Write)
            .WithName("UpdateInstitution").WithSummary("Update an institution (编辑机构信息)")
            .WithDescription("Requires `If-Match` with the institution's ETag: 428 without it, 412 when someone else changed it first. "
                + "The credit code cannot be changed. Institution operators may edit their own institution but not its street; "
                + "street officers cannot move it out of their street (403)." + ScopeNote)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        group.MapGet("/{id:guid}/history", async Task<Ok<IReadOnlyList<InstitutionHistoryEntry>>> (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetInstitutionHistory(id), ct)))
            .RequireAuthorization(RegistryModule.Policies.Read)
            .WithName("GetInstitutionHistory").WithSummary("Status history of an institution (状态变更记录)")
            .WithDescription("Every workflow step, newest first: `[{ fromStatus, toStatus, action, reason, changedBy, changedAt }]`." + ScopeNote)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapTransition("/{id:guid}/apply-recognition", RegistryModule.Policies.Write,
                (id, reason, version) => new ApplyForInstitutionRecognition(id, reason, version))
            .WithName("ApplyForInstitutionRecognition").WithSummary("Apply for recognition (申请认定)")
            .WithDescription("`Registered` or `Rejected` → `PendingRecognition`. The institution's operator, its street officer or "
                + "a district officer." + ScopeNote);

        group.MapTransition("/{id:guid}/recognise", RegistryModule.Policies.Review,
                (id, reason, version) => new RecogniseInstitution(id, reason, version))
            .WithName("RecogniseInstitution").WithSummary("Recognise an institution (认定)")
            .WithDescription("`PendingRecognition` → `Recognised`; publishes `InstitutionRecognised`." + ReviewNote);

        group.MapTransition("/{id:guid}/reject", RegistryModule.Policies.Review,
                (id, reason, version) => new RejectInstitution(id, reason, version))
            .WithName("RejectInstitution").WithSummary("Reject a recognition application (驳回)")
            .WithDescription("`PendingRecognition` → `Rejected`; `reason` is required. The institution may apply again." + ReviewNote);

        group.MapTransition("/{id:guid}/suspend", RegistryModule.Policies.Review,
                (id, reason, version) => new SuspendInstitution(id, reason, version))
            .WithName("SuspendInstitution").WithSummary("Suspend an institution (暂停)")
            .WithDescription("`Recognised` → `Suspended`; `reason` is required." + ReviewNote);

        group.MapTransition("/{id:guid}/revoke", RegistryModule.Policies.Review,
                (id, reason, version) => new RevokeInstitution(id, reason, version))
            .WithName("RevokeInstitution").WithSummary("Revoke a recognition (撤销)")
            .WithDescription("`Recognised` or `Suspended` → `Revoked`; `reason` is required." + ReviewNote);

        group.MapTransition("/{id:guid}/restore", RegistryModule.Policies.Review,
                (id, reason, version) => new RestoreInstitution(id, reason, version))
            .WithName("RestoreInstitution").WithSummary("Restore an institution (恢复)")
            .WithDescription("`Suspended` or `Revoked` → `Recognised`; `reason` is required." + ReviewNote);

        return group;
    }

    /// <summary>
    /// A workflow action: optional body <c>{ reason }</c>, optional <c>If-Match</c> (412 when stale), 409 <c>invalid_transition</c>
    /// from the wrong state; answers the updated institution with its new ETag.
    /// </summary>
    private static RouteHandlerBuilder MapTransition(
        this RouteGroupBuilder group, string pattern, string policy, Func<Guid, string?, string?, ICommand<InstitutionResponse>> command) =>
        group.MapPost(pattern, async Task<Ok<InstitutionResponse>> (
                Guid id, InstitutionTransitionRequest? body, HttpRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var version = string.IsNullOrWhiteSpace(request.Headers.IfMatch.ToString()) ? null : ETags.RequireIfMatch(request);
                var institution = await mediator.Send(command(id, body?.Reason, version), ct);
                request.HttpContext.Response.SetETag(institution.Version);
                return TypedResults.Ok(institution);
            })
            .RequireAuthorization(policy)
            .WithIdempotency()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
}
