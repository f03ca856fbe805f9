using FluentValidation;
using Jiafu.Identity.Data;
using Jiafu.Identity.Domain;
using Jiafu.Shared.Paging;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Identity.Features.Users;

/// <summary>List users (用户列表) with search and filters.</summary>
public sealed record ListUsers : PageRequest, IQuery<PagedResult<UserResponse>>
{
    /// <summary>Part of the user name or display name.</summary>
    public string? Search { get; init; }

    public string? Role { get; init; }

    public bool? IsDisabled { get; init; }

    public string? StreetCode { get; init; }
}

public sealed class ListUsersValidator : AbstractValidator<ListUsers>
{
    internal static readonly SortMap<User> Sorts = new SortMap<User>("userName")
        .Add("userName", u => u.UserName)
        .Add("displayName", u => u.DisplayName)
        .Add("createdAt", u => u.CreatedAt)
        .Add("lastSignInAt", u => u.LastSignInAt);

    public ListUsersValidator()
    {
        this.AddPagingRules(Sorts);
        RuleFor(x => x.Search).MaximumLength(100);
    }
}

public sealed class ListUsersHandler(IdentityModuleDbContext db, TimeProvider time) : IQueryHandler<ListUsers, PagedResult<UserResponse>>
{
    public async ValueTask<PagedResult<UserResponse>> Handle(ListUsers q, CancellationToken ct)
    {
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var term = q.Search.Trim();
            query = query.Where(u => u.UserName!.Contains(term) || u.DisplayName.Contains(term));
        }

        if (!string.IsNullOrWhiteSpace(q.Role))
        {
            var roleId = db.Roles.Where(r => r.Name == q.Role).Select(r => r.Id);
            query = query.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && roleId.Contains(ur.RoleId)));
        }

        if (q.IsDisabled is { } disabled) query = query.Where(u => u.IsDisabled == disabled);
        if (!string.IsNullOrWhiteSpace(q.StreetCode)) query = query.Where(u => u.StreetCode == q.StreetCode);

        var page = await query.SortBy(q.Sort, ListUsersValidator.Sorts).ToPageAsync(q, ct);
        var ids = page.Items.Select(u => u.Id).ToList();
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ids.Contains(ur.UserId)
                           select new { ur.UserId, r.Name }).ToListAsync(ct);
        var now = time.GetUtcNow();
        var items = page.Items.Select(u => UserResponse.From(u,
            roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order().ToArray(), now)).ToList();
        return new PagedResult<UserResponse>(items, page.Total, page.Page, page.PageSize);
    }
}
