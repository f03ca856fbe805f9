using Jiafu.Contracts.Inspection;
using Jiafu.Shared.Exports;
using Jiafu.Shared.Paging;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Jiafu.Inspection.Features.Statistics;

internal static class StatisticsEndpoints
{
    private const string Scope = "Inspectors see the tasks and checks assigned to them, street officers their street, institutions their "
        + "own, district roles everything.";

    public static RouteGroupBuilder MapStatisticsEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("", async Task<Ok<InspectionStatistics>> (int year, int? quarter, int? month, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetInspectionStatistics(year, quarter, month), ct)))
            .RequireAuthorization(InspectionModule.Policies.Read)
            .WithName("GetInspectionStatistics").WithSummary("Supervision and inspection statistics (监督检查统计)")
            .WithDescription("For a `year` (optionally one `quarter` or `month`): the progress of the year's annual inspection campaigns "
                + "(年检复核) by status and street, the outcomes recorded in the period (合格 / 限期整改 / 不合格, by inspection date), open "
                + "and overdue rectifications (逾期未整改) and the caller's own open tasks now, the spot checks (双随机抽查) of the year's "
                + "plans drawn, finished and found not as declared (不实), and the credit class distribution (信用等级 A–D, 红/黑名单). " + Scope)
            .Produces<InspectionStatistics>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/ledger", async Task<Ok<PagedResult<InspectionLedgerRow>>> ([AsParameters] GetInspectionLedger query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .RequireAuthorization(InspectionModule.Policies.Read)
            .WithName("GetInspectionLedger").WithSummary("Inspections and spot checks ledger (检查台账)")
            .WithDescription("The work ledger (工作台账) of supervision for a `year` (optionally one `quarter` or `month`, and one "
                + "`streetCode`): every annual-inspection outcome (by inspection date) and spot-check result (by check date), oldest "
                + "first, paged: date, kind, campaign or plan, object, street, inspectors, outcome, score, rectification deadline, "
                + "findings. " + Scope)
            .Produces<PagedResult<InspectionLedgerRow>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/ledger/xlsx", async Task<FileStreamHttpResult> ([AsParameters] ExportInspectionLedger query, IMediator mediator, CancellationToken ct) =>
            {
                var file = await mediator.Send(query, ct);
                return TypedResults.File(file.Content, LedgerFile.ContentType, file.FileName);
            })
            .RequireAuthorization(InspectionModule.Policies.Read)
            .WithName("ExportInspectionLedger").WithSummary("Export the inspections and spot checks ledger as XLSX (检查台账导出)")
            .WithDescription("The same ledger (检查台账) as an XLSX workbook: the title merged across, 统计期间 / 统计范围, frozen column "
                + "headings, columns fitted to their content. `page` and `pageSize` are ignored. Every export is audited. " + Scope)
            .Produces(StatusCodes.Status200OK, contentType: LedgerFile.ContentType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return group;
    }
}
