using Jiafu.Shared.Paging;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Jiafu.Registry.Features.Directory;

internal static class DirectoryEndpoints
{
    public static RouteGroupBuilder MapDirectoryEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/institutions", async Task<Ok<PagedResult<DirectoryInstitution>>> (
                [AsParameters] ListDirectoryInstitutions query, IMediator mediator, HttpResponse response, CancellationToken ct) =>
            {
                response.Headers.CacheControl = "public, max-age=60";
                return TypedResults.Ok(await mediator.Send(query, ct));
            })
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicies.Directory)
            .WithName("ListDirectoryInstitutions")
            .WithSummary("Public directory of recognised institutions (家庭服务机构名录)")
            .WithDescription("For O2O platforms and the alliance platform (互联网+家政): recognised (认定), active institutions only, "
                + "public fields only; filters `businessFormat`, `streetCode`, `search`; anonymous and rate-limited per client address.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return group;
    }
}
