using Jiafu.Shared.Paging;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Jiafu.Inspection.Features.ServiceEvaluations;

internal static class ServiceEvaluationEndpoints
{
    private const string Scoped = " Scope: district roles and inspectors all, street officers their street's institutions, institution operators "
        + "and API clients (`inspection.read`) their bound institutions (others 404).";

    public static RouteGroupBuilder MapServiceEvaluationEndpoints(this RouteGroupBuilder group)
    {
        group.ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapPost("", async Task<Created<ServiceEvaluationResponse>> (SubmitServiceEvaluation command, IMediator mediator, CancellationToken ct) =>
            {
                var evaluation = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/v1/inspection/service-evaluations?institutionId={evaluation.InstitutionId}", evaluation);
            })
            .RequireAuthorization(InspectionModule.Policies.Evaluate)
            .WithIdempotency()
            .WithName("SubmitServiceEvaluation").WithSummary("Submit a service evaluation (提交服务评价)")
            .WithDescription("A platform (API client with scope `inspection.write`, bound to the institution; other institutions 404) or an officer "
                + "rates one brokered service: `institutionId`, `serviceReference`, `serviceDate` (not in the future), `rating` 1–5, `comment`. One "
                + "evaluation per submitter and `serviceReference` (409 `evaluation_exists` naming `serviceReference`). Send an `Idempotency-Key` to "
                + "retry safely. Evaluations feed the performance evaluation (绩效考评).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("", async Task<Ok<PagedResult<ServiceEvaluationResponse>>> (
                [AsParameters] ListServiceEvaluations query, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(query, ct)))
            .RequireAuthorization(InspectionModule.Policies.Read)
            .WithName("ListServiceEvaluations").WithSummary("List service evaluations (服务评价列表)")
            .WithDescription("Filters `institutionId`, `rating`, `from`/`to` (service date); sort `serviceDate` (default descending), `rating`, "
                + "`createdAt`." + Scoped)
            .ProducesValidationProblem();

        group.MapGet("/summary", async Task<Ok<ServiceEvaluationSummaryResponse>> (
                Guid institutionId, DateOnly? from, DateOnly? to, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetServiceEvaluationSummary(institutionId, from, to), ct)))
            .RequireAuthorization(InspectionModule.Policies.Read)
            .WithName("GetServiceEvaluationSummary").WithSummary("Summary of an institution's service evaluations (服务评价汇总)")
            .WithDescription("Count, average rating (two decimals) and the count per rating 1–5 of `institutionId`, optionally for service dates "
                + "`from`/`to`." + Scoped)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }
}
