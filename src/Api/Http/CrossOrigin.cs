namespace Jiafu.Api.Http;

/// <summary>Configuration section <c>Cors</c>. Closed by default: no origin may call the API from a browser.</summary>
public sealed class CorsOptions
{
    public const string SectionName = "Cors";

    /// <summary>Origins of partner web applications allowed to call the API from a browser (e.g. <c>https://o2o.example.cn</c>).</summary>
    public string[] AllowedOrigins { get; set; } = [];
}

internal static class CrossOrigin
{
    public static IServiceCollection AddJiafuCors(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = configuration.GetSection(CorsOptions.SectionName).Get<CorsOptions>()?.AllowedOrigins ?? [];
        var invalid = origins.Where(o => !Uri.TryCreate(o, UriKind.Absolute, out var uri) || uri.AbsolutePath != "/" || o.EndsWith('/')).ToArray();
        if (invalid.Length > 0)
        {
            throw new InvalidOperationException(
                $"Cors:AllowedOrigins must be origins such as https://partner.example.cn (scheme and host, no path): {string.Join(", ", invalid)}");
        }

        services.AddCors(o => o.AddDefaultPolicy(p =>
        {
            if (origins.Length > 0)
            {
                p.WithOrigins(origins)
                    .WithMethods("GET", "POST", "PUT", "DELETE")
                    .WithHeaders("Authorization", "Content-Type", "If-Match", "Idempotency-Key", "Accept-Language")
                    .WithExposedHeaders("ETag", "Location", "X-Trace-Id", "Retry-After", "Content-Disposition", "Idempotent-Replayed")
                    .SetPreflightMaxAge(TimeSpan.FromHours(1));
            }
        }));
        return services;
    }
}
