namespace Jiafu.Shared.Persistence;

/// <summary>
/// One module's database: its name (the SQLite file name and the SQL Server schema) and its DbContext type.
/// Registered once per module; migration, health checks and the outbox dispatcher iterate over these.
/// </summary>
public sealed record ModuleDatabase(string Name, Type ContextType);
