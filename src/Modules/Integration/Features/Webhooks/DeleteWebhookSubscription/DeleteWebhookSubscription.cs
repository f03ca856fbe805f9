using Jiafu.Integration.Data;
using Jiafu.Integration.Domain;
using Jiafu.Shared.Behaviors;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Integration.Features.Webhooks;

/// <summary>Delete a webhook subscription (删除事件订阅): it receives nothing more; pending deliveries are given up; the log stays.</summary>
public sealed record DeleteWebhookSubscription(Guid Id) : ICommand, IAuditTarget
{
    public string AuditTargetType => nameof(WebhookSubscription);

    public string? AuditTargetId => Id.ToString();
}

public sealed class DeleteWebhookSubscriptionHandler(IntegrationDbContext db, WebhookAccess access, TimeProvider time)
    : ICommandHandler<DeleteWebhookSubscription>
{
    public async ValueTask<Unit> Handle(DeleteWebhookSubscription command, CancellationToken ct)
    {
        var subscription = await access.FindActiveAsync(command.Id, ct);
        var now = time.GetUtcNow();
        subscription.DeletedAt = now;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        await db.Set<WebhookDelivery>()
            .Where(d => d.SubscriptionId == subscription.Id && d.Status == WebhookDeliveryStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, WebhookDeliveryStatus.Failed)
                .SetProperty(d => d.CompletedAt, now)
                .SetProperty(d => d.LastError, "The subscription was deleted."), ct);
        await transaction.CommitAsync(ct);
        return Unit.Value;
    }
}
