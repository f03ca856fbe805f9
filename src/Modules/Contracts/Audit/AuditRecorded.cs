using Jiafu.Contracts.Events;

namespace Jiafu.Contracts.Audit;

/// <summary>
/// One entry of the audit trail: who did what to which record, with what outcome.
/// Modules publish it through their outbox; the Identity module appends it to the hash-chained trail.
/// </summary>
public sealed record AuditRecorded : IntegrationEvent
{
    public required string Module { get; init; }
    public required string Action { get; init; }
    public required AuditActor Actor { get; init; }
    public string? TargetType { get; init; }
    public string? TargetId { get; init; }
    public required AuditOutcome Outcome { get; init; }
    public string? Reason { get; init; }
    public string? TraceId { get; init; }

    /// <summary>JSON array of entity changes with before/after values (sensitive fields redacted).</summary>
    public string? Changes { get; init; }
}

public sealed record AuditActor(string? Id, string Name, AuditActorType Type);

public enum AuditActorType
{
    Anonymous,
    User,
    Client,
    System,
}

public enum AuditOutcome
{
    Succeeded,
    Rejected,
    Failed,
}
