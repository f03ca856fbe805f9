using Jiafu.Contracts.Statistics;

namespace Jiafu.Contracts.Training;

/// <summary>Training statistics (培训统计) for a period, within the current caller's data scope (implemented by Training).</summary>
public interface ITrainingStatistics
{
    Task<TrainingStatistics> GetAsync(StatisticsPeriod period, CancellationToken ct);
}

/// <param name="AnnualTarget">The yearly trainee target (年度培训目标, 2000 by the plan).</param>
/// <param name="Classes">Classes starting in the period (not cancelled).</param>
/// <param name="Enrolled">Seats taken in classes starting in the period (not withdrawn).</param>
/// <param name="Trained">Completions (结业人次) in the period.</param>
/// <param name="Certified">Certificates issued in the period (not revoked).</param>
/// <param name="ClassesInProgress">Classes open or in progress now.</param>
/// <param name="TrainedByStreet">Completions by the trainee's street.</param>
/// <param name="TrainedByCategory">Completions by programme category.</param>
/// <param name="TrainedByTraineeCategory">Completions by trainee category (失业人员, 就业困难人员 …).</param>
/// <param name="ClassesByStatus">Classes starting in the period by status.</param>
/// <param name="TrainedByMonth">Completions per month.</param>
public sealed record TrainingStatistics(
    StatisticsPeriod Period,
    int AnnualTarget,
    int Classes,
    int Enrolled,
    int Trained,
    int Certified,
    int ClassesInProgress,
    IReadOnlyList<Tally> TrainedByStreet,
    IReadOnlyList<Tally> TrainedByCategory,
    IReadOnlyList<Tally> TrainedByTraineeCategory,
    IReadOnlyList<Tally> ClassesByStatus,
    IReadOnlyList<MonthTally> TrainedByMonth);
