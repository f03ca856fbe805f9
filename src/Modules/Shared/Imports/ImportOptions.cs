namespace Jiafu.Shared.Imports;

/// <summary>Configuration section <c>Imports</c>.</summary>
public sealed class ImportOptions
{
    public const string SectionName = "Imports";

    /// <summary>Largest accepted upload (default 100 MB).</summary>
    public long MaxFileBytes { get; set; } = 100 * 1024 * 1024;

    /// <summary>Row errors kept per job; the count of invalid rows is always exact.</summary>
    public int MaxErrors { get; set; } = 1000;

    /// <summary>How often a running job's progress is written.</summary>
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromMilliseconds(500);
}
