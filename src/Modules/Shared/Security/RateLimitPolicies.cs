namespace Jiafu.Shared.Security;

/// <summary>Rate-limit policy names; the host defines their limits.</summary>
public static class RateLimitPolicies
{
    public const string Auth = "auth";

    /// <summary>Anonymous public reads (the service directory).</summary>
    public const string Directory = "directory";
}
