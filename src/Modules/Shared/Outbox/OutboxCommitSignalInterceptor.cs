using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Jiafu.Shared.Outbox;

/// <summary>
/// Wakes the dispatcher when an explicit transaction commits. A save inside a transaction signals too early
/// (its rows are not visible yet), so without this the messages would wait for the next poll.
/// </summary>
public sealed class OutboxCommitSignalInterceptor(OutboxSignal signal) : DbTransactionInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        signal.Notify();
        base.TransactionCommitted(transaction, eventData);
    }

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        signal.Notify();
        return base.TransactionCommittedAsync(transaction, eventData, cancellationToken);
    }
}
