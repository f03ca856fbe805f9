using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Jiafu.Subsidy.Features.Funds;

internal static class LedgerExportEndpoints
{
    public static RouteGroupBuilder MapLedgerExportEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/{year:int}/ledger/export", async Task<FileStreamHttpResult> (
                int year, string? itemCode, Guid? applicationId, IMediator mediator, CancellationToken ct) =>
            {
                var file = await mediator.Send(new ExportLedger { Year = year, ItemCode = itemCode, ApplicationId = applicationId }, ct);
                return TypedResults.File(file.Content, LedgerExportFile.ContentType, file.FileName);
            })
            .RequireAuthorization(SubsidyModule.Policies.FundRead)
            .WithName("ExportSubsidyLedger").WithSummary("Export the fund's ledger to XLSX (导出资金台账)")
            .WithDescription("The year's ledger (资金台账) as an XLSX workbook with Chinese headers, oldest movement first, taking the "
                + "list's filters (`itemCode`, `applicationId`): serial number, time (China), policy item, kind (资金下达/调整, 审核预留, "
                + "释放预留, 拨付, 追回), amount and the item's available balance after the movement (yuan), application, institution, note "
                + "and actor. Named `资金台账-{year}-yyyyMMdd.xlsx` (UTF-8 `filename*`). Every export is recorded in the audit trail "
                + "(action `ExportLedger`, with the filters and row count). District officers, admins, auditors and inspectors.")
            .Produces(StatusCodes.Status200OK, contentType: LedgerExportFile.ContentType)
            .ProducesValidationProblem();
        return group;
    }
}
