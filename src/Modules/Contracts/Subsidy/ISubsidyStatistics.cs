using Jiafu.Contracts.Statistics;

namespace Jiafu.Contracts.Subsidy;

/// <summary>Subsidy statistics (补贴资金统计) for a period, within the caller's data scope (implemented by Subsidy).</summary>
public interface ISubsidyStatistics
{
    Task<SubsidyStatistics> GetAsync(StatisticsPeriod period, CancellationToken ct);
}

/// <param name="Applications">Applications of the period's year submitted in the period.</param>
/// <param name="AppliedAmount">Their computed amounts, yuan.</param>
/// <param name="Paid">Applications paid (拨付) in the period.</param>
/// <param name="PaidAmount">Amount paid in the period, yuan.</param>
/// <param name="WaitingReview">Applications waiting for a street or district review now.</param>
/// <param name="ByItem">Per policy item: paid count and amount in the period.</param>
/// <param name="Allocations">Per policy item of the year: the allocation (Count 0, Amount = allocated yuan); district scope only, empty otherwise.</param>
public sealed record SubsidyStatistics(
    StatisticsPeriod Period,
    int Applications,
    decimal AppliedAmount,
    int Paid,
    decimal PaidAmount,
    int WaitingReview,
    IReadOnlyList<Tally> ByItem,
    IReadOnlyList<Tally> Allocations,
    IReadOnlyList<Tally> ByStatus,
    IReadOnlyList<Tally> ByStreet,
    IReadOnlyList<MonthTally> PaidByMonth);
