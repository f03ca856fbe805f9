namespace Jiafu.Shared.Outbox;

internal static class HostIdentity
{
    /// <summary>A name unique to this process, at most 100 characters (the column's length).</summary>
    public static string Create()
    {
        var id = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
        return id.Length <= 100 ? id : id[^100..];
    }
}
