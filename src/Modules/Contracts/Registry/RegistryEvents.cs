using Jiafu.Contracts.Events;

namespace Jiafu.Contracts.Registry;

/// <summary>An institution was recognised (认定) and is now active.</summary>
public sealed record InstitutionRecognised(Guid InstitutionId, string Name, string CreditCode, string StreetCode) : IntegrationEvent;

/// <summary>An institution's status changed (suspended, revoked, restored, …).</summary>
public sealed record InstitutionStatusChanged(Guid InstitutionId, string FromStatus, string ToStatus, string? Reason) : IntegrationEvent;

/// <summary>An employee-based enterprise filing (员工制备案) was approved; valid until <see cref="ValidUntil"/>.</summary>
public sealed record EmployeeFilingApproved(Guid InstitutionId, Guid FilingId, DateOnly ValidFrom, DateOnly ValidUntil) : IntegrationEvent;

/// <summary>An employee-based enterprise filing expired without renewal.</summary>
public sealed record EmployeeFilingExpired(Guid InstitutionId, Guid FilingId) : IntegrationEvent;

/// <summary>A worker (从业人员) was registered. <see cref="IdNumberHash"/> is the keyed hash, never the number.</summary>
public sealed record WorkerRegistered(Guid WorkerId, string IdNumberHash, Guid? InstitutionId, string? StreetCode) : IntegrationEvent;

/// <summary>A worker moved from one institution to another (or left / joined one).</summary>
public sealed record WorkerMoved(Guid WorkerId, Guid? FromInstitutionId, Guid? ToInstitutionId) : IntegrationEvent;

/// <summary>
/// Several workers were registered at once by a bulk import (one event per written batch of the import job
/// <see cref="ImportJobId"/>): equivalent to one <see cref="WorkerRegistered"/> per entry of <see cref="Workers"/>.
/// A consumer of registrations handles both.
/// </summary>
public sealed record WorkersRegistered(Guid ImportJobId, IReadOnlyList<RegisteredWorker> Workers) : IntegrationEvent;

/// <summary>One worker of a <see cref="WorkersRegistered"/> batch; <see cref="IdNumberHash"/> is the keyed hash, never the number.</summary>
public sealed record RegisteredWorker(Guid WorkerId, string IdNumberHash, Guid? InstitutionId, string? StreetCode);
