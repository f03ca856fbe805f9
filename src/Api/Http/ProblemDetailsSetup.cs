using System.Diagnostics;

namespace Jiafu.Api.Http;

internal static class ProblemDetailsSetup
{
    public static IServiceCollection AddJiafuProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            problem.Instance ??= context.HttpContext.Request.Path;
            problem.Type ??= problem.Status switch
            {
                StatusCodes.Status428PreconditionRequired => "https://www.rfc-editor.org/rfc/rfc6585#section-3",
                StatusCodes.Status429TooManyRequests => "https://www.rfc-editor.org/rfc/rfc6585#section-4",
                _ => null,
            };
            problem.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier;
        });
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        return services;
    }
}
