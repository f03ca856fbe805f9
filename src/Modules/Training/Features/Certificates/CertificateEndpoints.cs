using Jiafu.Shared.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Jiafu.Training.Features.Certificates;

internal static class CertificateEndpoints
{
    public static RouteGroupBuilder MapCertificateEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/certificates/{code}", async Task<Ok<CertificateVerification>> (string code, IMediator mediator, HttpResponse response, CancellationToken ct) =>
            {
                response.Headers.CacheControl = "no-store";
                return TypedResults.Ok(await mediator.Send(new VerifyCertificate(code), ct));
            })
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicies.Directory)
            .WithName("VerifyTrainingCertificate").WithSummary("Verify a training certificate (证书验证)")
            .WithDescription("Public and anonymous, rate-limited per client address. By the verification code printed on the certificate "
                + "(case and dashes ignored): the holder's masked name (张*明), programme, category, skill level, issue date, `validUntil` and "
                + "`status` (Valid, Expired or Revoked). An unknown code, or one whose check character is wrong, is 404.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        group.MapGet("/enrollments/{id:guid}/certificate", async Task<Ok<CertificateResponse>> (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetCertificate(id), ct)))
            .RequireAuthorization(TrainingModule.Policies.Read)
            .WithName("GetTrainingCertificate").WithSummary("Certificate of an enrollment (培训证书)")
            .WithDescription("The full certificate for viewing and printing: holder, masked ID number, programme, class, provider, hours, "
                + "skill level, number, dates, verification code and status. No certificate, or out of scope: 404.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/certificates/{code}/revoke", async Task<Ok<CertificateResponse>> (
                string code, RevokeCertificateRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RevokeCertificate(code, body.Reason), ct)))
            .RequireAuthorization(TrainingModule.Policies.Manage)
            .WithName("RevokeTrainingCertificate").WithSummary("Revoke a certificate (撤销证书)")
            .WithIdempotency()
            .WithDescription("`reason` is required. Already revoked: 409. The public check answers `Revoked` from now on and the register "
                + "hears of it (`CertificateRevoked`). Administrators and district officers.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }
}
