using Jiafu.Subsidy.Domain;

namespace Jiafu.Subsidy.Features.Funds;

/// <summary>One item's figures in yuan: allocated, reserved (approved, not yet paid), paid, recovered, available.</summary>
/// <param name="Balanced">True when the ledger's movements add up to these figures.</param>
public sealed record AllocationResponse(
    string ItemCode, string ItemName, decimal Allocated, decimal Reserved, decimal Paid, decimal Recovered, decimal Available, bool Balanced);

/// <summary>The year's special fund (年度专项资金) by item, with totals.</summary>
public sealed record FundResponse(
    int Year, IReadOnlyList<AllocationResponse> Items, decimal Allocated, decimal Reserved, decimal Paid, decimal Recovered, decimal Available, bool Balanced);

/// <summary>One movement of the ledger (资金台账).</summary>
public sealed record LedgerEntryResponse(
    long Id, int Year, string ItemCode, LedgerKind Kind, decimal Amount, Guid? ApplicationId, string? Note, string Actor, DateTimeOffset At);
