namespace Jiafu.Identity.Domain;

/// <summary>
/// A third-party system (alliance platform, O2O app, an institution's own system) that calls the API
/// with the OAuth 2.0 client-credentials grant, limited to its scopes and bound institutions.
/// </summary>
public sealed class ApiClient
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The public client identifier sent as <c>client_id</c>.</summary>
    public required string ClientId { get; set; }

    public required string Name { get; set; }

    /// <summary>PBKDF2 hash of the secret; the secret itself is shown once at creation.</summary>
    public required string SecretHash { get; set; }

    public List<string> Scopes { get; set; } = [];

    public List<string> InstitutionIds { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }

    public bool IsRevoked => RevokedAt is not null;
}
