using FluentValidation;
using Jiafu.Shared.Paging;
using Jiafu.Shared.Security;
using Jiafu.Training.Data;
using Jiafu.Training.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Training.Features.Surveys;

/// <summary>List training-needs surveys (培训需求调查); street officers see their street's.</summary>
public sealed record ListSurveys : PageRequest, IQuery<PagedResult<SurveyResponse>>
{
    public string? StreetCode { get; init; }

    /// <summary>Surveys of this year.</summary>
    public int? Year { get; init; }
}

public sealed class ListSurveysValidator : AbstractValidator<ListSurveys>
{
    internal static readonly SortMap<NeedsSurvey> Sorts = new SortMap<NeedsSurvey>("-surveyedOn").Add("surveyedOn", s => s.SurveyedOn);

    public ListSurveysValidator()
    {
        this.AddPagingRules(Sorts);
        RuleFor(x => x.StreetCode).MaximumLength(12);
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
    }
}

public sealed class ListSurveysHandler(TrainingDbContext db, ICurrentUser current) : IQueryHandler<ListSurveys, PagedResult<SurveyResponse>>
{
    public async ValueTask<PagedResult<SurveyResponse>> Handle(ListSurveys q, CancellationToken ct)
    {
        var scope = DataScope.From(current);
        var query = db.Set<NeedsSurvey>().AsNoTracking();
        query = scope.Kind switch
        {
            DataScopeKind.District => query,
            DataScopeKind.Street => query.Where(s => s.StreetCode == scope.StreetCode),
            _ => query.Where(s => false),
        };
        if (!string.IsNullOrWhiteSpace(q.StreetCode)) query = query.Where(s => s.StreetCode == q.StreetCode.Trim());
        if (q.Year is { } year)
        {
            var from = new DateOnly(year, 1, 1);
            var to = new DateOnly(year, 12, 31);
            query = query.Where(s => s.SurveyedOn >= from && s.SurveyedOn <= to);
        }

        var page = await ((IOrderedQueryable<NeedsSurvey>)query.SortBy(q.Sort, ListSurveysValidator.Sorts)).ThenBy(s => s.Id).ToPageAsync(q, ct);
        return new PagedResult<SurveyResponse>(page.Items.Select(SurveyResponse.From).ToList(), page.Total, page.Page, page.PageSize);
    }
}
