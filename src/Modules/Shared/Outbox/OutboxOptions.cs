namespace Jiafu.Shared.Outbox;

/// <summary>Configuration section <c>Outbox</c>.</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>How often each module's outbox is polled when nothing signals new messages.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    public int BatchSize { get; set; } = 200;

    /// <summary>How long a host's claim on a message lasts; a crashed host's claims expire after this.</summary>
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>After this many failed attempts a message is parked (kept, with its last error) for an operator.</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>Run the background dispatcher in this host.</summary>
    public bool Enabled { get; set; } = true;
}
