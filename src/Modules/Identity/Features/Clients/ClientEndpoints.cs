using Jiafu.Shared.Paging;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Jiafu.Identity.Features.Clients;

internal static class ClientEndpoints
{
    public static RouteGroupBuilder MapClientEndpoints(this RouteGroupBuilder group)
    {
        group.RequireAuthorization(Policies.ManageClients)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("", async Task<Ok<PagedResult<ApiClientResponse>>> ([AsParameters] ListClients query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListApiClients").WithSummary("List API clients (接入客户端列表)")
            .WithDescription("Role Admin.")
            .ProducesValidationProblem();

        group.MapPost("", async Task<Created<CreatedApiClientResponse>> (CreateClient command, IMediator mediator, CancellationToken ct) =>
            {
                var client = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/v1/identity/clients/{client.Id}", client);
            })
            .WithName("CreateApiClient").WithSummary("Register an API client (新建接入客户端)")
            .WithDescription("Returns `clientId` and `clientSecret`; the secret is shown only in this response. "
                + "Scopes must come from `GET /api/v1/identity/scopes`; `institutionIds` bind the client to the institutions it acts for. Role Admin.")
            .ProducesValidationProblem();

        group.MapPost("/{id:guid}/revoke", async Task<NoContent> (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RevokeClient(id), ct);
                return TypedResults.NoContent();
            })
            .WithName("RevokeApiClient").WithSummary("Revoke an API client (停用接入客户端)")
            .WithDescription("The client can no longer obtain tokens, and the tokens it already holds are refused (401). Role Admin.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }
}
