namespace Jiafu.Shared.Idempotency;

public enum IdempotencyState
{
    /// <summary>Claimed by a request whose handler is still running.</summary>
    InFlight,

    /// <summary>The handler finished; the first response is stored for replays.</summary>
    Completed,
}

/// <summary>
/// One <c>Idempotency-Key</c> of one caller. Claimed (inserted, unique on caller and key) before the handler
/// runs and completed with the response after it, so concurrent repeats on any host run the handler at most once.
/// Only a SHA-256 of the request (method, path, query and body) is kept, never the request body itself.
/// </summary>
public sealed class IdempotencyRecord
{
    public const int MaxKeyLength = 255;

    private IdempotencyRecord()
    {
    }

    public IdempotencyRecord(string caller, string key, string requestHash, string method, string path, DateTimeOffset now, TimeSpan retention)
    {
        Id = Guid.CreateVersion7();
        Caller = caller;
        Key = key;
        RequestHash = requestHash;
        Method = method;
        Path = path.Length > 500 ? path[..500] : path;
        State = IdempotencyState.InFlight;
        CreatedAt = now;
        ExpiresAt = now + retention;
    }

    public Guid Id { get; private set; }

    /// <summary>User id or API client id: keys of two callers never meet.</summary>
    public string Caller { get; private set; } = "";

    public string Key { get; private set; } = "";

    /// <summary>Hex SHA-256 of method, path, query and body.</summary>
    public string RequestHash { get; private set; } = "";

    public string Method { get; private set; } = "";

    public string Path { get; private set; } = "";

    public IdempotencyState State { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public int? StatusCode { get; private set; }

    public string? ContentType { get; private set; }

    public string? Location { get; private set; }

    public string? ETag { get; private set; }

    /// <summary>The response body as sent (API responses: masked personal data only).</summary>
    public byte[]? ResponseBody { get; private set; }
}
