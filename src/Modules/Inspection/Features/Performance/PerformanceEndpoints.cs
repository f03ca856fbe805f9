using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Jiafu.Inspection.Features.Performance;

internal static class PerformanceEndpoints
{
    private const string Formula = " Formula (`Inspection:Performance`): components 0–100 — 年检 the year's annual inspection score (else "
        + "`NotInspectedScore` 0), 投诉 100 − `ComplaintDeduction` (20) per substantiated complaint received in the year, 服务评价 (average rating − 1) "
        + "/ 4 × 100 (else `NoEvaluationScore` 60), 核查 the share of the year's spot checks confirmed (else `NoVerificationScore` 100); total = "
        + "weighted mean (weights 40/20/20/20). Excellent (优秀): the top `ExcellentSharePercent` (10%, rounded up, ties included) with a total "
        + "≥ `ExcellentMinScore` (85); the Subsidy award 年度业绩考评优秀 requires it.";

    public static RouteGroupBuilder MapPerformanceEndpoints(this RouteGroupBuilder group)
    {
        group.RequireAuthorization(InspectionModule.Policies.Read)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("", async Task<Ok<IReadOnlyList<PerformanceRunResponse>>> (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListPerformanceRuns(), ct)))
            .WithName("ListPerformanceEvaluations").WithSummary("List evaluated years (绩效考评年度)")
            .WithDescription("The yearly performance evaluation runs (年度绩效考评), newest first, with the parameters used and the counts.");

        group.MapPost("/{year:int}/run", async Task<Ok<PerformanceRunResponse>> (int year, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RunPerformanceEvaluation(year), ct)))
            .RequireAuthorization(InspectionModule.Policies.Manage)
            .WithName("RunPerformanceEvaluation").WithSummary("Evaluate a year (开展年度绩效考评)")
            .WithDescription("Scores every recognised institution for `year` (one that has begun) and ranks them; running a year again replaces its results atomically "
                + "(one transaction). District officers." + Formula)
            .ProducesValidationProblem();

        group.MapGet("/{year:int}", async Task<Ok<PerformanceRankingResponse>> (
                [AsParameters] GetPerformanceRanking query, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("GetPerformanceRanking").WithSummary("A year's ranking with components (绩效排名)")
            .WithDescription("The run and a page of results with each component; filters `excellent`, `streetCode`, `institutionId`, `search`; sort "
                + "`rank` (default), `institutionName`. A year not evaluated is 404. Institutions and bound API clients see only their own line."
                + Formula)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }
}
