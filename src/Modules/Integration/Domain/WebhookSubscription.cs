namespace Jiafu.Integration.Domain;

/// <summary>
/// An API client's webhook subscription (事件订阅): an endpoint URL that receives the chosen event types, signed with a
/// secret only the client and this system know. The secret is stored encrypted (it is needed to sign).
/// </summary>
public sealed class WebhookSubscription
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The API client's internal id (the token's <c>sub</c>).</summary>
    public Guid ClientId { get; set; }

    public required string Url { get; set; }

    public List<string> EventTypes { get; set; } = [];

    public string? Description { get; set; }

    /// <summary>The signing secret, encrypted with the kernel's protector.</summary>
    public required string SecretCiphertext { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public DateTimeOffset? SecretRotatedAt { get; set; }

    /// <summary>Deleted subscriptions are kept (their deliveries stay in the log) but receive nothing.</summary>
    public DateTimeOffset? DeletedAt { get; set; }

    public bool IsActive => DeletedAt is null;

    public bool Receives(string eventType) => IsActive && EventTypes.Contains(eventType, StringComparer.Ordinal);
}
