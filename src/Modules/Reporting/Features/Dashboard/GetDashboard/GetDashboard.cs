using FluentValidation;
using Jiafu.Contracts.Inspection;
using Jiafu.Contracts.Registry;
using Jiafu.Contracts.Statistics;
using Jiafu.Contracts.Subsidy;
using Jiafu.Contracts.Training;
using Jiafu.Contracts.Voucher;
using Jiafu.Shared.District;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.Extensions.Options;

namespace Jiafu.Reporting.Features.Dashboard;

/// <summary>The home dashboard (首页看板) for a year, within the caller's data scope.</summary>
/// <param name="Year">The year (2000–2100); this year in China when absent.</param>
public sealed record GetDashboard(int? Year) : IQuery<DashboardResponse>;

/// <param name="Year">The year shown.</param>
/// <param name="ScopeLabel">Whose figures these are: 全区, a street's name, or 本机构.</param>
/// <param name="Kpis">The plan's yearly targets with this year's figures (the targets are district-wide).</param>
/// <param name="Registry">The register's statistics for the year.</param>
/// <param name="Training">Training statistics for the year.</param>
/// <param name="Vouchers">Voucher statistics for the year.</param>
/// <param name="Subsidy">Subsidy statistics for the year.</param>
/// <param name="Inspection">Supervision statistics for the year: annual inspection campaign progress (年检进度), outcomes, rectifications, spot checks, credit classes.</param>
/// <param name="Todos">What waits for the signed-in user, with a link to the list behind each count.</param>
/// <param name="FiguresAsOf">When the register, training, voucher and subsidy figures were computed: they are kept per data scope
/// for up to <c>Reporting:DashboardCacheSeconds</c> (60 s by default); inspection figures and to-dos assigned to the user are current.</param>
public sealed record DashboardResponse(
    int Year,
    string ScopeLabel,
    IReadOnlyList<Kpi> Kpis,
    RegistryStatistics Registry,
    TrainingStatistics Training,
    VoucherStatistics Vouchers,
    SubsidyStatistics Subsidy,
    InspectionStatistics Inspection,
    IReadOnlyList<TodoItem> Todos,
    DateTimeOffset FiguresAsOf);

/// <summary>One key figure against its target (进度).</summary>
/// <param name="Code">NewInstitutions, NewStations, Trainees, VouchersIssued, VoucherValueUsed or CityBrands.</param>
/// <param name="Name">Its zh-CN name.</param>
/// <param name="Value">This year's figure.</param>
/// <param name="Target">The target (the lower end of a range).</param>
/// <param name="TargetMax">The upper end of a target range, when the plan gives one.</param>
/// <param name="Percent">Value as a percentage of <see cref="Target"/>, one decimal (may exceed 100).</param>
/// <param name="Unit">个, 人, 张 or 元.</param>
public sealed record Kpi(string Code, string Name, decimal Value, decimal Target, decimal? TargetMax, decimal Percent, string Unit);

/// <summary>A to-do (待办) count.</summary>
/// <param name="Code">PendingRecognition, FilingsExpiring, HealthChecksExpiring, DeclarationsWaiting, VouchersExpiring, SubsidyReviews,
/// RectificationsOverdue or MyInspectionTasks.</param>
/// <param name="Name">Its zh-CN label.</param>
/// <param name="Count">How many.</param>
/// <param name="Link">The SPA path of the list behind it; null when that list has no screen yet.</param>
public sealed record TodoItem(string Code, string Name, int Count, string? Link);

public sealed class GetDashboardValidator : AbstractValidator<GetDashboard>
{
    public GetDashboardValidator() => RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
}

public sealed class GetDashboardHandler(
    IRegistryStatistics registry, ITrainingStatistics training, IVoucherStatistics vouchers, ISubsidyStatistics subsidy,
    IInspectionStatistics inspection, DashboardCache cache, ICurrentUser current, IOptions<ReportingOptions> options,
    IOptions<DistrictOptions> district, TimeProvider time)
    : IQueryHandler<GetDashboard, DashboardResponse>
{
    public async ValueTask<DashboardResponse> Handle(GetDashboard query, CancellationToken ct)
    {
        var period = new StatisticsPeriod(query.Year ?? ReportScope.Today(time).Year);
        // One after another: the readers share the request's scoped services (DbContexts are not thread-safe). The four
        // scope-only readers are kept per data scope for a short while (ADR 0067); inspection depends on the user, so it is not.
        var figures = await cache.GetOrComputeAsync(DataScope.From(current), period.Year, async () =>
        {
            var computedAt = time.GetUtcNow();
            var registryFigures = await registry.GetAsync(period, ct);
            var trainingFigures = await training.GetAsync(period, ct);
            var voucherFigures = await vouchers.GetAsync(period, ct);
            var subsidyFigures = await subsidy.GetAsync(period, ct);
            return new DashboardFigures(registryFigures, trainingFigures, voucherFigures, subsidyFigures, computedAt);
        });
        var (r, t, v, s) = (figures.Registry, figures.Training, figures.Vouchers, figures.Subsidy);
        var i = await inspection.GetAsync(period, ct);
        var o = options.Value;

        IReadOnlyList<Kpi> kpis =
        [
            Kpi("NewInstitutions", "新增认定家庭服务机构", r.NewInstitutions, o.NewInstitutions.Min, o.NewInstitutions.Max, "个"),
            Kpi("NewStations", "新认定社区家庭服务站", r.NewStations, o.NewStations.Min, o.NewStations.Max, "个"),
            Kpi("Trainees", "培训结业人次", t.Trained, t.AnnualTarget, null, "人"),
            Kpi("VouchersIssued", "促进就业券发放", v.Issued, o.Vouchers, null, "张"),
            Kpi("VoucherValueUsed", "促进就业券使用金额", v.UsedValue, o.VoucherValue, null, "元"),
            Kpi("CityBrands", "市级特色品牌", r.CityBrands, o.CityBrands.Min, o.CityBrands.Max, "个"),
        ];
        IReadOnlyList<TodoItem> todos =
        [
            new("PendingRecognition", "待认定机构", r.PendingRecognition, "/registry/institutions?status=PendingRecognition"),
            new("FilingsExpiring", "30天内到期的员工制备案", r.FilingsExpiring, "/registry/institutions?isEmployeeBased=yes"),
            new("HealthChecksExpiring", "30天内到期的健康体检", r.HealthChecksExpiring, "/registry/workers"),
            new("DeclarationsWaiting", "待审核的促进就业券申报", v.DeclarationsWaiting, "/vouchers/batches"),
            new("VouchersExpiring", "30天内到期未使用的促进就业券", v.ExpiringSoon, "/vouchers/service-queue"),
            new("SubsidyReviews", "待处理的补贴申请", s.WaitingReview, null),
            new("RectificationsOverdue", "逾期未整改的检查任务", i.RectificationsOverdue, "/inspection/campaigns"),
        ];
        if (current.IsInRole(Roles.Inspector))
        {
            todos = [.. todos, new("MyInspectionTasks", "分配给我的待检查任务", i.MyOpenTasks, "/inspection/campaigns")];
        }

        return new DashboardResponse(period.Year, ReportScope.Label(current, district.Value), kpis, r, t, v, s, i, todos, figures.ComputedAt);
    }

    private static Kpi Kpi(string code, string name, decimal value, decimal target, decimal? max, string unit) =>
        new(code, name, value, target, max, target > 0 ? decimal.Round(value * 100m / target, 1) : 0m, unit);
}
