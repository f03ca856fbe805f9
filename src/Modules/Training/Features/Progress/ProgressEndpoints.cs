using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Jiafu.Training.Features.Progress;

internal static class ProgressEndpoints
{
    public static RouteGroupBuilder MapProgressEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("", async Task<Ok<TargetProgress>> (int? year, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetTargetProgress(year), ct)))
            .RequireAuthorization(TrainingModule.Policies.Read)
            .WithName("GetTrainingTargetProgress").WithSummary("Yearly training target progress (年度培训目标进度)")
            .WithDescription("For `year` (default: this year in China): the target (`Training:AnnualTarget`, 2000 a year by the plan), "
                + "completions (结业人次) so far and their percentage, certificates issued, seats taken, and completions by programme "
                + "category, by the trainee's street and by month (with the running total). Street officers see their street's trainees, "
                + "providers their own classes.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return group;
    }
}
