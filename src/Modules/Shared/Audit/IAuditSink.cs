using Jiafu.Contracts.Audit;

namespace Jiafu.Shared.Audit;

/// <summary>
/// Appends an audit record directly, outside any module transaction: used for commands that were
/// rejected or failed (nothing was committed, so there is no outbox to ride on) and for sign-in events.
/// </summary>
public interface IAuditSink
{
    Task RecordAsync(AuditRecorded record, CancellationToken ct);
}
