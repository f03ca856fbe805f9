using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Jiafu.Training.Features.Attendance;

internal static class AttendanceEndpoints
{
    public static RouteGroupBuilder MapAttendanceEndpoints(this RouteGroupBuilder group)
    {
        group.RequireAuthorization(TrainingModule.Policies.Read)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/{classId:guid}/attendance", async Task<Ok<AttendanceSheet>> (Guid classId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetAttendanceSheet(classId), ct)))
            .WithName("GetAttendanceSheet").WithSummary("Attendance grid of a class (考勤表)")
            .WithDescription("Session dates, and per trainee the hours of each session, the total and whether it reaches the programme's "
                + "`requiredHours`. Out of scope: 404.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{classId:guid}/attendance", async Task<Ok<AttendanceSheet>> (
                Guid classId, RecordAttendanceRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RecordAttendance(classId, body.SessionDate, body.Entries), ct)))
            .RequireAuthorization(TrainingModule.Policies.Write)
            .WithName("RecordAttendance").WithSummary("Record a session's attendance (录入考勤)")
            .WithDescription("Bulk entry for one session: `{ sessionDate, entries: [{ enrollmentId, hours }] }` (hours 0–24, one decimal). "
                + "Recording a date again replaces that date's hours; totals are recomputed. The class must be `InProgress` (409 "
                + "`class_not_in_progress`) and the date within its dates (400 `errors.sessionDate`); an enrollment not in the class: "
                + "400 `errors['entries[i].enrollmentId']`. Providers for their own classes and district officers.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }
}
