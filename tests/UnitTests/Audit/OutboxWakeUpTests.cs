using Jiafu.Shared.Audit;
using Jiafu.Shared.Outbox;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Jiafu.UnitTests.Audit;

/// <summary>
/// The outbox dispatcher is woken when saved messages become visible: at once for a save on its own, at the commit for
/// saves inside a transaction (a bulk import saves once per batch and commits once).
/// </summary>
public sealed class OutboxWakeUpTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public OutboxWakeUpTests() => _connection.Open();

    public void Dispose() => _connection.Dispose();

    [Fact]
    public async Task A_save_wakes_the_dispatcher_at_once_and_saves_inside_a_transaction_wake_it_at_the_commit_only()
    {
        var ct = TestContext.Current.CancellationToken;
        var signal = new OutboxSignal();
        await using var db = new NoteContext(_connection,
            new AuditSaveChangesInterceptor(new AuditScope(), null!, TimeProvider.System, signal), new OutboxCommitSignalInterceptor(signal));
        await db.Database.EnsureCreatedAsync(ct);
        await signal.WaitAsync(TimeSpan.Zero, ct);

        db.Add(new Note { Text = "on its own" });
        await db.SaveChangesAsync(ct);
        Assert.True(await signal.WaitAsync(TimeSpan.Zero, ct));

        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            for (var batch = 0; batch < 3; batch++)
            {
                db.Add(new Note { Text = $"batch {batch}" });
                await db.SaveChangesAsync(ct);
                Assert.False(await signal.WaitAsync(TimeSpan.Zero, ct));
            }

            await transaction.CommitAsync(ct);
        }

        Assert.True(await signal.WaitAsync(TimeSpan.Zero, ct));
        Assert.Equal(4, await db.Set<Note>().CountAsync(ct));
    }

    private sealed class Note
    {
        public int Id { get; set; }

        public required string Text { get; set; }
    }

    private sealed class NoteContext(SqliteConnection connection, params IInterceptor[] interceptors) : DbContext
    {
        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
            optionsBuilder.UseSqlite(connection).AddInterceptors(interceptors);

        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.Entity<Note>();
    }
}
