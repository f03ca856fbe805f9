using Jiafu.Registry.Domain;
using Jiafu.Shared.Paging;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Jiafu.Registry.Features.RevocationProposals;

internal static class RevocationProposalEndpoints
{
    public static RouteGroupBuilder MapRevocationProposalEndpoints(this RouteGroupBuilder group)
    {
        group.RequireAuthorization(RegistryModule.Policies.Review)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("", async Task<Ok<PagedResult<RevocationProposalResponse>>> (
                [AsParameters] ListRevocationProposals query, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListRevocationProposals").WithSummary("List revocation proposals (撤销建议列表)")
            .WithDescription("Proposals made when an institution fails (不合格) its annual inspection (年检复核, 优胜劣汰), with the institution's current "
                + "status. Filters `status` (`Pending`, `Confirmed`, `Dismissed`), `institutionId`; sort `createdAt` (default descending), "
                + "`institutionName`. District officers.")
            .ProducesValidationProblem();

        MapDecision(group, "confirm", RevocationProposalStatus.Confirmed, "ConfirmRevocationProposal", "Confirm a revocation proposal (确认撤销)",
            "Revokes the institution (撤销, Recognised or Suspended → Revoked) with the inspection findings as the reason, in the same save as the "
            + "decision; it leaves the public directory. An institution that cannot be revoked: 409 `invalid_transition`.");
        MapDecision(group, "dismiss", RevocationProposalStatus.Dismissed, "DismissRevocationProposal", "Dismiss a revocation proposal (不予撤销)",
            "Closes the proposal without touching the institution; `note` is required (400 `errors.note`).");
        return group;
    }

    private static void MapDecision(RouteGroupBuilder group, string path, RevocationProposalStatus decision, string name, string summary, string description) =>
        group.MapPost("/{id:guid}/" + path, async Task<Ok<RevocationProposalResponse>> (
                Guid id, RevocationDecisionRequest? body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new DecideRevocationProposal(id, decision, body?.Note), ct)))
            .WithName(name).WithSummary(summary)
            .WithIdempotency()
            .WithDescription(description + " A proposal already decided: 409 `proposal_decided`. District officers.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
