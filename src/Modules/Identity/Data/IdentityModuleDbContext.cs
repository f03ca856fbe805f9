using Jiafu.Identity.Domain;
using Jiafu.Shared.Outbox;
using Jiafu.Shared.Persistence;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Identity.Data;

/// <summary>The Identity module's database: users and roles (ASP.NET Core Identity), tokens, API clients, audit trail.</summary>
public class IdentityModuleDbContext(DbContextOptions options) : IdentityDbContext<User, Role, Guid>(options)
{
    public const string Schema = "identity";

    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();

    public DbSet<ApiClient> ApiClients => Set<ApiClient>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.ApplyProviderConventions(Database);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.UseModuleSchema(Database, Schema);
        builder.AddOutboxAndInbox();
        builder.ApplyConfigurationsFromAssembly(typeof(IdentityModuleDbContext).Assembly);
    }
}

/// <summary>SQLite flavour of the context; owns the SQLite migrations.</summary>
public sealed class IdentitySqliteDbContext(DbContextOptions<IdentitySqliteDbContext> options) : IdentityModuleDbContext(options);

/// <summary>SQL Server flavour of the context; owns the SQL Server migrations.</summary>
public sealed class IdentitySqlServerDbContext(DbContextOptions<IdentitySqlServerDbContext> options) : IdentityModuleDbContext(options);

public sealed class IdentitySqliteDesignTimeFactory()
    : DesignTimeContextFactory<IdentitySqliteDbContext>(DatabaseProvider.Sqlite, IdentityModule.Name);

public sealed class IdentitySqlServerDesignTimeFactory()
    : DesignTimeContextFactory<IdentitySqlServerDbContext>(DatabaseProvider.SqlServer, IdentityModule.Name);
