using Jiafu.Shared.Paging;
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
        group.MapGet("/ledger", async Task<Ok<PagedResult<VoucherLedgerRow>>> ([AsParameters] GetVoucherLedger query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .RequireAuthorization(VoucherModule.Policies.Read)
            .WithName("GetVoucherLedger").WithSummary("Voucher work ledger (促进就业券发放使用台账)")
            .WithDescription("The vouchers issued in the `year` (optionally one `quarter` or `month`, and one `streetCode`), oldest first, "
                + "paged: the same rows as the XLSX ledger (`/ledger/xlsx`). Street officers get their street, institutions the vouchers "
                + "that chose them.")
            .Produces<PagedResult<VoucherLedgerRow>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/ledger/xlsx", async Task<FileStreamHttpResult> (
                int year, int? quarter, int? month, string? streetCode, IMediator mediator, CancellationToken ct) =>
            {
                var file = await mediator.Send(new ExportVoucherLedger(year, quarter, month, streetCode), ct);
                return TypedResults.File(file.Content, VoucherLedgerFile.ContentType, file.FileName);
            })
            .RequireAuthorization(VoucherModule.Policies.Read)
            .WithName("ExportVoucherLedger").WithSummary("Export the voucher work ledger as XLSX (促进就业券发放使用台账)")
            .WithDescription("Every voucher issued in the `year` (optionally one `quarter` or `month`, and one `streetCode`), oldest "
                + "first, as an XLSX work ledger (工作台账): number, code, holder (masked), group, street, face value, issue time, status, "
                + "chosen institution, service date, verification result and whether it was settled. At most 100,000 rows (a 400 "
                + "otherwise). Street officers get their street, institutions the vouchers that chose them. Every export is audited.")
            .Produces(StatusCodes.Status200OK, contentType: VoucherLedgerFile.ContentType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return group;
    }
}
