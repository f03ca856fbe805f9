using Jiafu.Shared.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Jiafu.Identity.Features.Auth;

internal static class LogoutEndpoint
{
    public static RouteGroupBuilder MapLogout(this RouteGroupBuilder group)
    {
        group.MapPost("/logout", async Task<NoContent> (Logout command, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(command, ct);
                return TypedResults.NoContent();
            })
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicies.Auth)
            .WithName("Logout")
            .WithSummary("Sign out (退出登录)")
            .WithDescription("Revokes the refresh token and all tokens rotated from the same sign-in. Idempotent; "
                + "the refresh token itself is the credential, so an expired access token does not prevent signing out.")
            .ProducesValidationProblem();
        return group;
    }
}
