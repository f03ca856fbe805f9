using Jiafu.Shared.Persistence;
using Microsoft.Extensions.Options;

namespace Jiafu.Api.Operations;

/// <summary>Writes a backup every <see cref="BackupOptions.IntervalHours"/> and keeps the newest <see cref="BackupOptions.Retain"/>.</summary>
public sealed class ScheduledBackupService(
    DatabaseBackup backup,
    IOptions<BackupOptions> backupOptions,
    IOptions<DatabaseOptions> databaseOptions,
    TimeProvider time,
    ILogger<ScheduledBackupService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var options = backupOptions.Value;
        if (options.IntervalHours <= 0 || databaseOptions.Value.Provider != DatabaseProvider.Sqlite)
        {
            return;
        }

        var directory = options.ResolveDirectory(databaseOptions.Value.FullDataDirectory);
        using var timer = new PeriodicTimer(TimeSpan.FromHours(options.IntervalHours), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await backup.CreateAsync(directory, stoppingToken);
                foreach (var stale in Prune(directory, options.Retain))
                {
                    logger.LogInformation("Deleted backup {Archive} (retention {Retain})", stale, options.Retain);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
            {
                logger.LogError(ex, "Scheduled backup into {Directory} failed", directory);
            }
        }
    }

    /// <summary>Deletes all but the newest <paramref name="retain"/> archives; returns the deleted paths.</summary>
    public static IReadOnlyList<string> Prune(string directory, int retain)
    {
        var archives = Directory.EnumerateFiles(directory, DatabaseBackup.ArchivePrefix + "*" + DatabaseBackup.ArchiveExtension)
            .Order(StringComparer.Ordinal) // the UTC time in the name sorts chronologically
            .ToList();
        var stale = archives.Take(Math.Max(0, archives.Count - Math.Max(1, retain))).ToList();
        stale.ForEach(File.Delete);
        return stale;
    }
}
