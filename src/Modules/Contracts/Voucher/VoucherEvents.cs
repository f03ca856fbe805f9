using Jiafu.Contracts.Events;

namespace Jiafu.Contracts.Voucher;

/// <summary>A voucher batch (发放批次) was created.</summary>
public sealed record VoucherBatchCreated(Guid BatchId, string Name, int Year, int Quantity, decimal FaceValue) : IntegrationEvent;

/// <summary>A household declaration (人员申报) was submitted.</summary>
public sealed record VoucherApplicationSubmitted(Guid ApplicationId, Guid BatchId, string StreetCode, string Group) : IntegrationEvent;

/// <summary>A declaration was rejected (不予发放).</summary>
public sealed record VoucherApplicationRejected(Guid ApplicationId, Guid BatchId, string Reason) : IntegrationEvent;

/// <summary>A voucher was issued for an approved declaration.</summary>
public sealed record VoucherIssued(Guid VoucherId, Guid BatchId, Guid ApplicationId, string StreetCode, decimal FaceValue) : IntegrationEvent;

/// <summary>
/// A voucher moved through its workflow: institution selected or returned to selection, scheduled, served, followed
/// up, verified, reimbursed, expired or voided. <see cref="Action"/> names the step.
/// </summary>
public sealed record VoucherStatusChanged(
    Guid VoucherId, Guid BatchId, Guid? InstitutionId, string FromStatus, string ToStatus, string Action) : IntegrationEvent;

/// <summary>A settlement statement (结算单) was submitted, approved, paid or returned to the institution (<c>Rejected</c>).</summary>
public sealed record VoucherSettlementChanged(
    Guid SettlementId, Guid BatchId, Guid InstitutionId, string Status, int VoucherCount, decimal Amount) : IntegrationEvent
{
    /// <summary>Why a statement was returned (退回原因); <c>null</c> for the other changes.</summary>
    public string? Reason { get; init; }
}
