namespace Jiafu.Contracts.Identity;

/// <summary>What other modules may read of API clients (implemented by the Identity module): scopes and bound institutions.</summary>
public interface IApiClientReader
{
    /// <summary>The client with this id (the token's <c>sub</c>), or null when unknown.</summary>
    Task<ApiClientSummary?> FindClientAsync(Guid id, CancellationToken ct);

    /// <summary>The clients with these ids that exist (revoked ones included, flagged).</summary>
    Task<IReadOnlyList<ApiClientSummary>> FindClientsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct);
}

/// <param name="Id">The client's internal id (the token's <c>sub</c>).</param>
/// <param name="ClientId">The public <c>client_id</c>.</param>
/// <param name="Scopes">Scopes granted to the client.</param>
/// <param name="InstitutionIds">The institutions the client may act for (its data scope).</param>
public sealed record ApiClientSummary(
    Guid Id, string ClientId, string Name, IReadOnlyList<string> Scopes, IReadOnlyList<string> InstitutionIds, bool IsRevoked);
