using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Jiafu.Subsidy.Features.Applications;

internal static class BulkReviewEndpoints
{
    public static RouteGroupBuilder MapBulkReviewEndpoints(this RouteGroupBuilder group)
    {
        group.MapPost("/bulk-review", async Task<Ok<BulkReviewResponse>> (BulkReviewApplications command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command, ct)))
            .RequireAuthorization(SubsidyModule.Policies.StreetReview)
            .WithIdempotency()
            .WithName("BulkReviewSubsidyApplications").WithSummary("Bulk review (批量审核)")
            .WithDescription("`{ ids, action: Approve|Reject|Return, comment? }` — at most 100 distinct ids; a comment is required to reject "
                + "or return. Each application is reviewed on its own, in its own transaction, with exactly the rules, permissions and audit "
                + "entry of the single action: `Approve` is the street approval (街道初审) of a `Submitted` application and the district "
                + "approval (区级复审, district officers only, reserving the fund) of a `StreetApproved` one. The answer is 200 with one "
                + "result per id in the request's order: `{ id, ok, status, problem? }`, where `problem` is `{ status, code, detail }` as "
                + "the single action would have answered (404 out of scope, 403 own submission, 409 `invalid_transition`, "
                + "`fund_exhausted` …); refused items do not affect the others. Street officers for their street; district officers and admins.")
            .ProducesValidationProblem();
        return group;
    }
}
