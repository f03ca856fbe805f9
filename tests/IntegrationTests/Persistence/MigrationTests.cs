using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Jiafu.IntegrationTests.Persistence;

public sealed class MigrationTests
{
    public static TheoryData<string> Factories => ModuleContexts.FactoryNames();

    public static TheoryData<string> SqlServerFactories =>
        new(ModuleContexts.DesignTimeFactories().Select(t => t.FullName!).Where(n => n.Contains("SqlServer", StringComparison.Ordinal)).Order());

    [Fact]
    public void Every_module_has_a_context_factory_for_both_providers()
    {
        var names = ModuleContexts.DesignTimeFactories().Select(t => t.Name).ToArray();
        Assert.Contains("IdentitySqliteDesignTimeFactory", names);
        Assert.Contains("IdentitySqlServerDesignTimeFactory", names);
        Assert.Equal(names.Count(n => n.Contains("Sqlite", StringComparison.Ordinal)), names.Count(n => n.Contains("SqlServer", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Factories))]
    public void Given_the_current_model_Then_no_migration_is_missing(string factory)
    {
        using var db = ModuleContexts.Create(factory);
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(),
            $"{factory}: the model has changes without a migration. Run build/add-migration <Module> <Name>.");
    }

    [Theory]
    [MemberData(nameof(SqlServerFactories))]
    public void Given_a_SqlServer_context_Then_its_idempotent_migration_script_parses_without_errors(string factory)
    {
        using var db = ModuleContexts.Create(factory);
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(script);
        parser.Parse(reader, out var errors);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(e => $"line {e.Line}: {e.Message}")));
        Assert.Contains("CREATE SCHEMA", script, StringComparison.OrdinalIgnoreCase);
    }
}
