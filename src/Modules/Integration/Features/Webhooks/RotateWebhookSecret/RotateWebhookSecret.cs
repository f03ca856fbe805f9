using Jiafu.Integration.Data;
using Jiafu.Integration.Domain;
using Jiafu.Shared.Behaviors;
using Mediator;

namespace Jiafu.Integration.Features.Webhooks;

/// <summary>Rotate a subscription's signing secret (更换签名密钥): the new secret signs every delivery from now on and is shown once.</summary>
public sealed record RotateWebhookSecret(Guid Id) : ICommand<CreatedWebhookSubscriptionResponse>, IAuditTarget
{
    public string AuditTargetType => nameof(WebhookSubscription);

    public string? AuditTargetId => Id.ToString();
}

public sealed class RotateWebhookSecretHandler(IntegrationDbContext db, WebhookAccess access, WebhookSecrets secrets, TimeProvider time)
    : ICommandHandler<RotateWebhookSecret, CreatedWebhookSubscriptionResponse>
{
    public async ValueTask<CreatedWebhookSubscriptionResponse> Handle(RotateWebhookSecret command, CancellationToken ct)
    {
        var subscription = await access.FindActiveAsync(command.Id, ct);
        var secret = WebhookSigning.NewSecret();
        subscription.SecretCiphertext = secrets.Protect(secret);
        subscription.SecretRotatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return new CreatedWebhookSubscriptionResponse(WebhookSubscriptionResponse.From(subscription), secret);
    }
}
