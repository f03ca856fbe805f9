using Microsoft.EntityFrameworkCore;

namespace Jiafu.Shared.Outbox;

public static class InboxExtensions
{
    /// <summary>
    /// Stages the inbox record for <paramref name="messageId"/>; returns false when the consumer
    /// already handled it. The unique key still guards a race: the losing save fails with a unique violation.
    /// </summary>
    public static async Task<bool> TryRecordInboxAsync(this DbContext db, Guid messageId, string consumer, DateTimeOffset now, CancellationToken ct)
    {
        var seen = await db.Set<InboxMessage>().AnyAsync(m => m.MessageId == messageId && m.Consumer == consumer, ct);
        if (seen)
        {
            return false;
        }

        db.Set<InboxMessage>().Add(new InboxMessage { MessageId = messageId, Consumer = consumer, ProcessedAt = now });
        return true;
    }
}
