using System.Threading.RateLimiting;
using Jiafu.Shared.Security;
using Microsoft.AspNetCore.Mvc;

namespace Jiafu.Api.Http;

/// <summary>Configuration section <c>RateLimiting</c>: limits on the sign-in and token endpoints per client address.</summary>
internal sealed class RateLimitingOptions
{
    public int AuthPermitLimit { get; set; } = 20;

    public TimeSpan AuthWindow { get; set; } = TimeSpan.FromMinutes(1);

    public int DirectoryPermitLimit { get; set; } = 120;

    public TimeSpan DirectoryWindow { get; set; } = TimeSpan.FromMinutes(1);
}

internal static class RateLimiting
{
    public static IServiceCollection AddJiafuRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("RateLimiting").Get<RateLimitingOptions>() ?? new RateLimitingOptions();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(RateLimitPolicies.Auth, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.AuthPermitLimit, Window = options.AuthWindow, QueueLimit = 0 }));
            o.AddPolicy(RateLimitPolicies.Directory, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.DirectoryPermitLimit, Window = options.DirectoryWindow, QueueLimit = 0 }));
            o.OnRejected = async (context, ct) =>
            {
                var seconds = (int)options.AuthWindow.TotalSeconds;
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    seconds = (int)Math.Ceiling(retryAfter.TotalSeconds);
                }

                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = 429, Title = "Too many requests",
                        Detail = $"Too many requests from this address; retry after {seconds} seconds. 请求过于频繁，请稍后再试。",
                        Extensions = { ["code"] = "rate_limited" },
                    },
                });
            };
        });
        return services;
    }
}
