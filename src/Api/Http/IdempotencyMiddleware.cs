using System.Security.Cryptography;
using System.Text;
using Jiafu.Shared.Idempotency;
using Jiafu.Shared.Security;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Jiafu.Api.Http;

/// <summary>
/// <c>Idempotency-Key</c> on endpoints marked <c>.WithIdempotency()</c>: the key is claimed in the idempotency
/// database before the handler runs (unique per caller), and the response (2xx, or 4xx other than 409/429) is
/// stored when it finishes. A repeat with the same request returns the stored response without running the
/// handler; another request under the same key is a 422; a repeat while the first runs is a 409.
/// Runs after authorization, so keys are scoped to the signed-in caller (user or API client).
/// </summary>
internal sealed class IdempotencyMiddleware(RequestDelegate next, ILogger<IdempotencyMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<IdempotentEndpointMetadata>() is null
            || !context.Request.Headers.TryGetValue(IdempotencyModule.HeaderName, out var values))
        {
            await next(context);
            return;
        }

        var currentUser = context.RequestServices.GetRequiredService<ICurrentUser>();
        if (!currentUser.IsAuthenticated || currentUser.Id is null)
        {
            await next(context);
            return;
        }

        if (values.Count != 1 || !IsValidKey(values[0]))
        {
            await WriteProblemAsync(context, new HttpValidationProblemDetails(new Dictionary<string, string[]>
            {
                [IdempotencyModule.HeaderName] =
                    [$"The {IdempotencyModule.HeaderName} header must be one value of 1 to {IdempotencyRecord.MaxKeyLength} visible ASCII characters (for example a UUID)."],
            })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "One or more validation errors occurred.",
                Detail = $"Invalid {IdempotencyModule.HeaderName} header.",
                Extensions = { ["code"] = "invalid_idempotency_key" },
            });
            return;
        }

        var key = values[0]!;
        var caller = (currentUser.IsClient ? "client:" : "user:") + currentUser.Id;
        var requestHash = await HashRequestAsync(context.Request, context.RequestAborted);
        var store = context.RequestServices.GetRequiredService<IdempotencyStore>();
        var claim = await store.ClaimAsync(caller, key, requestHash, context.Request.Method, context.Request.Path, context.RequestAborted);
        switch (claim.Outcome)
        {
            case IdempotencyClaimOutcome.Replay:
                await ReplayAsync(context, claim.Stored!);
                return;
            case IdempotencyClaimOutcome.Mismatch:
                await WriteProblemAsync(context, new ProblemDetails
                {
                    Status = StatusCodes.Status422UnprocessableEntity,
                    Title = "Idempotency key reused",
                    Detail = $"This {IdempotencyModule.HeaderName} was already used for a different request (method, path or body). Use a new key for a new request.",
                    Extensions = { ["code"] = "idempotency_key_reused" },
                });
                return;
            case IdempotencyClaimOutcome.InFlight:
                await WriteProblemAsync(context, new ProblemDetails
                {
                    Status = StatusCodes.Status409Conflict,
                    Title = "Conflict",
                    Detail = $"A request with this {IdempotencyModule.HeaderName} is still being processed. Retry it after a moment to get its response.",
                    Extensions = { ["code"] = "idempotency_in_flight" },
                });
                return;
        }

        await RunAndStoreAsync(context, store, claim.ClaimId);
    }

    private async Task RunAndStoreAsync(HttpContext context, IdempotencyStore store, Guid claimId)
    {
        var original = context.Response.Body;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        var keep = false;
        try
        {
            try
            {
                await next(context);
            }
            catch (Exception ex) when (!context.Response.HasStarted)
            {
                // Turned into its problem here (not by the outer exception handler), so a 4xx problem is stored too.
                if (!await HandleExceptionAsync(context, ex))
                {
                    throw;
                }
            }

            var status = context.Response.StatusCode;
            var maxBytes = context.RequestServices.GetRequiredService<IOptions<IdempotencyOptions>>().Value.MaxStoredResponseBytes;
            keep = IsStored(status) && buffer.Length <= maxBytes;
            if (keep)
            {
                try
                {
                    await store.CompleteAsync(claimId, status, context.Response.ContentType,
                        context.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null,
                        context.Response.Headers.ETag.ToString() is { Length: > 0 } etag ? etag : null,
                        buffer.ToArray());
                }
                catch (Exception ex)
                {
                    // The change is done; the key stays claimed (a repeat gets 409 until it expires) rather than running twice.
                    logger.LogError(ex, "The response to {Method} {Path} could not be stored under its idempotency key",
                        context.Request.Method, context.Request.Path);
                }
            }
        }
        finally
        {
            context.Response.Body = original;
            if (!keep)
            {
                await ReleaseQuietlyAsync(store, claimId);
            }
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    private static async Task<bool> HandleExceptionAsync(HttpContext context, Exception exception)
    {
        context.Response.Clear();
        foreach (var handler in context.RequestServices.GetServices<IExceptionHandler>())
        {
            if (await handler.TryHandleAsync(context, exception, context.RequestAborted))
            {
                return true;
            }
        }

        return false;
    }

    private async Task ReleaseQuietlyAsync(IdempotencyStore store, Guid claimId)
    {
        try
        {
            await store.ReleaseAsync(claimId);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "An idempotency key could not be released; it blocks repeats until it expires");
        }
    }

    /// <summary>Successes and client errors are final; 409 and 429 may clear, and 5xx may succeed on a retry.</summary>
    private static bool IsStored(int status) =>
        status is >= 200 and < 300
        || (status is >= 400 and < 500 && status != StatusCodes.Status409Conflict && status != StatusCodes.Status429TooManyRequests);

    private static async Task ReplayAsync(HttpContext context, IdempotencyRecord stored)
    {
        var response = context.Response;
        response.StatusCode = stored.StatusCode ?? StatusCodes.Status200OK;
        if (stored.ContentType is not null)
        {
            response.ContentType = stored.ContentType;
        }

        if (stored.Location is not null)
        {
            response.Headers.Location = stored.Location;
        }

        if (stored.ETag is not null)
        {
            response.Headers.ETag = stored.ETag;
        }

        response.Headers[IdempotencyModule.ReplayedHeaderName] = "true";
        var body = stored.ResponseBody ?? [];
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, context.RequestAborted);
    }

    private static async Task WriteProblemAsync(HttpContext context, ProblemDetails problem)
    {
        context.Response.StatusCode = problem.Status!.Value;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = problem,
        });
    }

    /// <summary>1–255 visible ASCII characters (0x21–0x7E).</summary>
    internal static bool IsValidKey(string? key) =>
        key is { Length: > 0 and <= IdempotencyRecord.MaxKeyLength } && key.All(c => c is >= '!' and <= '~');

    /// <summary>SHA-256 of method, path, query and body: the request is compared, never stored.</summary>
    private static async Task<string> HashRequestAsync(HttpRequest request, CancellationToken ct)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{request.Method}\n{request.Path}{request.QueryString}\n"));
        request.EnableBuffering();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            hash.AppendData(chunk, 0, read);
        }

        request.Body.Position = 0;
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
