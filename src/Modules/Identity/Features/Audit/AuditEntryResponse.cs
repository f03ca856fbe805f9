namespace Jiafu.Identity.Features.Audit;

/// <summary>One audit-trail entry (审计记录).</summary>
/// <param name="Changes">JSON array of entity changes with before/after values; secrets are redacted.</param>
/// <param name="Hash">SHA-256 over the entry and the previous entry's hash.</param>
public sealed record AuditEntryResponse(
    long Sequence,
    DateTimeOffset OccurredAt,
    string Module,
    string Action,
    string? ActorId,
    string Actor,
    string ActorType,
    string? TargetType,
    string? TargetId,
    string Outcome,
    string? Reason,
    string? TraceId,
    string? Changes,
    string PreviousHash,
    string Hash);
