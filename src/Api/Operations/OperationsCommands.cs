using Jiafu.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Api.Operations;

/// <summary>
/// The host's maintenance verbs, run instead of serving: <c>backup [folder]</c> and <c>restore &lt;archive&gt;</c>
/// (see build/backup and build/restore). They read the same configuration as the server.
/// </summary>
internal static class OperationsCommands
{
    public static readonly string[] Verbs = ["backup", "restore"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Verbs.Contains(args[0], StringComparer.Ordinal);

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        try
        {
            return args[0] switch
            {
                "backup" => await BackupAsync(services, args.Length > 1 ? args[1] : null),
                _ when args.Length < 2 => Fail("usage: restore <archive>"),
                _ => await RestoreAsync(services, args[1]),
            };
        }
        catch (BackupArchiveException ex)
        {
            return Fail("Refused: " + ex.Message);
        }
        catch (InvalidOperationException ex)
        {
            return Fail(ex.Message);
        }
    }

    private static async Task<int> BackupAsync(IServiceProvider services, string? folder)
    {
        var data = services.GetRequiredService<IOptions<DatabaseOptions>>().Value.FullDataDirectory;
        var directory = folder is null
            ? services.GetRequiredService<IOptions<BackupOptions>>().Value.ResolveDirectory(data)
            : Path.GetFullPath(folder);
        var archive = await services.GetRequiredService<DatabaseBackup>().CreateAsync(directory);
        Console.WriteLine($"Backup of {data} written to {archive}");
        return 0;
    }

    private static async Task<int> RestoreAsync(IServiceProvider services, string archive)
    {
        var data = services.GetRequiredService<IOptions<DatabaseOptions>>().Value.FullDataDirectory;
        var restore = new DatabaseRestore(data, KnownMigrations(services), services.GetRequiredService<TimeProvider>());
        var result = await restore.RestoreAsync(Path.GetFullPath(archive));
        Console.WriteLine($"Restored {result.Manifest.Databases.Count} databases of {result.Manifest.CreatedAt:u} into {result.DataDirectory}.");
        if (result.PreviousDataMovedTo is not null)
        {
            Console.WriteLine($"The previous data folder was kept at {result.PreviousDataMovedTo}.");
        }

        return 0;
    }

    /// <summary>Per module, the migrations this build contains.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> KnownMigrations(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        return scope.ServiceProvider.GetServices<ModuleDatabase>().ToDictionary(
            d => d.Name,
            d => (IReadOnlySet<string>)((DbContext)scope.ServiceProvider.GetRequiredService(d.ContextType)).Database.GetMigrations().ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 1;
    }
}
