using Jiafu.Shared.Paging;
using Jiafu.Shared.Exports;
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

        group.MapGet("/ledger", async Task<Ok<PagedResult<SubsidyLedgerRow>>> ([AsParameters] GetSubsidyLedger query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .RequireAuthorization(SubsidyModule.Policies.Read)
            .WithName("GetSubsidyPaymentsLedger").WithSummary("Subsidy payments ledger (补贴发放台账)")
            .WithDescription("The work ledger (工作台账) of subsidy payments (拨付) in the `year` (optionally one `quarter` or `month`, and one `streetCode`), by "
                + "payment date: policy item, subsidy year, applicant, street, amount, bank reference and status (later recoveries "
                + "stay listed with their status). Street officers get their street, institutions their own applications. Paged, oldest first.")
            .Produces<PagedResult<SubsidyLedgerRow>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/ledger/xlsx", async Task<FileStreamHttpResult> ([AsParameters] ExportSubsidyLedger query, IMediator mediator, CancellationToken ct) =>
            {
                var file = await mediator.Send(query, ct);
                return TypedResults.File(file.Content, LedgerFile.ContentType, file.FileName);
            })
            .RequireAuthorization(SubsidyModule.Policies.Read)
            .WithName("ExportSubsidyPaymentsLedger").WithSummary("Export the subsidy payments ledger as XLSX (补贴发放台账导出)")
            .WithDescription("The work ledger (工作台账) of subsidy payments (拨付) in the `year` (optionally one `quarter` or `month`, and one `streetCode`), by "
                + "payment date: policy item, subsidy year, applicant, street, amount, bank reference and status (later recoveries "
                + "stay listed with their status). Street officers get their street, institutions their own applications. As an XLSX workbook in the official layout (title merged across, 统计期间 / 统计范围 line, frozen "
                + "column headings, fitted widths); `page` and `pageSize` are ignored. Every export is audited.")
            .Produces(StatusCodes.Status200OK, contentType: LedgerFile.ContentType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return group;
    }
}
