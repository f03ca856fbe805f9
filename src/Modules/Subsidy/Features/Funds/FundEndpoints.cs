using Jiafu.Shared.Paging;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Jiafu.Subsidy.Features.Funds;

internal static class FundEndpoints
{
    public static RouteGroupBuilder MapFundEndpoints(this RouteGroupBuilder group)
    {
        group.ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/{year:int}", async Task<Ok<FundResponse>> (int year, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetFund(year), ct)))
            .RequireAuthorization(SubsidyModule.Policies.FundRead)
            .WithName("GetSubsidyFund").WithSummary("The year's fund (年度专项资金)")
            .WithDescription("Per item: allocated, reserved (approved, unpaid), paid, recovered, available (yuan), and `balanced` "
                + "when the ledger's movements add up to the figures.");

        group.MapPut("/{year:int}/allocations/{itemCode}", async Task<Ok<FundResponse>> (
                int year, string itemCode, SetAllocationRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SetAllocation(year, itemCode, body.Amount, body.Note), ct)))
            .RequireAuthorization(SubsidyModule.Policies.Manage)
            .WithName("SetSubsidyAllocation").WithSummary("Set an item's allocation (下达/调整专项资金)")
            .WithDescription("`{ amount, note? }` in yuan. Never below what is reserved and paid (409 `below_committed`); the "
                + "difference is recorded in the ledger. District officers and admins.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/{year:int}/ledger", async Task<Ok<PagedResult<LedgerEntryResponse>>> (
                [AsParameters] ListLedger query, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(query, ct)))
            .RequireAuthorization(SubsidyModule.Policies.FundRead)
            .WithName("ListSubsidyLedger").WithSummary("The fund's ledger (资金台账)")
            .WithDescription("Every movement: `Allocate` (±), `Reserve`, `Release`, `Pay`, `Recover`, with the application, note, actor and time.")
            .ProducesValidationProblem();

        return group;
    }
}
