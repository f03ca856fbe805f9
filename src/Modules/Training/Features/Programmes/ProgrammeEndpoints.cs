using Jiafu.Shared.Http;
using Jiafu.Shared.Paging;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Jiafu.Training.Features.Programmes;

internal static class ProgrammeEndpoints
{
    public const string BasePath = "/api/v1/training/programmes";

    public static RouteGroupBuilder MapProgrammeEndpoints(this RouteGroupBuilder group)
    {
        group.RequireAuthorization(TrainingModule.Policies.Read)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("", async Task<Ok<PagedResult<ProgrammeResponse>>> ([AsParameters] ListProgrammes query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListTrainingProgrammes").WithSummary("List training programmes (培训项目列表)")
            .WithDescription("Filters `category`, `providerInstitutionId`, `year` (active that year), `search`; sort `name` (default), "
                + "`createdAt`, `category`. `providerIsTrainingBase` tells whether the provider holds a 培训示范基地 title in the register. "
                + "Institution operators and API clients see their own institution's programmes.")
            .ProducesValidationProblem();

        group.MapPost("", async Task<Created<ProgrammeResponse>> (CreateProgramme command, IMediator mediator, CancellationToken ct) =>
            {
                var programme = await mediator.Send(command, ct);
                return TypedResults.Created($"{BasePath}/{programme.Id}", programme);
            })
            .RequireAuthorization(TrainingModule.Policies.Manage)
            .WithName("CreateTrainingProgramme").WithSummary("Create a training programme (新建培训项目)")
            .WithIdempotency()
            .WithDescription("Category (培训类别), provider institution from the register (400 `errors.providerInstitutionId` when unknown, "
                + "409 when revoked), hours required for completion (结业学时), active years, and optional subsidy standards per year in "
                + "yuan (培训补贴 and 鉴定补贴 per trainee). Administrators and district officers.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/{id:guid}", async Task<Ok<ProgrammeResponse>> (Guid id, IMediator mediator, HttpResponse response, CancellationToken ct) =>
            {
                var programme = await mediator.Send(new GetProgramme(id), ct);
                response.SetETag(programme.Version);
                return TypedResults.Ok(programme);
            })
            .WithName("GetTrainingProgramme").WithSummary("Get a training programme (培训项目详情)")
            .WithDescription("With its subsidy standards per year. The `ETag` header (and `version`) go back in `If-Match` to edit it. "
                + "Out of the caller's scope: 404.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{id:guid}", async Task<Ok<ProgrammeResponse>> (
                Guid id, UpdateProgrammeRequest body, HttpRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var version = ETags.RequireIfMatch(request);
                var programme = await mediator.Send(UpdateProgramme.From(id, version, body), ct);
                request.HttpContext.Response.SetETag(programme.Version);
                return TypedResults.Ok(programme);
            })
            .RequireAuthorization(TrainingModule.Policies.Manage)
            .WithName("UpdateTrainingProgramme").WithSummary("Edit a training programme (编辑培训项目)")
            .WithDescription("`{ name, category, providerInstitutionId, requiredHours, activeFromYear, activeToYear?, description? }` replaces "
                + "the programme's fields (subsidy standards have their own endpoint). Requires `If-Match` with the programme's ETag: 428 "
                + "without it, 412 when it changed meanwhile (a class starting counts as a change). The hours required for completion "
                + "(结业学时) cannot change once a class of the programme has started (409 `hours_locked`); the active years must cover its "
                + "classes that are not cancelled (409 `classes_outside_years`); a revoked provider: 409. Administrators and district officers.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        group.MapPut("/{id:guid}/subsidy-standards/{year:int}", async Task<Ok<ProgrammeResponse>> (
                Guid id, int year, SetSubsidyStandardRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SetSubsidyStandard(id, year, body.TrainingSubsidy, body.CertificationSubsidy), ct)))
            .RequireAuthorization(TrainingModule.Policies.Manage)
            .WithName("SetTrainingSubsidyStandard").WithSummary("Set a year's subsidy standard (设置年度培训/鉴定补贴标准)")
            .WithDescription("Yuan per trainee with at most two decimals: `trainingSubsidy` (培训补贴, per completed trainee) and "
                + "`certificationSubsidy` (鉴定补贴, per certified trainee). Replaces the year's standard when one exists.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }
}
