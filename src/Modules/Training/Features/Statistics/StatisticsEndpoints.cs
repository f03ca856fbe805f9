using Jiafu.Contracts.Training;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Jiafu.Training.Features.Statistics;

internal static class StatisticsEndpoints
{
    public static RouteGroupBuilder MapStatisticsEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("", async Task<Ok<TrainingStatistics>> (int year, int? quarter, int? month, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetTrainingStatistics(year, quarter, month), ct)))
            .RequireAuthorization(TrainingModule.Policies.Read)
            .WithName("GetTrainingStatistics").WithSummary("Training statistics (培训统计)")
            .WithDescription("For a `year` (optionally one `quarter` or `month`): classes starting in the period by status, seats taken, "
                + "completions (结业人次) by the trainee's street, programme category, trainee category (失业人员, 就业困难人员 …) and "
                + "month, certificates issued (鉴定取证), classes running now, and the yearly target (`Training:AnnualTarget`, 2000). "
                + "Street officers see their street's trainees, providers their own classes. An empty period gives zeros.")
            .Produces<TrainingStatistics>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return group;
    }
}
