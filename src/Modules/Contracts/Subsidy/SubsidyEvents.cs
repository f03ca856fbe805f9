using Jiafu.Contracts.Events;

namespace Jiafu.Contracts.Subsidy;

/// <summary>A subsidy application passed the district review (审核通过); its amount is reserved in the year's fund.</summary>
public sealed record SubsidyApplicationApproved(
    Guid ApplicationId, string ItemCode, int Year, Guid InstitutionId, string StreetCode, decimal Amount) : IntegrationEvent;

/// <summary>An approved subsidy was paid (已拨付).</summary>
public sealed record SubsidyApplicationPaid(
    Guid ApplicationId, string ItemCode, int Year, Guid InstitutionId, decimal Amount, DateOnly PaidOn, string BankReference) : IntegrationEvent;

/// <summary>A paid subsidy was recovered (追回); its amount returned to the year's fund.</summary>
public sealed record SubsidyApplicationRecovered(
    Guid ApplicationId, string ItemCode, int Year, Guid InstitutionId, decimal Amount, string Reason) : IntegrationEvent;
