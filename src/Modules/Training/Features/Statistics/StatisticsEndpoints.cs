using Jiafu.Shared.Paging;
using Jiafu.Shared.Exports;
using Jiafu.Contracts.Training;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Jiafu.Training.Features.Statistics;

internal static class StatisticsEndpoints
{
    public static RouteGroupBuilder MapStatisticsEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("", async Task<Ok<TrainingStatistics>> (int year, int? quarter, int? month, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetTrainingStatistics(year, quarter, month), ct)))
            .RequireAuthorization(TrainingModule.Policies.Read)
            .WithName("GetTrainingStatistics").WithSummary("Training statistics (培训统计)")
            .WithDescription("For a `year` (optionally one `quarter` or `month`): classes starting in the period by status, seats taken, "
                + "completions (结业人次) by the trainee's street, programme category, trainee category (失业人员, 就业困难人员 …) and "
                + "month, certificates issued (鉴定取证), classes running now, and the yearly target (`Training:AnnualTarget`, 2000). "
                + "Street officers see their street's trainees, providers their own classes. An empty period gives zeros.")
            .Produces<TrainingStatistics>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/ledger", async Task<Ok<PagedResult<TrainingLedgerRow>>> ([AsParameters] GetTrainingLedger query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .RequireAuthorization(TrainingModule.Policies.Read)
            .WithName("GetTrainingLedger").WithSummary("Training classes ledger (培训班台账)")
            .WithDescription("The work ledger (工作台账) of training classes starting in the `year` (optionally one `quarter` or `month`, and one `streetCode` where "
                + "the class is held): programme, category, provider, street, hours, seats, enrolments, completions (结业) and certificates "
                + "(取证). Street officers get the classes held in their street, providers their own classes. Paged, oldest first.")
            .Produces<PagedResult<TrainingLedgerRow>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/ledger/xlsx", async Task<FileStreamHttpResult> ([AsParameters] ExportTrainingLedger query, IMediator mediator, CancellationToken ct) =>
            {
                var file = await mediator.Send(query, ct);
                return TypedResults.File(file.Content, LedgerFile.ContentType, file.FileName);
            })
            .RequireAuthorization(TrainingModule.Policies.Read)
            .WithName("ExportTrainingLedger").WithSummary("Export the training classes ledger as XLSX (培训班台账导出)")
            .WithDescription("The work ledger (工作台账) of training classes starting in the `year` (optionally one `quarter` or `month`, and one `streetCode` where "
                + "the class is held): programme, category, provider, street, hours, seats, enrolments, completions (结业) and certificates "
                + "(取证). Street officers get the classes held in their street, providers their own classes. As an XLSX workbook in the official layout (title merged across, 统计期间 / 统计范围 line, frozen "
                + "column headings, fitted widths); `page` and `pageSize` are ignored. Every export is audited.")
            .Produces(StatusCodes.Status200OK, contentType: LedgerFile.ContentType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return group;
    }
}
