using Jiafu.Identity.Domain;

namespace Jiafu.Identity.Features.Clients;

/// <summary>An API client (接入客户端) of a third-party platform.</summary>
public sealed record ApiClientResponse(
    Guid Id, string ClientId, string Name, IReadOnlyList<string> Scopes, IReadOnlyList<string> InstitutionIds,
    bool IsRevoked, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt)
{
    public static ApiClientResponse From(ApiClient c) =>
        new(c.Id, c.ClientId, c.Name, c.Scopes, c.InstitutionIds, c.IsRevoked, c.CreatedAt, c.RevokedAt, c.LastUsedAt);
}
