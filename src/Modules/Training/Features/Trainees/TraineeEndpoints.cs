using Jiafu.Shared.Paging;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Jiafu.Training.Features.Trainees;

internal static class TraineeEndpoints
{
    public static RouteGroupBuilder MapTraineeEndpoints(this RouteGroupBuilder group)
    {
        group.RequireAuthorization(TrainingModule.Policies.Read)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("", async Task<Ok<PagedResult<TraineeListItem>>> ([AsParameters] ListTrainees query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListTrainees").WithSummary("List trainees (学员库)")
            .WithDescription("Filters `streetCode`, `category`, `search` (part of the name, or a full resident ID number matched exactly); sort "
                + "`name` (default), `createdAt`. ID numbers are masked. Street officers see their street's trainees, providers the "
                + "trainees of their classes.")
            .ProducesValidationProblem();
        return group;
    }
}
