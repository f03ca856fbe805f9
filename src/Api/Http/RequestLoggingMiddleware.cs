using System.Diagnostics;

namespace Jiafu.Api.Http;

/// <summary>
/// One structured log line per request (method, path without query string, status, duration) under the
/// request's trace id, which is also echoed in the <c>X-Trace-Id</c> header and in problem details.
/// The query string is not logged: it may carry personal data.
/// </summary>
internal sealed class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var traceId = Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;
        context.Response.OnStarting(() =>
        {
            context.Response.Headers["X-Trace-Id"] = traceId;
            return Task.CompletedTask;
        });
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var level = context.Response.StatusCode >= 500 ? LogLevel.Error : LogLevel.Information;
            if (logger.IsEnabled(level))
            {
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                logger.Log(level, "HTTP {Method} {Path} responded {StatusCode} in {ElapsedMs:0.0} ms",
                    context.Request.Method, context.Request.Path.Value, context.Response.StatusCode, elapsed);
            }
        }
    }
}
