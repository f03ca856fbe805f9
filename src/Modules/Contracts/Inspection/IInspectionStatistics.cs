using Jiafu.Contracts.Statistics;

namespace Jiafu.Contracts.Inspection;

/// <summary>Supervision and inspection statistics (监督检查统计) for a period, within the caller's data scope (implemented by Inspection).</summary>
public interface IInspectionStatistics
{
    Task<InspectionStatistics> GetAsync(StatisticsPeriod period, CancellationToken ct);
}

/// <summary>
/// Definitions: campaign progress counts the tasks of the campaigns of the period's year (年检复核 is yearly) by their current
/// status; outcomes count the tasks inspected (检查日期) within the period by their latest outcome; overdue rectifications and the
/// caller's open tasks are counts of now; spot checks count the checks of the plans of the period's year; credit classes count
/// the current integrity profiles (诚信档案).
/// </summary>
/// <param name="Campaigns">Campaigns of the period's year (district-wide; scoped users see those with a task in their scope).</param>
/// <param name="Tasks">Tasks of those campaigns in scope.</param>
/// <param name="Inspected">Of those, tasks with an outcome (anything but 待检查).</param>
/// <param name="ProgressPercent">Inspected as a percentage of Tasks, one decimal (0 with no tasks).</param>
/// <param name="TasksByStatus">The tasks by current status: Pending 待检查, Passed 合格, Rectify 限期整改, Failed 不合格, Escalated 逾期未整改.</param>
/// <param name="ProgressByStreet">Campaign progress per street (街道/镇).</param>
/// <param name="Outcomes">Tasks inspected within the period by outcome: Passed 合格, Rectify 限期整改 (including those later escalated), Failed 不合格.</param>
/// <param name="RectificationsOpen">Tasks in 限期整改 whose date has not passed yet (now).</param>
/// <param name="RectificationsOverdue">Overdue rectifications (逾期未整改) now: 限期整改 past its date, or escalated.</param>
/// <param name="MyOpenTasks">Tasks assigned to the signed-in user still to inspect or re-inspect (待检查 or 限期整改).</param>
/// <param name="SpotChecksDrawn">Spot checks (双随机抽查) drawn by the plans of the period's year, in scope.</param>
/// <param name="SpotChecksFinished">Of those, with a result.</param>
/// <param name="SpotCheckDiscrepancies">Of those, found not as declared (不实).</param>
/// <param name="CreditClasses">Integrity profiles by credit class A–D (信用等级); red and black lists as RedList and BlackList.</param>
public sealed record InspectionStatistics(
    StatisticsPeriod Period,
    int Campaigns,
    int Tasks,
    int Inspected,
    decimal ProgressPercent,
    IReadOnlyList<Tally> TasksByStatus,
    IReadOnlyList<InspectionStreetProgress> ProgressByStreet,
    IReadOnlyList<Tally> Outcomes,
    int RectificationsOpen,
    int RectificationsOverdue,
    int MyOpenTasks,
    int SpotChecksDrawn,
    int SpotChecksFinished,
    int SpotCheckDiscrepancies,
    IReadOnlyList<Tally> CreditClasses);

/// <summary>One street's campaign progress (年检进度).</summary>
/// <param name="Code">The street code.</param>
/// <param name="Name">The street's name.</param>
/// <param name="Tasks">Tasks of the year's campaigns in the street.</param>
/// <param name="Inspected">Of those, with an outcome.</param>
/// <param name="Passed">合格.</param>
/// <param name="Rectify">限期整改 (open).</param>
/// <param name="Failed">不合格.</param>
/// <param name="Escalated">逾期未整改.</param>
public sealed record InspectionStreetProgress(string Code, string Name, int Tasks, int Inspected, int Passed, int Rectify, int Failed, int Escalated);
