using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Jiafu.Registry.Data;
using Jiafu.Registry.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Jiafu.Registry.Features.Workers;

/// <summary>
/// Short-lived cache of worker-list totals per filter and data scope. Counting the ~50,000 workers of a street costs
/// more than everything else a list request does, and the total only changes when workers change: every save that
/// adds, changes or removes a worker, and every committed Registry transaction, bumps <see cref="Version"/>, which
/// invalidates every cached total at once. A total is stored under the version read before it was counted, so a count
/// that raced a write is never served. Writes made by another host (several hosts on SQL Server) are seen at the latest
/// after <see cref="Lifetime"/>.
/// </summary>
public sealed class WorkerListTotals(TimeProvider time)
{
    /// <summary>How long a total is served without a local write invalidating it.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    private const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _version;

    public long Version => Interlocked.Read(ref _version);

    /// <summary>The cached total for <paramref name="key"/>, or counts it with <paramref name="count"/> and keeps it.</summary>
    public async Task<int> GetOrCountAsync(string key, Func<CancellationToken, Task<int>> count, CancellationToken ct)
    {
        var version = Version;
        var now = time.GetUtcNow();
        if (_entries.TryGetValue(key, out var entry) && entry.Version == version && entry.Expires > now)
        {
            return entry.Total;
        }

        var total = await count(ct);
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        _entries[key] = new Entry(version, now + Lifetime, total);
        return total;
    }

    /// <summary>Invalidates every cached total.</summary>
    public void Invalidate() => Interlocked.Increment(ref _version);

    private sealed record Entry(long Version, DateTimeOffset Expires, int Total);
}

/// <summary>Invalidates <see cref="WorkerListTotals"/> around every save that adds, changes or removes a worker.</summary>
public sealed class WorkerListTotalsSaveInterceptor(WorkerListTotals totals) : SaveChangesInterceptor
{
    private static readonly ConditionalWeakTable<DbContext, object> Pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Mark(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Mark(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Done(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Done(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Done(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Done(eventData.Context);
        return Task.CompletedTask;
    }

    private void Mark(DbContext? db)
    {
        if (db is not null && db.ChangeTracker.Entries<Worker>().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            Pending.AddOrUpdate(db, Pending);
            totals.Invalidate();
        }
    }

    private void Done(DbContext? db)
    {
        if (db is not null && Pending.Remove(db))
        {
            totals.Invalidate();
        }
    }
}

/// <summary>
/// Invalidates <see cref="WorkerListTotals"/> when a Registry transaction commits: rows written inside a transaction
/// (including the bulk import's prepared statements, which bypass <c>SaveChanges</c>) become visible only then.
/// </summary>
public sealed class WorkerListTotalsTransactionInterceptor(WorkerListTotals totals) : DbTransactionInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => totals.Invalidate();

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        totals.Invalidate();
        return Task.CompletedTask;
    }
}

public static class WorkerListTotalsRegistration
{
    /// <summary>Registers the totals cache and hooks its invalidation into both providers' Registry contexts.</summary>
    public static IServiceCollection AddWorkerListTotals(this IServiceCollection services)
    {
        services.AddSingleton<WorkerListTotals>();
        services.AddSingleton<WorkerListTotalsSaveInterceptor>();
        services.AddSingleton<WorkerListTotalsTransactionInterceptor>();
        services.ConfigureDbContext<RegistrySqliteDbContext>((sp, b) => AddInterceptors(sp, b));
        services.ConfigureDbContext<RegistrySqlServerDbContext>((sp, b) => AddInterceptors(sp, b));
        return services;
    }

    private static void AddInterceptors(IServiceProvider services, DbContextOptionsBuilder builder) =>
        builder.AddInterceptors(
            services.GetRequiredService<WorkerListTotalsSaveInterceptor>(),
            services.GetRequiredService<WorkerListTotalsTransactionInterceptor>());
}
