using Jiafu.Shared.Http;
using Jiafu.Shared.Paging;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Jiafu.Registry.Features.Workers;

internal static class WorkerEndpoints
{
    public const string BasePath = "/api/v1/registry/workers";

    private const string Scoped = " A street officer sees their street's workers, an institution operator or API client those of their "
        + "institutions; others answer 404.";

    public static RouteGroupBuilder MapWorkerEndpoints(this RouteGroupBuilder group)
    {
        group.RequireAuthorization(RegistryModule.Policies.Read)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("", async Task<Ok<PagedResult<WorkerListItem>>> ([AsParameters] ListWorkers query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListWorkers").WithSummary("List workers (从业人员列表)")
            .WithDescription("Filters: `streetCode`, `institutionId`, `employmentType`, `jobType`, `credentialStatus` (Green|Yellow|Red, "
                + "judged for today), `search` (part of the name, or a full resident ID number matched exactly). Sort: `name` (default), "
                + "`createdAt`, `birthDate`; prefix `-` for descending. ID numbers and phones are masked." + Scoped)
            .ProducesValidationProblem();

        group.MapGet("/export", async Task<FileStreamHttpResult> ([AsParameters] ExportWorkers query, IMediator mediator, CancellationToken ct) =>
            {
                var file = await mediator.Send(query, ct);
                return TypedResults.File(file.Content, ExportFile.ContentType, file.FileName);
            })
            .WithName("ExportWorkers").WithSummary("Export workers to XLSX (导出从业人员)")
            .WithDescription("The worker list as an XLSX workbook with Chinese column headers, taking the same filters and sort as "
                + "`GET /api/v1/registry/workers` (no paging). ID numbers and phones are masked, never written in full. At most "
                + "`Registry:ExportMaxRows` rows (default 100,000); a larger result is a 400 with `errors.filters`. The file is named "
                + "`从业人员-yyyyMMdd.xlsx` (`Content-Disposition` with a UTF-8 `filename*`). Every export is recorded in the audit "
                + "trail (action `ExportWorkers`, with the filters and row count)." + Scoped)
            .Produces(StatusCodes.Status200OK, contentType: ExportFile.ContentType)
            .ProducesValidationProblem();

        group.MapPost("", async Task<Created<WorkerResponse>> (CreateWorker command, IMediator mediator, HttpResponse response, CancellationToken ct) =>
            {
                var worker = await mediator.Send(command, ct);
                response.SetETag(worker.Version);
                return TypedResults.Created($"{BasePath}/{worker.Id}", worker);
            })
            .RequireAuthorization(RegistryModule.Policies.Write)
            .WithName("CreateWorker").WithSummary("Register a worker (登记从业人员)")
            .WithIdempotency()
            .WithDescription("The resident ID number is validated (GB 11643: length, birth date, check character; full-width digits "
                + "and a lower-case x are normalised), stored encrypted and unique by its keyed hash: one person, one record — a person "
                + "already registered anywhere is a 409 with `errors.idNumber` (move them instead). Gender and birth date come from the "
                + "ID number; the street from the institution, which must be inside the caller's scope (404 otherwise). Only officers may "
                + "set `identityVerified`.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/{id:guid}", async Task<Ok<WorkerResponse>> (Guid id, IMediator mediator, HttpResponse response, CancellationToken ct) =>
            {
                var worker = await mediator.Send(new GetWorker(id), ct);
                response.SetETag(worker.Version);
                return TypedResults.Ok(worker);
            })
            .WithName("GetWorker").WithSummary("Get a worker (从业人员详情)")
            .WithDescription("With certificates and the credential status. The `ETag` header carries the version to send back in "
                + "`If-Match` when updating." + Scoped)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{id:guid}", async Task<Ok<WorkerResponse>> (
                Guid id, UpdateWorkerRequest body, HttpRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var version = ETags.RequireIfMatch(request);
                var worker = await mediator.Send(UpdateWorker.From(id, version, body), ct);
                request.HttpContext.Response.SetETag(worker.Version);
                return TypedResults.Ok(worker);
            })
            .RequireAuthorization(RegistryModule.Policies.Write)
            .WithName("UpdateWorker").WithSummary("Edit a worker (编辑从业人员)")
            .WithDescription("Requires `If-Match` with the worker's ETag: 428 without it, 412 when someone else changed the worker first. "
                + "The ID number cannot change; certificates are replaced as a set. Only officers may change `identityVerified`." + Scoped)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        group.MapPost("/{id:guid}/move", async Task<Ok<WorkerResponse>> (
                Guid id, MoveWorkerRequest body, IMediator mediator, HttpResponse response, CancellationToken ct) =>
            {
                var worker = await mediator.Send(new MoveWorker(id, body.InstitutionId, body.EmploymentType, body.StartedOn), ct);
                response.SetETag(worker.Version);
                return TypedResults.Ok(worker);
            })
            .RequireAuthorization(RegistryModule.Policies.Write)
            .WithName("MoveWorker").WithSummary("Move a worker to another institution (从业机构变更)")
            .WithIdempotency()
            .WithDescription("Closes the current employment on `startedOn`, opens one at the new institution and moves the worker to its "
                + "street; the history is kept (`GET .../employments`). The new institution must be inside the caller's scope (404 "
                + "otherwise); moving to the current institution is a 409." + Scoped)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

        group.MapGet("/{id:guid}/employments", async Task<Ok<IReadOnlyList<WorkerEmploymentResponse>>> (
                Guid id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListWorkerEmployments(id), ct)))
            .WithName("ListWorkerEmployments").WithSummary("Employment history (从业经历)")
            .WithDescription("Every period of employment, newest first, with the institution's name." + Scoped)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/reveal", async Task<Ok<WorkerPersonalDataResponse>> (
                Guid id, IMediator mediator, HttpResponse response, CancellationToken ct) =>
            {
                var data = await mediator.Send(new RevealWorkerPersonalData(id), ct);
                response.Headers.CacheControl = "no-store";
                return TypedResults.Ok(data);
            })
            .RequireAuthorization(RegistryModule.Policies.RevealPersonalData)
            .WithName("RevealWorkerPersonalData").WithSummary("Reveal a worker's ID number and phone (查看完整身份证号和电话)")
            .WithDescription("Answers `{ idNumber, phone }` in full. District and street officers and inspectors only (403 for others, "
                + "including administrators and auditors); every reveal is recorded in the audit trail (action "
                + "`RevealWorkerPersonalData`, target the worker), without the values." + Scoped)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/revoke-credentials", async Task<Ok<WorkerResponse>> (
                Guid id, WorkerCredentialsReasonRequest body, IMediator mediator, HttpResponse response, CancellationToken ct) =>
            {
                var worker = await mediator.Send(new RevokeWorkerCredentials(id, body.Reason), ct);
                response.SetETag(worker.Version);
                return TypedResults.Ok(worker);
            })
            .RequireAuthorization(RegistryModule.Policies.Review)
            .WithName("RevokeWorkerCredentials").WithSummary("Revoke a worker's credentials (吊销从业资格)")
            .WithIdempotency()
            .WithDescription("The credential status turns Red until restored; `reason` is required. Already revoked: 409. "
                + "Administrators and district officers.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/{id:guid}/restore-credentials", async Task<Ok<WorkerResponse>> (
                Guid id, WorkerCredentialsRestoreRequest? body, IMediator mediator, HttpResponse response, CancellationToken ct) =>
            {
                var worker = await mediator.Send(new RestoreWorkerCredentials(id, body?.Reason), ct);
                response.SetETag(worker.Version);
                return TypedResults.Ok(worker);
            })
            .RequireAuthorization(RegistryModule.Policies.Review)
            .WithName("RestoreWorkerCredentials").WithSummary("Restore a worker's credentials (恢复从业资格)")
            .WithIdempotency()
            .WithDescription("The credential status is computed again from identity verification, health check and insurance; "
                + "an optional `reason` is kept in the status history. Not revoked: 409. Administrators and district officers.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }
}
