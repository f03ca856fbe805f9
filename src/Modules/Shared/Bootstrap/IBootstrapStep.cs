namespace Jiafu.Shared;

/// <summary>
/// Runs once at start, after migrations, in order: the administrator account, reference data, and — with
/// <c>Bootstrap:SeedDemoData=true</c> on an empty database — each module's demo data. Steps must be idempotent.
/// </summary>
public interface IBootstrapStep
{
    /// <summary>Lower runs first. Identity uses 0; module demo data 100 and up.</summary>
    int Order { get; }

    Task RunAsync(CancellationToken ct);
}

/// <summary>Configuration section <c>Bootstrap</c>.</summary>
public sealed class BootstrapOptions
{
    public const string SectionName = "Bootstrap";

    public string AdminUserName { get; set; } = "admin";

    public string? AdminPassword { get; set; }

    public bool SeedDemoData { get; set; }
}
