namespace Jiafu.Shared.Security;

/// <summary>
/// Who is calling: a signed-in user, an API client, or nobody. Carries the data scope
/// (a street, an institution, or the institutions a client is bound to) that every query must respect.
/// </summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    /// <summary>User id or API client id.</summary>
    string? Id { get; }

    string Name { get; }

    bool IsClient { get; }

    IReadOnlyCollection<string> Roles { get; }

    IReadOnlyCollection<string> Scopes { get; }

    /// <summary>Set for street officers: the only street whose data they may see.</summary>
    string? StreetCode { get; }

    /// <summary>Set for institution operators: the only institution whose data they may see.</summary>
    string? InstitutionId { get; }

    /// <summary>For API clients: the institutions the client may act for.</summary>
    IReadOnlyCollection<string> InstitutionIds { get; }

    bool IsInRole(string role);

    bool HasScope(string scope);
}
