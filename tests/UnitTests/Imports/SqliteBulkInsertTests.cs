using Jiafu.Shared.Imports;
using Jiafu.Shared.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.UnitTests.Imports;

public sealed class SqliteBulkInsertTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public SqliteBulkInsertTests() => _connection.Open();

    public void Dispose() => _connection.Dispose();

    [Fact]
    public async Task Rows_written_by_the_bulk_insert_read_back_exactly_like_rows_written_by_EF_Core()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = new SampleContext(_connection);
        await db.Database.EnsureCreatedAsync(ct);
        var viaEf = Sample("EF Core", "");
        var viaBulk = Sample("批量", "");
        var sparse = new SampleRow { Name = "空", Code = "C3", Tags = [] };
        db.Add(viaEf);
        await db.SaveChangesAsync(ct);

        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            using var insert = new SqliteBulkInsert<SampleRow>(db, skipConflictsOn: nameof(SampleRow.Code));
            Assert.True(insert.Insert(insert.Encode(viaBulk)));
            Assert.True(insert.Insert(sparse));
            Assert.False(insert.Insert(Sample("duplicate code", "", code: viaBulk.Code)));
            await transaction.CommitAsync(ct);
        }

        db.ChangeTracker.Clear();
        var rows = await db.Set<SampleRow>().AsNoTracking().ToDictionaryAsync(r => r.Id, ct);
        Assert.Equal(3, rows.Count);
        AssertSame(viaBulk, rows[viaBulk.Id]);
        AssertSame(sparse, rows[sparse.Id]);
        AssertSame(viaEf, rows[viaEf.Id]);

        // Stored the same way, so SQL comparisons and lookups treat both alike.
        Assert.Equal(2, await db.Set<SampleRow>().CountAsync(r => r.When > new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero) && r.Day == new DateOnly(2026, 11, 27), ct));
        Assert.Equal(viaBulk.Id, (await db.Set<SampleRow>().SingleAsync(r => r.Other == viaBulk.Other, ct)).Id);
        Assert.Equal(1, await db.Set<SampleRow>().CountAsync(r => r.Empty == "" && r.Name == "批量", ct));
    }

    [Fact]
    public async Task Outside_a_transaction_the_bulk_insert_refuses_to_start()
    {
        await using var db = new SampleContext(_connection);
        await db.Database.EnsureCreatedAsync(TestContext.Current.CancellationToken);

        Assert.Throws<InvalidOperationException>(() => new SqliteBulkInsert<SampleRow>(db));
    }

    private static SampleRow Sample(string name, string empty, string? code = null) => new()
    {
        Name = name,
        Code = code ?? Guid.NewGuid().ToString("N")[..8],
        Empty = empty,
        Other = Guid.NewGuid(),
        Day = new DateOnly(2026, 11, 27),
        When = new DateTimeOffset(2026, 11, 27, 20, 15, 30, 123, TimeSpan.FromHours(8)),
        Flag = true,
        Count = 42,
        Ratio = 0.25,
        Kind = SampleKind.Second,
        Tags = ["Housekeeper", "Cook"],
    };

    private static void AssertSame(SampleRow expected, SampleRow actual)
    {
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(expected.Code, actual.Code);
        Assert.Equal(expected.Empty, actual.Empty);
        Assert.Equal(expected.Other, actual.Other);
        Assert.Equal(expected.Day, actual.Day);
        Assert.Equal(expected.When.ToUnixTimeMilliseconds(), actual.When.ToUnixTimeMilliseconds());
        Assert.Equal(expected.Flag, actual.Flag);
        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(expected.Ratio, actual.Ratio);
        Assert.Equal(expected.Kind, actual.Kind);
        Assert.Equal(expected.Tags, actual.Tags);
    }

    public enum SampleKind
    {
        First,
        Second,
    }

    public sealed class SampleRow
    {
        public Guid Id { get; set; } = Guid.CreateVersion7();

        public required string Name { get; set; }

        public required string Code { get; set; }

        public string? Empty { get; set; }

        public Guid? Other { get; set; }

        public DateOnly? Day { get; set; }

        public DateTimeOffset When { get; set; }

        public bool Flag { get; set; }

        public int Count { get; set; }

        public double? Ratio { get; set; }

        public SampleKind Kind { get; set; }

        public List<string> Tags { get; set; } = [];
    }

    private sealed class SampleContext(SqliteConnection connection) : DbContext
    {
        protected override void OnConfiguring(DbContextOptionsBuilder options) => options.UseSqlite(connection);

        protected override void ConfigureConventions(ModelConfigurationBuilder builder) => builder.ApplyProviderConventions(Database);

        protected override void OnModelCreating(ModelBuilder model) => model.Entity<SampleRow>(b =>
        {
            b.ToTable("Samples");
            b.HasIndex(x => x.Code).IsUnique();
            b.Property(x => x.Kind).HasConversion<string>();
            b.Property(x => x.Tags).HasSpaceSeparatedConversion(200);
        });
    }
}
