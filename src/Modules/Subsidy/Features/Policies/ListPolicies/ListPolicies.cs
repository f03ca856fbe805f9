using FluentValidation;
using Jiafu.Subsidy.Data;
using Jiafu.Subsidy.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Subsidy.Features.Policies;

/// <summary>The policy catalogue for a year (政策目录): each item, its parameters in force today, and the year's versions.</summary>
public sealed record ListPolicies(int? Year) : IQuery<IReadOnlyList<PolicyResponse>>;

public sealed class ListPoliciesValidator : AbstractValidator<ListPolicies>
{
    public ListPoliciesValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
    }
}

public sealed class ListPoliciesHandler(SubsidyDbContext db, ParameterResolver resolver, TimeProvider time)
    : IQueryHandler<ListPolicies, IReadOnlyList<PolicyResponse>>
{
    public async ValueTask<IReadOnlyList<PolicyResponse>> Handle(ListPolicies query, CancellationToken ct)
    {
        var today = SubsidyRules.Today(time);
        var year = query.Year ?? today.Year;
        var versions = await db.Set<PolicyParameterVersion>().AsNoTracking().Where(v => v.Year == year).ToListAsync(ct);
        var result = new List<PolicyResponse>();
        foreach (var item in PolicyCatalogue.Items)
        {
            var defaults = resolver.Defaults(item.Code);
            var history = new List<ParameterVersionResponse> { new(0, new DateOnly(year, 1, 1), defaults.Values, "Configured default 默认值", null, null) };
            history.AddRange(versions.Where(v => v.ItemCode == item.Code).OrderBy(v => v.Version)
                .Select(v => new ParameterVersionResponse(v.Version, v.EffectiveFrom, ParameterResolver.Parse(v.ParametersJson), v.Note, v.CreatedAt, v.CreatedBy)));
            var current = await resolver.GetAsync(item.Code, year, ParameterResolver.AsOf(year, today), ct);
            result.Add(new PolicyResponse(item.Code, item.Name, item.Basis, item.AcceptsApplications, year,
                item.Parameters.Select(p => new ParameterDefinitionResponse(p.Name, p.Description, p.IsInteger)).ToList(),
                history.First(h => h.Version == current.Version), history));
        }

        return result;
    }
}
