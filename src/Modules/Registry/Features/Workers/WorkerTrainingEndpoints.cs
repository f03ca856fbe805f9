using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Jiafu.Registry.Features.Workers;

internal static class WorkerTrainingEndpoints
{
    public static RouteGroupBuilder MapWorkerTrainingEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/training", async Task<Ok<IReadOnlyList<WorkerTrainingResponse>>> (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListWorkerTraining(id), ct)))
            .RequireAuthorization(RegistryModule.Policies.Read)
            .WithName("ListWorkerTraining").WithSummary("Training history and certificates (培训经历与证书)")
            .WithDescription("Classes the worker completed and certificates issued to them (with their verification codes and whether "
                + "revoked), newest first, as reported by the Training module's events (matched by the ID number's keyed hash, so training "
                + "taken before registration shows too). Out of the caller's scope: 404.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }
}
