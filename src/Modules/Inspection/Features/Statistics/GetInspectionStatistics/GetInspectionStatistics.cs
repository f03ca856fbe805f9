using FluentValidation;
using Jiafu.Contracts.Inspection;
using Jiafu.Contracts.Statistics;
using Mediator;

namespace Jiafu.Inspection.Features.Statistics;

/// <summary>Supervision and inspection statistics (监督检查统计) for a year, quarter or month, within the caller's data scope.</summary>
/// <param name="Year">The year (2000–2100).</param>
/// <param name="Quarter">Optional quarter 1–4.</param>
/// <param name="Month">Optional month 1–12 (not with a quarter).</param>
public sealed record GetInspectionStatistics(int Year, int? Quarter = null, int? Month = null) : IQuery<InspectionStatistics>;

public sealed class GetInspectionStatisticsValidator : AbstractValidator<GetInspectionStatistics>
{
    public GetInspectionStatisticsValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
        RuleFor(x => x.Quarter).InclusiveBetween(1, 4);
        RuleFor(x => x.Month).InclusiveBetween(1, 12);
        RuleFor(x => x.Month).Null().When(x => x.Quarter is not null)
            .WithMessage("Give a quarter or a month, not both. 季度和月份只能选一个。");
    }
}

public sealed class GetInspectionStatisticsHandler(IInspectionStatistics statistics) : IQueryHandler<GetInspectionStatistics, InspectionStatistics>
{
    public async ValueTask<InspectionStatistics> Handle(GetInspectionStatistics query, CancellationToken ct) =>
        await statistics.GetAsync(new StatisticsPeriod(query.Year, query.Quarter, query.Month), ct);
}
