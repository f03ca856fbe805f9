using FluentValidation;
using Jiafu.Contracts.Statistics;
using Jiafu.Contracts.Voucher;
using Mediator;

namespace Jiafu.Voucher.Features.Statistics;

/// <summary>Voucher statistics (促进就业券统计) for a year, quarter or month, within the caller's data scope.</summary>
/// <param name="Year">The year (2000–2100).</param>
/// <param name="Quarter">Optional quarter 1–4.</param>
/// <param name="Month">Optional month 1–12 (not with a quarter).</param>
public sealed record GetVoucherStatistics(int Year, int? Quarter = null, int? Month = null) : IQuery<VoucherStatistics>;

public sealed class GetVoucherStatisticsValidator : AbstractValidator<GetVoucherStatistics>
{
    public GetVoucherStatisticsValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
        RuleFor(x => x.Quarter).InclusiveBetween(1, 4);
        RuleFor(x => x.Month).InclusiveBetween(1, 12);
        RuleFor(x => x.Month).Null().When(x => x.Quarter is not null)
            .WithMessage("Give a quarter or a month, not both. 季度和月份只能选一个。");
    }
}

public sealed class GetVoucherStatisticsHandler(IVoucherStatistics statistics) : IQueryHandler<GetVoucherStatistics, VoucherStatistics>
{
    public async ValueTask<VoucherStatistics> Handle(GetVoucherStatistics query, CancellationToken ct) =>
        await statistics.GetAsync(new StatisticsPeriod(query.Year, query.Quarter, query.Month), ct);
}
