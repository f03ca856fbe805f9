using FluentValidation;
using Jiafu.Registry.Data;
using Jiafu.Registry.Domain;
using Jiafu.Shared.Paging;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Registry.Features.RevocationProposals;

/// <summary>Revocation proposals (撤销建议列表), newest first.</summary>
public sealed record ListRevocationProposals : PageRequest, IQuery<PagedResult<RevocationProposalResponse>>
{
    public RevocationProposalStatus? Status { get; init; }

    public Guid? InstitutionId { get; init; }
}

public sealed class ListRevocationProposalsValidator : AbstractValidator<ListRevocationProposals>
{
    internal static readonly SortMap<RevocationProposal> Sorts = new SortMap<RevocationProposal>("-createdAt")
        .Add("createdAt", p => p.CreatedAt).Add("institutionName", p => p.InstitutionName);

    public ListRevocationProposalsValidator()
    {
        this.AddPagingRules(Sorts);
        RuleFor(x => x.Status).IsInEnum();
    }
}

public sealed class ListRevocationProposalsHandler(RegistryDbContext db) : IQueryHandler<ListRevocationProposals, PagedResult<RevocationProposalResponse>>
{
    public async ValueTask<PagedResult<RevocationProposalResponse>> Handle(ListRevocationProposals q, CancellationToken ct)
    {
        var query = db.Set<RevocationProposal>().AsNoTracking();
        if (q.Status is { } status) query = query.Where(p => p.Status == status);
        if (q.InstitutionId is { } institutionId) query = query.Where(p => p.InstitutionId == institutionId);
        var page = await ((IOrderedQueryable<RevocationProposal>)query.SortBy(q.Sort, ListRevocationProposalsValidator.Sorts)).ThenBy(p => p.Id).ToPageAsync(q, ct);
        var ids = page.Items.Select(p => p.InstitutionId).Distinct().ToList();
        var statuses = await db.Set<Institution>().AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Status, ct);
        return new PagedResult<RevocationProposalResponse>(
            page.Items.Select(p => RevocationProposalResponse.From(p, statuses.TryGetValue(p.InstitutionId, out var s) ? s : null)).ToList(),
            page.Total, page.Page, page.PageSize);
    }
}
