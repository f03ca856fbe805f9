namespace Jiafu.Shared.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>Configuration section <c>Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary><c>Sqlite</c> (embedded default: one file per module) or <c>SqlServer</c> (one database, a schema per module).</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Folder of the SQLite files and generated development keys.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>Seconds a SQLite command waits for a lock before failing.</summary>
    public int BusyTimeoutSeconds { get; set; } = 30;

    /// <summary>Apply pending migrations on start.</summary>
    public bool MigrateOnStart { get; set; } = true;

    public string FullDataDirectory => Path.GetFullPath(DataDirectory);
}
