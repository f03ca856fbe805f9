using Jiafu.Registry.Data;
using Jiafu.Registry.Domain;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Registry.Features.Filings;

/// <summary>One filing (备案详情); filings of out-of-scope institutions answer 404.</summary>
public sealed record GetFiling(Guid Id) : IQuery<EmployeeFilingResponse>;

public sealed class GetFilingHandler(RegistryDbContext db, ICurrentUser current, IOptions<RegistryOptions> options)
    : IQueryHandler<GetFiling, EmployeeFilingResponse>
{
    public async ValueTask<EmployeeFilingResponse> Handle(GetFiling query, CancellationToken ct)
    {
        var filing = await FilingRules.FindVisibleAsync(db, query.Id, DataScope.From(current), ct);
        var name = await db.Set<Institution>().Where(i => i.Id == filing.InstitutionId).Select(i => i.Name).FirstAsync(ct);
        return FilingRules.ToResponse(filing, name, options.Value.EmployeeFilingMinimumStaff);
    }
}
