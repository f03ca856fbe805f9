using FluentValidation;
using Jiafu.Identity.Data;
using Jiafu.Identity.Domain;
using Jiafu.Shared.Paging;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Identity.Features.Clients;

/// <summary>List API clients (接入客户端列表).</summary>
public sealed record ListClients : PageRequest, IQuery<PagedResult<ApiClientResponse>>
{
    /// <summary>Part of the name or the client id.</summary>
    public string? Search { get; init; }

    public bool? IsRevoked { get; init; }
}

public sealed class ListClientsValidator : AbstractValidator<ListClients>
{
    internal static readonly SortMap<ApiClient> Sorts = new SortMap<ApiClient>("-createdAt")
        .Add("name", c => c.Name)
        .Add("createdAt", c => c.CreatedAt);

    public ListClientsValidator() => this.AddPagingRules(Sorts);
}

public sealed class ListClientsHandler(IdentityModuleDbContext db) : IQueryHandler<ListClients, PagedResult<ApiClientResponse>>
{
    public async ValueTask<PagedResult<ApiClientResponse>> Handle(ListClients q, CancellationToken ct)
    {
        var query = db.ApiClients.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            query = query.Where(c => c.Name.Contains(q.Search) || c.ClientId.Contains(q.Search));
        }

        if (q.IsRevoked is { } revoked)
        {
            query = revoked ? query.Where(c => c.RevokedAt != null) : query.Where(c => c.RevokedAt == null);
        }

        var page = await query.SortBy(q.Sort, ListClientsValidator.Sorts).ToPageAsync(q, ct);
        return new PagedResult<ApiClientResponse>(page.Items.Select(ApiClientResponse.From).ToList(), page.Total, page.Page, page.PageSize);
    }
}
