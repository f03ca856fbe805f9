namespace Jiafu.Identity.Tokens;

/// <summary>Configuration section <c>Auth</c>.</summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    /// <summary>HMAC-SHA256 signing key for access tokens: base64 of at least 32 bytes. Generated into the data folder when absent in development.</summary>
    public string? SigningKey { get; set; }

    public string Issuer { get; set; } = "jiafu";

    public string Audience { get; set; } = "jiafu-api";

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(7);

    public TimeSpan ClientTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Failed sign-ins before the account is locked (等保 2.0: lock after repeated failures).</summary>
    public int MaxFailedAccessAttempts { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    public int PasswordMinimumLength { get; set; } = 8;

    /// <summary>
    /// How often the disabled users and revoked API clients are reloaded from the database. This host refuses their tokens
    /// at once; another host sharing the database, within this interval.
    /// </summary>
    public TimeSpan BlockedPrincipalsRefreshInterval { get; set; } = TimeSpan.FromSeconds(30);
}
