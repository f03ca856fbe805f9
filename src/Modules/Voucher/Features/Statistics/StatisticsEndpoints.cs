using Jiafu.Contracts.Voucher;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Jiafu.Voucher.Features.Statistics;

internal static class StatisticsEndpoints
{
    public static RouteGroupBuilder MapStatisticsEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("", async Task<Ok<VoucherStatistics>> (int year, int? quarter, int? month, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetVoucherStatistics(year, quarter, month), ct)))
            .RequireAuthorization(VoucherModule.Policies.Read)
            .WithName("GetVoucherStatistics").WithSummary("Voucher statistics (促进就业券统计)")
            .WithDescription("For a `year` (optionally one `quarter` or `month`): vouchers issued (发放) in the period with their face "
                + "value, how many of them were used (上门服务 and later) and reimbursed (结算), by status, street, business format and "
                + "month (issued by issue date, used by service date), declarations (人员申报) waiting for review and unused vouchers "
                + "expiring within 30 days. Street officers see their street, institutions the vouchers that chose them.")
            .Produces<VoucherStatistics>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return group;
    }
}
