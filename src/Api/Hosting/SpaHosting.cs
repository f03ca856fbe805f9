namespace Jiafu.Api.Hosting;

internal static class SpaHosting
{
    /// <summary>
    /// Serves <c>index.html</c> for client-side routes. API, health and Swagger paths are excluded so an
    /// unknown API path is a 404 problem, not the SPA.
    /// </summary>
    public static WebApplication MapSpaFallback(this WebApplication app)
    {
        var index = Path.Combine(app.Environment.WebRootPath ?? Path.Combine(app.Environment.ContentRootPath, "wwwroot"), "index.html");
        app.MapFallback(async context =>
        {
            var path = context.Request.Path;
            if (path.StartsWithSegments("/api") || path.StartsWithSegments("/health") || path.StartsWithSegments("/swagger")
                || !HttpMethods.IsGet(context.Request.Method) || !File.Exists(index))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.Headers.CacheControl = "no-cache";
            await context.Response.SendFileAsync(index);
        }).ExcludeFromDescription();
        return app;
    }
}
