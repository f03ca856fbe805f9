using Jiafu.Shared.Http;
using Jiafu.Shared.Paging;
using Jiafu.Training.Domain;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Jiafu.Training.Features.Classes;

internal static class ClassEndpoints
{
    public const string BasePath = "/api/v1/training/classes";

    private const string Scoped = " Providers (institution operators, bound API clients) see their own classes, street officers the classes held in "
        + "their street or attended by their street's trainees; others answer 404.";

    public static RouteGroupBuilder MapClassEndpoints(this RouteGroupBuilder group)
    {
        group.RequireAuthorization(TrainingModule.Policies.Read)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("", async Task<Ok<PagedResult<ClassResponse>>> ([AsParameters] ListClasses query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListTrainingClasses").WithSummary("List training classes (培训班列表)")
            .WithDescription("Filters `programmeId`, `institutionId`, `status`, `year` (start date), `category`, `search`; sort `startDate` "
                + "(default descending), `name`, `createdAt`." + Scoped)
            .ProducesValidationProblem();

        group.MapPost("", async Task<Created<ClassResponse>> (CreateClass command, IMediator mediator, HttpResponse response, CancellationToken ct) =>
            {
                var cls = await mediator.Send(command, ct);
                response.SetETag(cls.Version);
                return TypedResults.Created($"{BasePath}/{cls.Id}", cls);
            })
            .RequireAuthorization(TrainingModule.Policies.Write)
            .WithName("CreateTrainingClass").WithSummary("Schedule a training class (新建培训班)")
            .WithIdempotency()
            .WithDescription("A class of a programme the caller may manage (providers: their own programmes; 404 otherwise), with dates, "
                + "location, capacity (1–500) and teacher; it starts `Planned`. The start year must be one the programme runs in.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:guid}", async Task<Ok<ClassResponse>> (Guid id, IMediator mediator, HttpResponse response, CancellationToken ct) =>
            {
                var cls = await mediator.Send(new GetClass(id), ct);
                response.SetETag(cls.Version);
                return TypedResults.Ok(cls);
            })
            .WithName("GetTrainingClass").WithSummary("Get a training class (培训班详情)")
            .WithDescription("With seats taken and left." + Scoped)
            .ProducesProblem(StatusCodes.Status404NotFound);

        MapAction(group, "open", ClassAction.Open, "OpenTrainingClass", "Open a class for enrollment (开放报名)", "Planned → Open.");
        MapAction(group, "start", ClassAction.Start, "StartTrainingClass", "Start a class (开班)", "Open → InProgress; attendance is recorded from now on.");
        MapAction(group, "complete", ClassAction.Complete, "CompleteTrainingClass", "Complete a class (结业)",
            "InProgress → Completed. Each enrolled trainee whose attended hours reach the programme's `requiredHours` becomes `Completed` "
            + "(a `TraineeCompleted` event tells the register), the others `NotCompleted`.");
        MapAction(group, "settle", ClassAction.Settle, "SettleTrainingClass", "Settle a class (结算)",
            "Completed → Settled, once the training subsidy is claimed. Administrators and district officers.")
            .RequireAuthorization(TrainingModule.Policies.Manage);
        MapAction(group, "cancel", ClassAction.Cancel, "CancelTrainingClass", "Cancel a class (取消培训班)",
            "Planned, Open or InProgress → Cancelled; `reason` is required (400 `errors.reason`). Every seat is freed.");
        return group;
    }

    private static RouteHandlerBuilder MapAction(RouteGroupBuilder group, string path, ClassAction action, string name, string summary, string description) =>
        group.MapPost("/{id:guid}/" + path, async Task<Ok<ClassResponse>> (
                Guid id, ClassActionRequest? body, IMediator mediator, HttpResponse response, CancellationToken ct) =>
            {
                var cls = await mediator.Send(new ChangeClassStatus(id, action, body?.Reason), ct);
                response.SetETag(cls.Version);
                return TypedResults.Ok(cls);
            })
            .RequireAuthorization(TrainingModule.Policies.Write)
            .WithName(name).WithSummary(summary)
            .WithIdempotency()
            .WithDescription(description + " Any other state: 409 `invalid_transition`. Street officers: 403." + Scoped)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
