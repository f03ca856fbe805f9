using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Jiafu.Training.Features.Enrollments;

internal static class EnrollmentEndpoints
{
    /// <summary>Maps <c>/classes/{classId}/enrollments</c> and <c>/enrollments/{id}/…</c> on the module's root group.</summary>
    public static RouteGroupBuilder MapEnrollmentEndpoints(this RouteGroupBuilder group)
    {
        group.RequireAuthorization(TrainingModule.Policies.Read)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/classes/{classId:guid}/enrollments", async Task<Ok<IReadOnlyList<EnrollmentResponse>>> (
                Guid classId, bool? includeWithdrawn, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListEnrollments(classId, includeWithdrawn ?? false), ct)))
            .WithName("ListClassEnrollments").WithSummary("Class roster (学员名单)")
            .WithDescription("The class's trainees with attended hours, completion and assessment, ordered by name; withdrawn seats only with "
                + "`includeWithdrawn=true`. ID numbers and phones masked. A street officer sees only their street's trainees of a class held "
                + "in another street. Out of scope: 404.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/classes/{classId:guid}/enrollments", async Task<Created<EnrollmentResponse>> (
                Guid classId, EnrollTraineeRequest body, IMediator mediator, CancellationToken ct) =>
            {
                var enrollment = await mediator.Send(
                    new EnrollTrainee(classId, body.IdNumber, body.Name, body.Phone, body.Category, body.StreetCode), ct);
                return TypedResults.Created($"/api/v1/training/enrollments/{enrollment.Id}", enrollment);
            })
            .RequireAuthorization(TrainingModule.Policies.Write)
            .WithName("EnrollTrainee").WithSummary("Enroll a person in a class (报名)")
            .WithIdempotency()
            .WithDescription("By resident ID number (validated, stored encrypted, de-duplicated by its keyed hash): linked to the Registry "
                + "worker when the register knows the person (the street defaults to the employer's), otherwise registered as a trainee "
                + "with their category (失业人员, 就业困难人员, …) and `streetCode` (400 without it). The class must be `Open` (409 "
                + "`class_not_open`); seats are counted by the database in the same transaction (409 `class_full`, never more than "
                + "`capacity`); a person already in this class (409 `already_enrolled`) or in a class on overlapping dates (409 "
                + "`overlapping_class`) is refused. Providers for their own classes and district officers; street officers 403.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/enrollments/{id:guid}/assessment", async Task<Ok<EnrollmentResponse>> (
                Guid id, AssessEnrollmentRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new AssessEnrollment(id, body.Result, body.SkillLevel, body.CertificateNumber, body.AssessedOn), ct)))
            .RequireAuthorization(TrainingModule.Policies.Write)
            .WithName("AssessEnrollment").WithSummary("Record an assessment result (录入鉴定结果)")
            .WithIdempotency()
            .WithDescription("Only for a trainee who completed the class (409 `not_completed`). `result` Passed or Failed; when passed, "
                + "`skillLevel` and `certificateNumber` are required and a certificate is issued with an unguessable verification code "
                + "(`certificateCode`) that anyone can check at `GET /api/v1/training/certificates/{code}`. A failed assessment may be "
                + "recorded again (补考); a passed one is final (409 `already_assessed`).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/enrollments/{id:guid}/withdraw", async Task<Ok<EnrollmentResponse>> (
                Guid id, WithdrawEnrollmentRequest? body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new WithdrawEnrollment(id, body?.Reason), ct)))
            .RequireAuthorization(TrainingModule.Policies.Write)
            .WithName("WithdrawEnrollment").WithSummary("Withdraw a trainee (退出培训班)")
            .WithIdempotency()
            .WithDescription("While the class is open or in progress; the seat is freed. Otherwise 409 `invalid_transition`.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }
}
