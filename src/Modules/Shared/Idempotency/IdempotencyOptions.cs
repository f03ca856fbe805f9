namespace Jiafu.Shared.Idempotency;

/// <summary>Configuration section <c>Idempotency</c>: how long keys are kept and how often expired ones are removed.</summary>
public sealed class IdempotencyOptions
{
    public const string SectionName = "Idempotency";

    /// <summary>How long a key (and the first response stored under it) is kept; a repeat after this runs again.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often the background clean-up deletes expired keys.</summary>
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Largest response body stored for a replay; a larger response is not stored (the key is released).</summary>
    public int MaxStoredResponseBytes { get; set; } = 1024 * 1024;
}
