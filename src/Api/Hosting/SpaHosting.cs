namespace Jiafu.Api.Hosting;

internal static class SpaHosting
{
    /// <summary>
    /// Serves <c>index.html</c> for client-side routes: GET requests that matched no endpoint and are not
    /// API, health or Swagger paths. Being a middleware rather than a fallback endpoint, it leaves routing's
    /// own 404, 405 and 415 answers for API paths intact.
    /// </summary>
    public static WebApplication UseSpaFallback(this WebApplication app)
    {
        var index = Path.Combine(app.Environment.WebRootPath ?? Path.Combine(app.Environment.ContentRootPath, "wwwroot"), "index.html");
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path;
            if (context.GetEndpoint() is not null || !HttpMethods.IsGet(context.Request.Method) || !File.Exists(index)
                || path.StartsWithSegments("/api") || path.StartsWithSegments("/health") || path.StartsWithSegments("/swagger"))
            {
                await next(context);
                return;
            }

            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.Headers.CacheControl = "no-cache";
            await context.Response.SendFileAsync(index);
        });
        return app;
    }
}
