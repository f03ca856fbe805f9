using System.Text.Json;
using FluentValidation;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Persistence;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Api.Http;

/// <summary>
/// Turns exceptions into RFC 9457 problem details: validation → 400 with camelCase field keys,
/// not found → 404, forbidden → 403, conflict → 409, stale version → 412, anything else → 500 without internals.
/// </summary>
internal sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = Map(exception);
        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            logger.LogError(exception, "A database is unavailable on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }
        else if (problem.Status >= 500)
        {
            logger.LogError(exception, "Unhandled exception on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }
        else
        {
            logger.LogInformation("Request rejected with {Status}: {Reason}", problem.Status, problem.Detail ?? problem.Title);
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    /// <summary>What a 503 asks the client to wait before retrying.</summary>
    private const int RetryAfterSeconds = 5;

    private static ProblemDetails Map(Exception exception) => exception switch
    {
        _ when exception.IsDatabaseUnavailable() => new ProblemDetails
        {
            Status = 503, Title = "Service unavailable",
            Detail = $"A database is busy or unavailable; nothing was changed. Retry in {RetryAfterSeconds} seconds.",
            Extensions = { ["code"] = "database_unavailable" },
        },
        ValidationException v => Validation(v.Errors.GroupBy(e => FieldPath.ToJsonPath(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray())),
        FieldValidationException f => Validation(f.Errors.ToDictionary(e => FieldPath.ToJsonPath(e.Key), e => e.Value)),
        BadHttpRequestException b => BadRequest(b),
        NotFoundException e => Problem(404, "Not found", e),
        ForbiddenException e => Problem(403, "Forbidden", e),
        ConflictException e => WithField(Problem(409, "Conflict", e), e.Field, e.Message),
        PreconditionFailedException e => Problem(412, "Precondition failed", e),
        PreconditionRequiredException e => Problem(428, "Precondition required", e),
        PayloadTooLargeException e => Problem(413, "Payload too large", e),
        AuthenticationFailedException e => WithLockout(Problem(401, "Unauthorized", e), e),
        DbUpdateConcurrencyException => new ProblemDetails
        {
            Status = 412, Title = "Precondition failed",
            Detail = new PreconditionFailedException().Message, Extensions = { ["code"] = "stale_version" },
        },
        DbUpdateException d when d.IsUniqueViolation() => new ProblemDetails
        {
            Status = 409, Title = "Conflict",
            Detail = "A record with the same unique value already exists.", Extensions = { ["code"] = "duplicate" },
        },
        _ => new ProblemDetails
        {
            Status = 500, Title = "Internal server error",
            Detail = "An unexpected error occurred. Quote the traceId when reporting it.",
        },
    };

    private static ProblemDetails Problem(int status, string title, JiafuException e) => new()
    {
        Status = status, Title = title, Detail = e.Message, Extensions = { ["code"] = e.Code },
    };

    private static ValidationProblemDetails Validation(IDictionary<string, string[]> errors) => new(errors)
    {
        Status = 400,
        Title = "One or more fields are invalid.",
        Detail = string.Join(" ", errors.Take(3).Select(e => $"{e.Key}: {e.Value.FirstOrDefault()}")),
        Extensions = { ["code"] = "validation_failed" },
    };

    private static ProblemDetails BadRequest(BadHttpRequestException exception)
    {
        if (exception.InnerException is JsonException { Path: { } path } json)
        {
            var field = FieldPath.ToJsonPath(path.TrimStart('$').TrimStart('.'));
            var message = $"The value is not valid JSON for this field{(json.Message.Contains("could not be converted", StringComparison.Ordinal) ? " (wrong type)" : "")}.";
            return Validation(new Dictionary<string, string[]> { [string.IsNullOrEmpty(field) ? "body" : field] = [message] });
        }

        return new ProblemDetails
        {
            Status = exception.StatusCode,
            Title = "Bad request",
            Detail = exception.InnerException is JsonException ? "The request body is not valid JSON." : exception.Message,
            Extensions = { ["code"] = "bad_request" },
        };
    }

    private static ProblemDetails WithField(ProblemDetails problem, string? field, string message)
    {
        if (field is not null)
        {
            problem.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [message] };
        }

        return problem;
    }

    private static ProblemDetails WithLockout(ProblemDetails problem, AuthenticationFailedException e)
    {
        if (e.LockoutEnd is { } end)
        {
            problem.Extensions["lockoutEnd"] = end;
        }

        return problem;
    }
}
