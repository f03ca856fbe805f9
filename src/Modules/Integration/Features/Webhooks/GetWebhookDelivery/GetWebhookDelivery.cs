using Jiafu.Shared.Errors;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Integration.Features.Webhooks;

/// <summary>One delivery with its attempts and the exact body sent (推送详情).</summary>
public sealed record GetWebhookDelivery(Guid DeliveryId) : IQuery<WebhookDeliveryResponse>;

public sealed class GetWebhookDeliveryHandler(WebhookAccess access) : IQueryHandler<GetWebhookDelivery, WebhookDeliveryResponse>
{
    public async ValueTask<WebhookDeliveryResponse> Handle(GetWebhookDelivery q, CancellationToken ct)
    {
        var delivery = await access.Deliveries().AsNoTracking().Include(d => d.AttemptLog).FirstOrDefaultAsync(d => d.Id == q.DeliveryId, ct)
            ?? throw new NotFoundException("WebhookDelivery", q.DeliveryId.ToString());
        return WebhookDeliveryResponse.From(delivery, withPayload: true);
    }
}
