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

    /// <summary>
    /// On SQLite, kinds that have one write new rows with reused prepared statements (<see cref="SqliteBulkInsert{T}"/>);
    /// false forces the provider-neutral EF Core writer everywhere (the one SQL Server uses).
    /// </summary>
    public bool SqlitePreparedWriter { get; set; } = true;

    /// <summary>
    /// SQLite page cache of an import's connection while it runs, in KiB (the hash and name indexes are written in random
    /// order; a cache that holds them avoids re-reading pages: with 200,000 workers stored they no longer fit in 64 MiB).
    /// Pages are allocated only as they are used and released when the default is restored afterwards (docs/adr/0073).
    /// </summary>
    public int SqliteImportCacheKiB { get; set; } = 256 * 1024;
}
