namespace Jiafu.Api.Operations;

/// <summary>Configuration section <c>Backup</c>: where archives go and the optional schedule.</summary>
public sealed class BackupOptions
{
    public const string SectionName = "Backup";

    /// <summary>Folder of the archives; empty means a folder named <c>&lt;data folder&gt;-backups</c> beside the data folder.</summary>
    public string? Directory { get; set; }

    /// <summary>Hours between scheduled backups; 0 turns the schedule off.</summary>
    public double IntervalHours { get; set; }

    /// <summary>How many scheduled archives to keep (the oldest are deleted after each scheduled backup).</summary>
    public int Retain { get; set; } = 14;

    public string ResolveDirectory(string fullDataDirectory) =>
        string.IsNullOrWhiteSpace(Directory)
            ? Path.TrimEndingDirectorySeparator(fullDataDirectory) + "-backups"
            : Path.GetFullPath(Directory);
}
