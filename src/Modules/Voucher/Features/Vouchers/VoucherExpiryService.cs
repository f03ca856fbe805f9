using Jiafu.Shared.Scheduling;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Jiafu.Voucher.Features.Vouchers;

/// <summary>
/// Expires unused vouchers past their validity: once at start, then every <c>Voucher:ExpiryCheckInterval</c> (default one
/// hour). The work is the <see cref="ExpireVouchers"/> command (audited as <c>system</c>), also available over HTTP.
/// </summary>
public sealed class VoucherExpiryService(IServiceScopeFactory scopes, IOptions<VoucherOptions> options, ILogger<VoucherExpiryService> logger)
    : PeriodicCommandService(scopes, logger)
{
    protected override TimeSpan Interval => options.Value.ExpiryCheckInterval;

    protected override string Description => "Voucher expiry check";

    protected override IBaseCommand CreateCommand() => new ExpireVouchers();
}
