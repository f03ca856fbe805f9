namespace Jiafu.Voucher;

/// <summary>
/// Configuration section <c>Voucher</c>: the programme's policy numbers, defaults from plan §14 (5000 vouchers worth
/// 1,000,000 yuan in all, 200 yuan each, for families in specific groups).
/// </summary>
public sealed class VoucherOptions
{
    public const string SectionName = "Voucher";

    /// <summary>Number of vouchers a new batch proposes (plan §14: 5000 份).</summary>
    public int DefaultQuantity { get; set; } = 5000;

    /// <summary>Face value of one voucher in yuan (1,000,000 / 5000 = 200).</summary>
    public decimal DefaultFaceValue { get; set; } = 200m;

    /// <summary>Ceiling of one batch's total value (quantity × face value) in yuan (plan §14: 总额 100 万元).</summary>
    public decimal MaxBatchValue { get; set; } = 1_000_000m;

    /// <summary>Eligible groups (特定群体). Replaces the defaults when configured.</summary>
    public List<VoucherGroup> Groups { get; set; } = [];

    /// <summary>How often the background job expires vouchers past their validity.</summary>
    public TimeSpan ExpiryCheckInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Most rows one voucher ledger export (促进就业券台账) may hold: the plan's 5000 a year, ten times over.</summary>
    public int LedgerExportMaxRows { get; set; } = 100_000;

    public IReadOnlyList<VoucherGroup> EffectiveGroups => Groups.Count > 0 ? Groups : DefaultGroups;

    /// <summary>
    /// The groups plan §14 names: 城镇失业人员, 就业困难人员, 劳动模范 "等七类特定群体". The other four are defined by the city's
    /// implementation scheme (包头市发展家庭服务业促进就业券发放工作实施方案), which is not among the project's sources:
    /// add them through <c>Voucher:Groups</c> (which replaces this list) rather than guessing them here.
    /// </summary>
    public static readonly IReadOnlyList<VoucherGroup> DefaultGroups =
    [
        new("UrbanUnemployed", "城镇失业人员"),
        new("HardToEmploy", "就业困难人员"),
        new("ModelWorker", "劳动模范"),
    ];
}

/// <summary>An eligible group (特定群体): a stable code and its Chinese name.</summary>
public sealed record VoucherGroup(string Code, string Name);
