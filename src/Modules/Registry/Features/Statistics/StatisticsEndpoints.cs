using Jiafu.Contracts.Registry;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Jiafu.Registry.Features.Statistics;

internal static class StatisticsEndpoints
{
    public static RouteGroupBuilder MapStatisticsEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("", async Task<Ok<RegistryStatistics>> (int year, int? quarter, int? month, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetRegistryStatistics(year, quarter, month), ct)))
            .RequireAuthorization(RegistryModule.Policies.Read)
            .WithName("GetRegistryStatistics").WithSummary("Register statistics (登记统计)")
            .WithDescription("For a `year` (optionally one `quarter` or `month`): institutions registered by the end of the period by "
                + "current status, street, business format (业态) and size (规模, by registered workers); institutions and community "
                + "stations recognised (新认定) in the period and by month; city brand titles (市级特色品牌) of the year; workers "
                + "(从业人员) by credential status (绿/黄/红码), employment type (用工形式), job type (工种), gender and age band; "
                + "and the to-do counts (pending recognition, filings and health checks expiring within 30 days). Street officers see "
                + "their street, institution operators their institution. An empty period gives zeros.")
            .Produces<RegistryStatistics>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return group;
    }
}
