using FluentValidation;
using Jiafu.Integration.Domain;
using Jiafu.Shared.Paging;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Integration.Features.Webhooks;

/// <summary>List webhook subscriptions (事件订阅列表): a client's own, or any client's for an administrator.</summary>
public sealed record ListWebhookSubscriptions : PageRequest, IQuery<PagedResult<WebhookSubscriptionResponse>>
{
    /// <summary>Only this API client's subscriptions (administrators); an API client always sees only its own.</summary>
    public Guid? ClientId { get; init; }

    /// <summary>Include deleted subscriptions (default false).</summary>
    public bool? IncludeDeleted { get; init; }
}

public sealed class ListWebhookSubscriptionsValidator : AbstractValidator<ListWebhookSubscriptions>
{
    internal static readonly SortMap<WebhookSubscription> Sorts = new SortMap<WebhookSubscription>("-createdAt")
        .Add("createdAt", s => s.CreatedAt)
        .Add("url", s => s.Url);

    public ListWebhookSubscriptionsValidator() => this.AddPagingRules(Sorts);
}

public sealed class ListWebhookSubscriptionsHandler(WebhookAccess access)
    : IQueryHandler<ListWebhookSubscriptions, PagedResult<WebhookSubscriptionResponse>>
{
    public async ValueTask<PagedResult<WebhookSubscriptionResponse>> Handle(ListWebhookSubscriptions q, CancellationToken ct)
    {
        var query = access.Subscriptions().AsNoTracking();
        if (q.ClientId is { } clientId)
        {
            query = query.Where(s => s.ClientId == clientId);
        }

        if (q.IncludeDeleted != true)
        {
            query = query.Where(s => s.DeletedAt == null);
        }

        var page = await query.SortBy(q.Sort, ListWebhookSubscriptionsValidator.Sorts).ToPageAsync(q, ct);
        return new PagedResult<WebhookSubscriptionResponse>(page.Items.Select(WebhookSubscriptionResponse.From).ToList(), page.Total, page.Page, page.PageSize);
    }
}
