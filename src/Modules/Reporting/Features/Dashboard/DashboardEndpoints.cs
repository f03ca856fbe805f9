using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Jiafu.Reporting.Features.Dashboard;

internal static class DashboardEndpoints
{
    public static RouteGroupBuilder MapDashboardEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("", async Task<Ok<DashboardResponse>> (int? year, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetDashboard(year), ct)))
            .RequireAuthorization(ReportingModule.Policies.Read)
            .WithName("GetDashboard").WithSummary("Home dashboard (首页看板)")
            .WithDescription("For `year` (default: this year in China): the plan's targets as progress figures (新增机构 5–10, 社区服务站 "
                + "3–5, 培训 2000 人次, 促进就业券 5000 张 / 100 万元, 市级品牌 1–2; configured under `Reporting`), each module's "
                + "statistics for the year (monthly trends, by street, credential status 绿/黄/红码, subsidy paid per policy item "
                + "against its allocation, annual inspection campaign progress 年检进度 with outcomes, rectifications and spot checks) and the "
                + "signed-in user's to-do counts (待办, including overdue rectifications 逾期未整改 and, for inspectors, the tasks assigned "
                + "to them). Composed from the modules' statistics contracts; a street officer's dashboard shows their street, an "
                + "institution operator's their institution.")
            .Produces<DashboardResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return group;
    }
}
