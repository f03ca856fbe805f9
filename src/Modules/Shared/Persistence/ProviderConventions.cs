using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Jiafu.Shared.Persistence;

public static class ProviderConventions
{
    /// <summary>
    /// SQLite cannot compare or order <see cref="DateTimeOffset"/> values, so they are stored there as
    /// UTC Unix milliseconds (ordered, comparable, millisecond precision).
    /// </summary>
    public static void ApplyProviderConventions(this ModelConfigurationBuilder builder, DatabaseFacade database)
    {
        if (database.IsSqlite())
        {
            builder.Properties<DateTimeOffset>().HaveConversion<UnixMillisecondsConverter>();
            builder.Properties<DateTimeOffset?>().HaveConversion<UnixMillisecondsConverter>();
        }
    }

    /// <summary>Sets the module's schema on SQL Server; SQLite has no schemas (one file per module instead).</summary>
    public static void UseModuleSchema(this ModelBuilder modelBuilder, DatabaseFacade database, string schema)
    {
        if (!database.IsSqlite())
        {
            modelBuilder.HasDefaultSchema(schema);
        }
    }

    private sealed class UnixMillisecondsConverter() : ValueConverter<DateTimeOffset, long>(
        v => v.ToUnixTimeMilliseconds(), v => DateTimeOffset.FromUnixTimeMilliseconds(v));
}
