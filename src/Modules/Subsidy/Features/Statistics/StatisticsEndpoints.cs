using Jiafu.Contracts.Subsidy;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Jiafu.Subsidy.Features.Statistics;

internal static class StatisticsEndpoints
{
    public static RouteGroupBuilder MapStatisticsEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("", async Task<Ok<SubsidyStatistics>> (int year, int? quarter, int? month, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetSubsidyStatistics(year, quarter, month), ct)))
            .RequireAuthorization(SubsidyModule.Policies.Read)
            .WithName("GetSubsidyStatistics").WithSummary("Subsidy statistics (补贴资金统计)")
            .WithDescription("For a `year` (optionally one `quarter` or `month`): applications submitted in the period by status with "
                + "their computed amounts, applications paid (拨付) in the period by policy item (一贴息七补贴一减免), street and month, "
                + "reviews waiting for the caller (street: 待街道审核, district: 待区级审核, institution: 退回补正) and, for district "
                + "roles, the year's allocation per policy item (专项资金预算). Street officers see their street, institutions their own.")
            .Produces<SubsidyStatistics>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return group;
    }
}
