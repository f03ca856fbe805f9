using FluentValidation;
using Jiafu.Integration.Domain;
using Jiafu.Shared.Paging;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Integration.Features.Webhooks;

/// <summary>The delivery log of a subscription (推送记录), newest first, with each attempt's response code and duration.</summary>
public sealed record ListWebhookDeliveries : PageRequest, IQuery<PagedResult<WebhookDeliveryResponse>>
{
    /// <summary>The subscription (from the route).</summary>
    public Guid SubscriptionId { get; init; }

    /// <summary>Only deliveries in this state.</summary>
    public WebhookDeliveryStatus? Status { get; init; }

    /// <summary>Only deliveries of this event id (an original and its replays).</summary>
    public Guid? EventId { get; init; }
}

public sealed class ListWebhookDeliveriesValidator : AbstractValidator<ListWebhookDeliveries>
{
    internal static readonly SortMap<WebhookDelivery> Sorts = new SortMap<WebhookDelivery>("-createdAt")
        .Add("createdAt", d => d.CreatedAt);

    public ListWebhookDeliveriesValidator() => this.AddPagingRules(Sorts);
}

public sealed class ListWebhookDeliveriesHandler(WebhookAccess access) : IQueryHandler<ListWebhookDeliveries, PagedResult<WebhookDeliveryResponse>>
{
    public async ValueTask<PagedResult<WebhookDeliveryResponse>> Handle(ListWebhookDeliveries q, CancellationToken ct)
    {
        if (!await access.Subscriptions().AnyAsync(s => s.Id == q.SubscriptionId, ct))
        {
            throw new Jiafu.Shared.Errors.NotFoundException("WebhookSubscription", q.SubscriptionId.ToString());
        }

        var query = access.Deliveries().AsNoTracking().Include(d => d.AttemptLog).Where(d => d.SubscriptionId == q.SubscriptionId);
        if (q.Status is { } status)
        {
            query = query.Where(d => d.Status == status);
        }

        if (q.EventId is { } eventId)
        {
            query = query.Where(d => d.EventId == eventId);
        }

        var page = await query.SortBy(q.Sort, ListWebhookDeliveriesValidator.Sorts).ToPageAsync(q, ct);
        return new PagedResult<WebhookDeliveryResponse>(page.Items.Select(d => WebhookDeliveryResponse.From(d)).ToList(), page.Total, page.Page, page.PageSize);
    }
}
