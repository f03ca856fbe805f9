namespace Jiafu.Shared.Security;

/// <summary>Claim types carried by Jiafu access tokens.</summary>
public static class JiafuClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string DisplayName = "display_name";
    public const string Role = "role";
    public const string StreetCode = "street";
    public const string InstitutionId = "institution";
    public const string Scope = "scope";
    public const string ClientId = "client_id";
    public const string ActorType = "actor_type";
}
