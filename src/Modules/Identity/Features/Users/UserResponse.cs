using Jiafu.Identity.Domain;

namespace Jiafu.Identity.Features.Users;

/// <summary>A dashboard user (系统用户) with roles and data scope.</summary>
/// <param name="Version">The record's version; also sent as the <c>ETag</c> header, to return in <c>If-Match</c>.</param>
public sealed record UserResponse(
    Guid Id,
    string UserName,
    string DisplayName,
    IReadOnlyList<string> Roles,
    string? StreetCode,
    string? InstitutionId,
    bool IsDisabled,
    bool IsLockedOut,
    DateTimeOffset? LockoutEnd,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastSignInAt,
    string Version)
{
    public static UserResponse From(User user, IReadOnlyList<string> roles, DateTimeOffset now) => new(
        user.Id, user.UserName!, user.DisplayName, roles, user.StreetCode, user.InstitutionId, user.IsDisabled,
        user.LockoutEnd is { } end && end > now, user.LockoutEnd is { } e && e > now ? e : null,
        user.CreatedAt, user.LastSignInAt, user.Version);
}
