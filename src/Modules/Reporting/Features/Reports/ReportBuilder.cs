using Jiafu.Contracts.Inspection;
using Jiafu.Contracts.Registry;
using Jiafu.Contracts.Statistics;
using Jiafu.Contracts.Subsidy;
using Jiafu.Contracts.Training;
using Jiafu.Contracts.Voucher;
using Jiafu.Shared.Errors;

namespace Jiafu.Reporting.Features.Reports;

/// <summary>Builds the report forms' sections from the modules' statistics contracts (no module tables are read here).</summary>
public sealed class ReportBuilder(
    IRegistryStatistics registry, ITrainingStatistics training, IVoucherStatistics vouchers, ISubsidyStatistics subsidy,
    IInspectionStatistics inspection)
{
    public const string IndustryBasics = "industry-basics";
    public const string Training = "training";
    public const string Vouchers = "vouchers";
    public const string Subsidy = "subsidy";
    public const string Inspection = "inspection";

    /// <summary>The report kinds and their titles.</summary>
    public static readonly IReadOnlyDictionary<string, string> Titles = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [IndustryBasics] = "家庭服务业基本情况统计表",
        [Training] = "家庭服务业职业技能培训情况统计表",
        [Vouchers] = "促进就业券发放使用情况统计表",
        [Subsidy] = "家庭服务业补贴资金使用情况统计表",
        [Inspection] = "家庭服务业监督检查统计表",
    };

    private const string Item = "项目";
    private const string Count = "数量";

    public async Task<IReadOnlyList<ReportSection>> BuildAsync(string kind, StatisticsPeriod period, CancellationToken ct) => kind switch
    {
        IndustryBasics => IndustrySections(await registry.GetAsync(period, ct)),
        Training => TrainingSections(await training.GetAsync(period, ct)),
        Vouchers => VoucherSections(await vouchers.GetAsync(period, ct)),
        Subsidy => SubsidySections(await subsidy.GetAsync(period, ct)),
        Inspection => InspectionSections(await inspection.GetAsync(period, ct)),
        _ => throw new NotFoundException("Report", kind),
    };

    private static IReadOnlyList<ReportSection> IndustrySections(RegistryStatistics r) =>
    [
        Summary("一、总体情况",
            ("期末登记机构数（个）", r.Institutions), ("其中：已认定（个）", r.ActiveInstitutions), ("本期新认定机构（个）", r.NewInstitutions),
            ("本期新认定社区家庭服务站（个）", r.NewStations), ("本年市级特色品牌（个）", r.CityBrands), ("期末登记从业人员（人）", r.Workers)),
        Counts("二、机构按业态分布", "业态", "机构数（个）", r.InstitutionsByFormat, withTotal: false,
            note: "一家机构经营多个业态的，在每个业态中各计一次。"),
        Counts("三、机构按街道（镇）分布", "街道（镇）", "机构数（个）", r.InstitutionsByStreet),
        Counts("四、机构按规模分布", "规模（登记从业人员）", "机构数（个）", r.InstitutionsBySize),
        Counts("五、从业人员按用工形式分布", "用工形式", "人数（人）", r.WorkersByEmploymentType),
        Counts("六、从业人员按工种分布", "工种", "人数（人）", r.WorkersByJobType, withTotal: false, note: "一人持多个工种的，在每个工种中各计一次。"),
        Counts("七、从业人员按性别分布", "性别", "人数（人）", r.WorkersByGender),
        Counts("八、从业人员按年龄段分布", "年龄段（期末）", "人数（人）", r.WorkersByAgeBand),
        Counts("九、从业人员证照状态（安心码）", "状态", "人数（人）", r.WorkersByCredential),
    ];

    private static IReadOnlyList<ReportSection> TrainingSections(TrainingStatistics t) =>
    [
        Summary("一、总体情况",
            ("本期开班数（个）", t.Classes), ("报名人次", t.Enrolled), ("结业人次", t.Trained), ("取证人数", t.Certified),
            ("年度培训目标（人次）", t.AnnualTarget)),
        Counts("二、结业人次按培训类别", "培训类别", "结业人次", t.TrainedByCategory),
        Counts("三、结业人次按人员类别", "人员类别", "结业人次", t.TrainedByTraineeCategory),
        Counts("四、结业人次按街道（镇）", "街道（镇）", "结业人次", t.TrainedByStreet),
        Counts("五、培训班按状态", "状态", "班数（个）", t.ClassesByStatus),
        Months("六、结业人次按月", "结业人次", t.TrainedByMonth, t.Period, withAmount: false),
    ];

    private static IReadOnlyList<ReportSection> VoucherSections(VoucherStatistics v) =>
    [
        new("一、总体情况", [Item, "张数", "金额（元）"],
        [
            new("本期发放", [v.Issued, v.IssuedValue]),
            new("其中：已使用（已上门服务）", [v.Used, v.UsedValue]),
            new("其中：已结算", [v.Reimbursed, v.ReimbursedValue]),
        ], null),
        Amounts("二、按街道（镇）", "街道（镇）", v.ByStreet),
        Amounts("三、按状态", "状态", v.ByStatus),
        Amounts("四、按服务业态", "业态", v.ByBusinessFormat, note: "未选定服务机构的券不计入。"),
        Months("五、按月发放", "张数", v.IssuedByMonth, v.Period, withAmount: true),
        Months("六、按月使用（按服务日期）", "张数", v.UsedByMonth, v.Period, withAmount: true),
    ];

    private static IReadOnlyList<ReportSection> SubsidySections(SubsidyStatistics s) =>
    [
        new("一、总体情况", [Item, "笔数", "金额（元）"],
        [
            new("本期受理申请", [s.Applications, s.AppliedAmount]),
            new("本期拨付", [s.Paid, s.PaidAmount]),
        ], null),
        new("二、按政策项目（一贴息七补贴一减免）", ["政策项目", "拨付笔数", "拨付金额（元）", "年度预算（元）"],
            s.ByItem.Select(i => new ReportRow(i.Name, [i.Count, i.Amount, s.Allocations.FirstOrDefault(a => a.Code == i.Code)?.Amount ?? 0m])).ToList(),
            new ReportRow("合计", [s.ByItem.Sum(i => i.Count), s.ByItem.Sum(i => i.Amount), s.Allocations.Sum(a => a.Amount)]),
            "年度预算仅对区级用户显示。"),
        Amounts("三、按街道（镇）拨付", "街道（镇）", s.ByStreet),
        Amounts("四、本期申请按状态", "状态", s.ByStatus),
        Months("五、按月拨付", "笔数", s.PaidByMonth, s.Period, withAmount: true),
    ];

    private static IReadOnlyList<ReportSection> InspectionSections(InspectionStatistics i) =>
    [
        Summary("一、总体情况",
            ("本年年检复核活动（个）", i.Campaigns), ("年检复核任务（个）", i.Tasks), ("其中：已检查（个）", i.Inspected),
            ("检查进度（%）", i.ProgressPercent), ("限期整改中（个，当前）", i.RectificationsOpen), ("逾期未整改（个，当前）", i.RectificationsOverdue),
            ("本年双随机抽查对象（个）", i.SpotChecksDrawn), ("其中：已完成抽查（个）", i.SpotChecksFinished), ("其中：抽查不实（个）", i.SpotCheckDiscrepancies)),
        new("二、年检复核进度按街道（镇）", ["街道（镇）", "任务数", "已检查", "合格", "限期整改", "不合格", "逾期未整改"],
            i.ProgressByStreet.Select(p => new ReportRow(p.Name, [p.Tasks, p.Inspected, p.Passed, p.Rectify, p.Failed, p.Escalated])).ToList(),
            new ReportRow("合计", [i.ProgressByStreet.Sum(p => p.Tasks), i.ProgressByStreet.Sum(p => p.Inspected), i.ProgressByStreet.Sum(p => p.Passed),
                i.ProgressByStreet.Sum(p => p.Rectify), i.ProgressByStreet.Sum(p => p.Failed), i.ProgressByStreet.Sum(p => p.Escalated)])),
        Counts("三、本期检查结论（按检查日期）", "检查结论", "任务数（个）", i.Outcomes,
            note: "限期整改后复查的，按最新结论计；限期整改含其后逾期未整改的。"),
        Counts("四、年检复核任务按状态", "状态", "任务数（个）", i.TasksByStatus),
        Counts("五、机构信用等级分布（当前）", "信用等级", "机构数（个）", i.CreditClasses.Where(c => c.Code.Length == 1).ToList()),
        Counts("六、红黑名单（当前）", "名单", "机构数（个）", i.CreditClasses.Where(c => c.Code.Length > 1).ToList(), withTotal: false),
    ];

    private static ReportSection Summary(string title, params (string Label, decimal Value)[] rows) =>
        new(title, [Item, Count], rows.Select(r => new ReportRow(r.Label, [r.Value])).ToList(), null);

    private static ReportSection Counts(string title, string label, string column, IReadOnlyList<Tally> tallies, bool withTotal = true, string? note = null) =>
        new(title, [label, column], tallies.Select(x => new ReportRow(x.Name, [x.Count])).ToList(),
            withTotal ? new ReportRow("合计", [tallies.Sum(x => x.Count)]) : null, note);

    private static ReportSection Amounts(string title, string label, IReadOnlyList<Tally> tallies, string? note = null) =>
        new(title, [label, Count, "金额（元）"], tallies.Select(x => new ReportRow(x.Name, [x.Count, x.Amount])).ToList(),
            new ReportRow("合计", [tallies.Sum(x => x.Count), tallies.Sum(x => x.Amount)]), note);

    private static ReportSection Months(string title, string column, IReadOnlyList<MonthTally> months, StatisticsPeriod period, bool withAmount)
    {
        var shown = months.Where(m => period.Months.Contains(m.Month)).ToList();
        return new ReportSection(title, withAmount ? ["月份", column, "金额（元）"] : ["月份", column],
            shown.Select(m => new ReportRow($"{m.Month}月", withAmount ? [m.Count, m.Amount] : [m.Count])).ToList(),
            new ReportRow("合计", withAmount ? [shown.Sum(m => m.Count), shown.Sum(m => m.Amount)] : [shown.Sum(m => m.Count)]));
    }
}
