using FluentValidation;
using Jiafu.Contracts.Registry;
using Jiafu.Contracts.Statistics;
using Mediator;

namespace Jiafu.Registry.Features.Statistics;

/// <summary>The register's statistics (登记统计) for a year, quarter or month, within the caller's data scope.</summary>
/// <param name="Year">The year (2000–2100).</param>
/// <param name="Quarter">Optional quarter 1–4.</param>
/// <param name="Month">Optional month 1–12 (not with a quarter).</param>
public sealed record GetRegistryStatistics(int Year, int? Quarter = null, int? Month = null) : IQuery<RegistryStatistics>;

public sealed class GetRegistryStatisticsValidator : AbstractValidator<GetRegistryStatistics>
{
    public GetRegistryStatisticsValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
        RuleFor(x => x.Quarter).InclusiveBetween(1, 4);
        RuleFor(x => x.Month).InclusiveBetween(1, 12);
        RuleFor(x => x.Month).Null().When(x => x.Quarter is not null)
            .WithMessage("Give a quarter or a month, not both. 季度和月份只能选一个。");
    }
}

public sealed class GetRegistryStatisticsHandler(IRegistryStatistics statistics) : IQueryHandler<GetRegistryStatistics, RegistryStatistics>
{
    public async ValueTask<RegistryStatistics> Handle(GetRegistryStatistics query, CancellationToken ct) =>
        await statistics.GetAsync(new StatisticsPeriod(query.Year, query.Quarter, query.Month), ct);
}
