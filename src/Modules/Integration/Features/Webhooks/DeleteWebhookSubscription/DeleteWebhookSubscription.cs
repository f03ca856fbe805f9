using Jiafu.Integration.Data;
using Jiafu.Integration.Domain;
using Jiafu.Shared.Behaviors;
using Mediator;

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
        subscription.DeletedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return Unit.Value;
    }
}
