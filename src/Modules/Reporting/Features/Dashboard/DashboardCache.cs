using System.Collections.Concurrent;
using Jiafu.Contracts.Registry;
using Jiafu.Contracts.Subsidy;
using Jiafu.Contracts.Training;
using Jiafu.Contracts.Voucher;
using Jiafu.Shared.Security;
using Microsoft.Extensions.Options;

namespace Jiafu.Reporting.Features.Dashboard;

/// <summary>
/// The dashboard's expensive figures (register, training, vouchers, subsidy) kept for a short while per data scope and
/// year (ADR 0067). Only figures that depend on nothing but the caller's <see cref="DataScope"/> are kept, under a key
/// made of the whole scope, so a street officer never receives the district's or another street's figures; the
/// caller-specific parts (inspection tasks assigned to the inspector, the to-do list composition) are computed on every
/// request. <see cref="ReportingOptions.DashboardCacheSeconds"/> = 0 turns it off.
/// </summary>
public sealed class DashboardCache(IOptions<ReportingOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>The key of a scope's figures for a year: the scope's full text form (kind, street or institution ids) and the year.</summary>
    public static string Key(DataScope scope, int year) => $"{year}|{scope.ToStorageString()}";

    /// <summary>
    /// The figures for <paramref name="scope"/> and <paramref name="year"/>: the kept ones while younger than the configured
    /// lifetime, otherwise freshly computed by <paramref name="compute"/> and kept.
    /// </summary>
    public async Task<DashboardFigures> GetOrComputeAsync(DataScope scope, int year, Func<Task<DashboardFigures>> compute)
    {
        var lifetime = TimeSpan.FromSeconds(Math.Max(0, options.Value.DashboardCacheSeconds));
        if (lifetime == TimeSpan.Zero)
        {
            return await compute();
        }

        var key = Key(scope, year);
        var now = time.GetUtcNow();
        if (_entries.TryGetValue(key, out var kept) && kept.ExpiresAt > now)
        {
            return kept.Figures;
        }

        var figures = await compute();
        _entries[key] = new Entry(figures, time.GetUtcNow() + lifetime);
        Prune(now);
        return figures;
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, entry) in _entries)
        {
            if (entry.ExpiresAt <= now)
            {
                _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
            }
        }
    }

    private sealed record Entry(DashboardFigures Figures, DateTimeOffset ExpiresAt);
}

/// <summary>The scope-only figures of a dashboard, as computed at <see cref="ComputedAt"/>.</summary>
public sealed record DashboardFigures(
    RegistryStatistics Registry, TrainingStatistics Training, VoucherStatistics Vouchers, SubsidyStatistics Subsidy, DateTimeOffset ComputedAt);
