using Jiafu.Shared.Paging;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Jiafu.Subsidy.Features.ServiceRecords;

internal static class ServiceRecordEndpoints
{
    public static RouteGroupBuilder MapServiceRecordEndpoints(this RouteGroupBuilder group)
    {
        group.ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("", async Task<Ok<PagedResult<ServiceRecordResponse>>> ([AsParameters] ListServiceRecords query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .RequireAuthorization(SubsidyModule.Policies.Read)
            .WithName("ListSubsidyServiceRecords").WithSummary("List imported service records (居民家庭服务记录)")
            .WithDescription("The resident-household services imported through `POST /api/v1/subsidy/imports/service-records` for the "
                + "service-fee reduction (服务费用减免), household head's ID masked, with the application that claimed each (a record is "
                + "claimed once). Filter by `institutionId`, `year`, `claimed`. Institutions see their own, street officers their street's.")
            .ProducesValidationProblem();
        return group;
    }
}
