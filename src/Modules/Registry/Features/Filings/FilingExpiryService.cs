using Jiafu.Shared.Scheduling;
using Mediator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Jiafu.Registry.Features.Filings;

/// <summary>
/// Expires employee-based filings whose validity has ended: once at start, then every
/// <c>Registry:FilingExpiryCheckInterval</c> (default one hour). The work is the <see cref="ExpireFilings"/> command,
/// so it is audited (actor <c>system</c>) and can also be triggered over HTTP. Safe on several hosts: each filing row
/// is guarded by its concurrency token, and the losing host retries on fresh data.
/// </summary>
public sealed class FilingExpiryService(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<FilingExpiryService> logger)
    : PeriodicCommandService(scopes, logger)
{
    public const string IntervalKey = "Registry:FilingExpiryCheckInterval";

    public static readonly TimeSpan DefaultInterval = TimeSpan.FromHours(1);

    protected override TimeSpan Interval => configuration.GetValue<TimeSpan?>(IntervalKey) ?? DefaultInterval;

    protected override string Description => "Filing expiry check";

    protected override IBaseCommand CreateCommand() => new ExpireFilings();
}
