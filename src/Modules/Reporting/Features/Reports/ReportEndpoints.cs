using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Jiafu.Reporting.Features.Reports;

internal static class ReportEndpoints
{
    private const string Kinds = "`industry-basics` (家庭服务业基本情况: institutions by business format, street and size; workers by "
        + "employment type, job type, gender, age band and credential status), `training` (培训情况), `vouchers` (促进就业券发放使用) "
        + "`subsidy` (补贴资金使用) or `inspection` (监督检查: campaign progress by street, outcomes, rectifications, spot checks, credit classes)";

    public static RouteGroupBuilder MapReportEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/{kind}", async Task<Ok<ReportForm>> (string kind, int year, int? quarter, int? month, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetReport(kind, year, quarter, month), ct)))
            .RequireAuthorization(ReportingModule.Policies.Read)
            .WithName("GetReport").WithSummary("Statistical report form (统计报表)")
            .WithDescription($"The report form {Kinds} for a `year`, optionally one `quarter` or `month`, within the caller's data scope: "
                + "title, reporting unit (填报单位), period (统计期间), scope (统计范围), sections with a totals row (合计), filled-by "
                + "(填表人) and date. An unknown kind or period is a 400; an empty period gives zeros.")
            .Produces<ReportForm>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/{kind}/xlsx", async Task<FileStreamHttpResult> (string kind, int year, int? quarter, int? month, IMediator mediator, CancellationToken ct) =>
            {
                var form = await mediator.Send(new GetReport(kind, year, quarter, month), ct);
                var content = await ReportWorkbook.WriteAsync(form, ct);
                return TypedResults.File(content, ReportWorkbook.ContentType, ReportWorkbook.FileName(form));
            })
            .RequireAuthorization(ReportingModule.Policies.Read)
            .WithName("ExportReport").WithSummary("Export a report form as XLSX (统计报表导出)")
            .WithDescription($"The same report form ({Kinds}) as an XLSX workbook in the official layout: title, 填报单位, 统计期间 and "
                + "统计范围 rows, each table with its heading, column headings and 合计 row, then 填表人 and 填表日期.")
            .Produces(StatusCodes.Status200OK, contentType: ReportWorkbook.ContentType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return group;
    }
}
