using Jiafu.Contracts.Audit;
using Jiafu.Shared.Outbox;

namespace Jiafu.Shared.Audit;

/// <summary>
/// The command being executed in this DI scope. Set by <see cref="Behaviors.AuditBehavior{TMessage,TResponse}"/>;
/// read by <see cref="AuditSaveChangesInterceptor"/> to attach the audit record to the same transaction.
/// </summary>
public sealed class AuditScope
{
    public string? Action { get; private set; }

    public string? Module { get; private set; }

    public string? TargetType { get; set; }

    public string? TargetId { get; set; }

    public bool IsActive => Action is not null;

    /// <summary>The audit record already written to the outbox by a save of this command, if any.</summary>
    internal OutboxMessage? StagedRecord { get; set; }

    internal AuditRecorded? StagedEvent { get; set; }

    public bool HasCommittedChanges => StagedRecord is not null;

    public void Begin(string action, string module)
    {
        Action = action;
        Module = module;
    }
}
