using Jiafu.Shared.Outbox;
using Jiafu.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Voucher.Data;

/// <summary>The Voucher module's database: batches, declarations, vouchers, settlements.</summary>
public class VoucherDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Schema = "voucher";

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.ApplyProviderConventions(Database);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.UseModuleSchema(Database, Schema);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(VoucherDbContext).Assembly);
    }
}

/// <summary>SQLite flavour of the context; owns the SQLite migrations.</summary>
public sealed class VoucherSqliteDbContext(DbContextOptions<VoucherSqliteDbContext> options) : VoucherDbContext(options);

/// <summary>SQL Server flavour of the context; owns the SQL Server migrations.</summary>
public sealed class VoucherSqlServerDbContext(DbContextOptions<VoucherSqlServerDbContext> options) : VoucherDbContext(options);

public sealed class VoucherSqliteDesignTimeFactory()
    : DesignTimeContextFactory<VoucherSqliteDbContext>(DatabaseProvider.Sqlite, VoucherModule.Name);

public sealed class VoucherSqlServerDesignTimeFactory()
    : DesignTimeContextFactory<VoucherSqlServerDbContext>(DatabaseProvider.SqlServer, VoucherModule.Name);
