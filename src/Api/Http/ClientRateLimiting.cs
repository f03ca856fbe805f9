using System.Collections.Concurrent;
using System.Globalization;
using Jiafu.Shared.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Jiafu.Api.Http;

/// <summary>
/// Configuration section <c>RateLimiting:Clients</c>: requests per API client in a fixed window. A client's limit is the
/// highest limit among its scopes in <see cref="Scopes"/>, or <see cref="PermitLimit"/> when none of its scopes is listed.
/// </summary>
internal sealed class ClientRateLimitOptions
{
    public const string SectionName = "RateLimiting:Clients";

    public bool Enabled { get; set; } = true;

    /// <summary>Requests per window for a client whose scopes have no limit of their own.</summary>
    public int PermitLimit { get; set; } = 600;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Requests per window by scope, e.g. <c>"vouchers.services.write": 1200</c> for a platform that records many services.</summary>
    public Dictionary<string, int> Scopes { get; set; } = new(StringComparer.Ordinal);

    public int LimitFor(IEnumerable<string> scopes)
    {
        var limits = scopes.Select(s => Scopes.TryGetValue(s, out var limit) ? limit : (int?)null).OfType<int>().ToList();
        return limits.Count == 0 ? PermitLimit : limits.Max();
    }
}

/// <summary>
/// Limits the requests of each API client (by its id, whatever address it calls from) in a fixed window, and tells it where
/// it stands on every response: <c>RateLimit-Limit</c>, <c>RateLimit-Remaining</c>, <c>RateLimit-Reset</c> (seconds) and
/// <c>RateLimit-Policy</c> (IETF draft "RateLimit header fields for HTTP"). Beyond the limit: 429 with <c>Retry-After</c>.
/// Users of the web dashboard are not limited here. The counters are per host (in memory).
/// </summary>
internal sealed class ClientRateLimitMiddleware(RequestDelegate next, IOptionsMonitor<ClientRateLimitOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);

    public async Task InvokeAsync(HttpContext context, ICurrentUser current, IProblemDetailsService problems)
    {
        var o = options.CurrentValue;
        if (!o.Enabled || !current.IsAuthenticated || !current.IsClient || current.Id is not { } clientId)
        {
            await next(context);
            return;
        }

        var limit = Math.Max(1, o.LimitFor(current.Scopes));
        var now = time.GetUtcNow();
        var window = _windows.GetOrAdd(clientId, _ => new Window());
        int count;
        DateTimeOffset resetAt;
        lock (window)
        {
            if (now >= window.Start + o.Window)
            {
                window.Start = now;
                window.Count = 0;
            }

            count = ++window.Count;
            resetAt = window.Start + o.Window;
        }

        var reset = Math.Max(1, (int)Math.Ceiling((resetAt - now).TotalSeconds));
        var remaining = Math.Max(0, limit - count);
        var headers = (limit, remaining, reset, window: (int)o.Window.TotalSeconds);
        // Set on start: the exception handler clears headers before writing a problem.
        context.Response.OnStarting(() =>
        {
            var h = context.Response.Headers;
            h["RateLimit-Limit"] = headers.limit.ToString(CultureInfo.InvariantCulture);
            h["RateLimit-Remaining"] = headers.remaining.ToString(CultureInfo.InvariantCulture);
            h["RateLimit-Reset"] = headers.reset.ToString(CultureInfo.InvariantCulture);
            h["RateLimit-Policy"] = string.Create(CultureInfo.InvariantCulture, $"{headers.limit};w={headers.window}");
            return Task.CompletedTask;
        });

        if (count > limit)
        {
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = reset.ToString(CultureInfo.InvariantCulture);
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = 429, Title = "Too many requests",
                    Detail = $"This API client may send {limit} requests per {headers.window} seconds; retry after {reset} seconds. "
                        + "请求过于频繁，请稍后再试。",
                    Extensions = { ["code"] = "rate_limited" },
                },
            });
            return;
        }

        await next(context);
    }

    private sealed class Window
    {
        public DateTimeOffset Start { get; set; } = DateTimeOffset.MinValue;

        public int Count { get; set; }
    }
}
