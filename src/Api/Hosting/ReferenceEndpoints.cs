using Jiafu.Shared.District;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Jiafu.Api.Hosting;

internal static class ReferenceEndpoints
{
    public static IEndpointRouteBuilder MapReferenceEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/reference/streets", Ok<IReadOnlyList<Street>> (IOptions<DistrictOptions> district) =>
                TypedResults.Ok(district.Value.EffectiveStreets))
            .RequireAuthorization()
            .WithTags("Reference 基础数据")
            .WithName("ListStreets")
            .WithSummary("Streets and towns of the district (街道、镇)")
            .WithDescription("Codes and names from configuration `District:Streets`; defaults to Kundulun District's 13 streets and 2 towns.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        return endpoints;
    }
}
