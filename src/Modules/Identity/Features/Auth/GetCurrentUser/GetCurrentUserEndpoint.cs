using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Jiafu.Identity.Features.Auth;

internal static class GetCurrentUserEndpoint
{
    public static RouteGroupBuilder MapCurrentUser(this RouteGroupBuilder group)
    {
        group.MapGet("/me", async Task<Ok<CurrentUserResponse>> (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetCurrentUser(), ct)))
            .RequireAuthorization()
            .WithName("GetCurrentUser")
            .WithSummary("The signed-in user or API client (当前用户)")
            .WithDescription("Identity, roles, data scope (street 街道 / institution 机构) and derived permissions of the caller.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        return group;
    }
}
