using Jiafu.Contracts.Statistics;

namespace Jiafu.Contracts.Voucher;

/// <summary>Employment-promotion voucher statistics (促进就业券统计) for a period, within the caller's data scope (implemented by Voucher).</summary>
public interface IVoucherStatistics
{
    Task<VoucherStatistics> GetAsync(StatisticsPeriod period, CancellationToken ct);
}

/// <param name="Issued">Vouchers issued in the period (any later status).</param>
/// <param name="IssuedValue">Face value of those, yuan.</param>
/// <param name="Used">Of those, served (上门服务) or further (followed up, verified, reimbursed).</param>
/// <param name="UsedValue">Face value of the used ones, yuan.</param>
/// <param name="Reimbursed">Of those, reimbursed to the institution (已结算).</param>
/// <param name="ReimbursedValue">Face value reimbursed, yuan.</param>
/// <param name="DeclarationsWaiting">Household declarations (人员申报) waiting for review now.</param>
/// <param name="ExpiringSoon">Unused vouchers that expire within the next 30 days.</param>
public sealed record VoucherStatistics(
    StatisticsPeriod Period,
    int Issued,
    decimal IssuedValue,
    int Used,
    decimal UsedValue,
    int Reimbursed,
    decimal ReimbursedValue,
    int DeclarationsWaiting,
    int ExpiringSoon,
    IReadOnlyList<Tally> ByStatus,
    IReadOnlyList<Tally> ByStreet,
    IReadOnlyList<Tally> ByBusinessFormat,
    IReadOnlyList<MonthTally> IssuedByMonth,
    IReadOnlyList<MonthTally> UsedByMonth);
