namespace Jiafu.Identity.Domain;

/// <summary>
/// A refresh token, stored as a hash. Each use rotates it: the old one is revoked and replaced.
/// Presenting a revoked token again revokes its whole family (the sign-in it came from).
/// </summary>
public sealed class RefreshToken
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid UserId { get; set; }

    public required string TokenHash { get; set; }

    /// <summary>All tokens rotated from one sign-in share a family.</summary>
    public Guid FamilyId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public string? RevokedReason { get; set; }

    public Guid? ReplacedById { get; set; }
}
