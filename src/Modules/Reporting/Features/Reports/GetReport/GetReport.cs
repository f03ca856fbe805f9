using FluentValidation;
using Jiafu.Contracts.Statistics;
using Jiafu.Shared.District;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.Extensions.Options;

namespace Jiafu.Reporting.Features.Reports;

/// <summary>A statistical report form (统计报表) for a period, within the caller's data scope.</summary>
/// <param name="Kind">industry-basics, training, vouchers, subsidy or inspection.</param>
/// <param name="Year">The year (2000–2100).</param>
/// <param name="Quarter">Optional quarter 1–4.</param>
/// <param name="Month">Optional month 1–12 (not with a quarter).</param>
public sealed record GetReport(string Kind, int Year, int? Quarter = null, int? Month = null) : IQuery<ReportForm>;

public sealed class GetReportValidator : AbstractValidator<GetReport>
{
    public GetReportValidator()
    {
        RuleFor(x => x.Kind).Must(k => ReportBuilder.Titles.ContainsKey(k))
            .WithMessage($"Unknown report. 报表类型只能是：{string.Join("、", ReportBuilder.Titles.Keys)}。");
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
        RuleFor(x => x.Quarter).InclusiveBetween(1, 4);
        RuleFor(x => x.Month).InclusiveBetween(1, 12);
        RuleFor(x => x.Month).Null().When(x => x.Quarter is not null)
            .WithMessage("Give a quarter or a month, not both. 季度和月份只能选一个。");
    }
}

public sealed class GetReportHandler(
    ReportBuilder builder, ICurrentUser current, IOptions<ReportingOptions> options, IOptions<DistrictOptions> district, TimeProvider time)
    : IQueryHandler<GetReport, ReportForm>
{
    public async ValueTask<ReportForm> Handle(GetReport query, CancellationToken ct)
    {
        var period = new StatisticsPeriod(query.Year, query.Quarter, query.Month);
        var sections = await builder.BuildAsync(query.Kind, period, ct);
        var filledBy = string.IsNullOrEmpty(current.Name) ? current.Id ?? "" : current.Name;
        return new ReportForm(query.Kind, $"{district.Value.Name}{ReportBuilder.Titles[query.Kind]}", options.Value.ReportingUnit,
            period.Label, ReportScope.Label(current, district.Value), filledBy, ReportScope.Today(time), sections);
    }
}
