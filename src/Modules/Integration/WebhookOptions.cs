namespace Jiafu.Integration;

/// <summary>Configuration section <c>Integration:Webhooks</c>: delivery of webhooks to API clients' endpoints.</summary>
public sealed class WebhookOptions
{
    public const string SectionName = "Integration:Webhooks";

    /// <summary>Run the background delivery loop in this host.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Accept <c>http://localhost</c> (and 127.0.0.1) endpoint URLs: for development and tests only; otherwise https is required.</summary>
    public bool AllowInsecureLocalhost { get; set; }

    /// <summary>
    /// Deliver to endpoints on private networks (10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7), e.g. partner systems
    /// on the government intranet. Off by default: a client could otherwise reach the host's own network. Link-local
    /// and reserved addresses are never reached; loopback only with <see cref="AllowInsecureLocalhost"/>.
    /// </summary>
    public bool AllowPrivateNetworkEndpoints { get; set; }

    /// <summary>Timeout of one delivery request; a slower receiver counts as a failed attempt.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Wait before the second attempt; it doubles after each failure (exponential backoff).</summary>
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest wait between two attempts.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long after its creation a delivery is retried before it is given up (Failed).</summary>
    public TimeSpan RetryPeriod { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often due deliveries are looked for when nothing signals new ones.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a host's claim on a delivery lasts; a crashed host's claims expire after this.</summary>
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromMinutes(2);

    public int BatchSize { get; set; } = 50;

    /// <summary>Most subscriptions one API client may hold.</summary>
    public int MaxSubscriptionsPerClient { get; set; } = 10;

    /// <summary>Largest number of response-body characters kept in the delivery log.</summary>
    public int MaxResponseExcerpt { get; set; } = 500;
}
