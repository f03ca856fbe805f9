using Jiafu.Shared.Paging;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Jiafu.Identity.Features.Audit;

internal static class AuditEndpoints
{
    public static RouteGroupBuilder MapAuditEndpoints(this RouteGroupBuilder group)
    {
        group.RequireAuthorization(Policies.ReadAudit);
        group.MapGet("", async Task<Ok<PagedResult<AuditEntryResponse>>> ([AsParameters] ListAuditEntries query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListAuditEntries")
            .WithSummary("Search the audit trail (审计日志)")
            .WithDescription("Every command and sign-in: actor, time, action, target, outcome, trace id and changes. "
                + "Roles Admin and Auditor (审计人员).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/verify", async Task<Ok<AuditChainVerification>> (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new VerifyAuditChain(), ct)))
            .WithName("VerifyAuditChain")
            .WithSummary("Verify the audit trail's hash chain (完整性校验)")
            .WithDescription("Recomputes every entry's hash and link; reports the first broken entry.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return group;
    }
}
