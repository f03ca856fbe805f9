using Jiafu.Shared.Paging;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Jiafu.Integration.Features.Webhooks;

internal static class WebhookEndpoints
{
    public const string BasePath = "/api/v1/integration/webhooks";

    private const string Who = " An API client with scope `integration.webhooks` manages its own subscriptions (other ids answer 404); "
        + "an administrator manages any client's.";

    public static RouteGroupBuilder MapWebhookEndpoints(this RouteGroupBuilder group)
    {
        group.RequireAuthorization(IntegrationModule.Policies.ManageWebhooks)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/event-types", Ok<IReadOnlyList<WebhookEventTypeResponse>> () => TypedResults.Ok(WebhookEventCatalog.Types))
            .WithName("ListWebhookEventTypes").WithSummary("List webhook event types (推送事件类型)")
            .WithDescription("Every event type a client may subscribe to (事件订阅), with the scopes that entitle it (any one). A client "
                + "receives an event only when it holds one of those scopes and is bound to the institution the event concerns." + Who);

        group.MapGet("", async Task<Ok<PagedResult<WebhookSubscriptionResponse>>> ([AsParameters] ListWebhookSubscriptions query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListWebhookSubscriptions").WithSummary("List webhook subscriptions (事件订阅列表)")
            .WithDescription("Active subscriptions (事件订阅), newest first; `includeDeleted=true` adds deleted ones, `clientId` filters by "
                + "client. Secrets never appear." + Who)
            .ProducesValidationProblem();

        group.MapPost("", async Task<Created<CreatedWebhookSubscriptionResponse>> (CreateWebhookSubscription command, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(command, ct);
                return TypedResults.Created($"{BasePath}/{created.Subscription.Id}", created);
            })
            .WithName("CreateWebhookSubscription").WithSummary("Subscribe to webhook events (新建事件订阅)")
            .WithDescription("Subscribes an https `url` to `eventTypes`, each within the client's scopes (400 `errors.eventTypes[i]` "
                + "otherwise). Returns the signing secret once: every delivery carries `Jiafu-Webhook-Signature: v1=<hex HMAC-SHA256(secret, "
                + "timestamp + \".\" + body)>` with `Jiafu-Webhook-Timestamp` (Unix seconds) and `Jiafu-Webhook-Id` (the event id). "
                + "409 `subscription_limit` beyond the per-client maximum, 409 `client_revoked` for a revoked client." + Who)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapDelete("/{id:guid}", async Task<NoContent> (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteWebhookSubscription(id), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteWebhookSubscription").WithSummary("Delete a webhook subscription (删除事件订阅)")
            .WithDescription("The subscription receives nothing more and its pending retries are given up; its delivery log stays." + Who)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/rotate-secret", async Task<Ok<CreatedWebhookSubscriptionResponse>> (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RotateWebhookSecret(id), ct)))
            .WithName("RotateWebhookSecret").WithSummary("Rotate the signing secret (更换签名密钥)")
            .WithDescription("Generates a new signing secret, shown only in this response; deliveries sent from now on are signed with it." + Who)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/ping", async Task<Accepted<WebhookDeliveryResponse>> (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                var delivery = await mediator.Send(new PingWebhookSubscription(id), ct);
                return TypedResults.Accepted($"{BasePath}/deliveries/{delivery.Id}", delivery);
            })
            .WithName("PingWebhookSubscription").WithSummary("Send a test event (推送测试)")
            .WithDescription("Queues a signed `ping` event to the subscription's URL; follow the delivery at the `Location` to see the "
                + "response code and duration." + Who)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithIdempotency();

        group.MapGet("/{subscriptionId:guid}/deliveries", async Task<Ok<PagedResult<WebhookDeliveryResponse>>> (
                [AsParameters] ListWebhookDeliveries query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListWebhookDeliveries").WithSummary("Delivery log of a subscription (推送记录)")
            .WithDescription("Deliveries newest first with their state, attempts, HTTP status codes and durations; filters `status` and "
                + "`eventId`. Retries follow exponential backoff until the configured retry period ends (then `Failed`)." + Who)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/deliveries/{deliveryId:guid}", async Task<Ok<WebhookDeliveryResponse>> (Guid deliveryId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetWebhookDelivery(deliveryId), ct)))
            .WithName("GetWebhookDelivery").WithSummary("Get a delivery (推送详情)")
            .WithDescription("One delivery with every attempt and the exact JSON body that was signed and sent." + Who)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/deliveries/{deliveryId:guid}/replay", async Task<Accepted<WebhookDeliveryResponse>> (Guid deliveryId, IMediator mediator, CancellationToken ct) =>
            {
                var delivery = await mediator.Send(new ReplayWebhookDelivery(deliveryId), ct);
                return TypedResults.Accepted($"{BasePath}/deliveries/{delivery.Id}", delivery);
            })
            .WithName("ReplayWebhookDelivery").WithSummary("Replay a delivery (重新推送)")
            .WithDescription("Queues a new delivery of the same event (same `id` and body, freshly signed) to the same subscription; "
                + "receivers de-duplicate by the event id. 409 `subscription_deleted` when the subscription was deleted." + Who)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithIdempotency();

        group.MapGet("/usage", async Task<Ok<WebhookUsageResponse>> ([AsParameters] GetWebhookUsage query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("GetWebhookUsage").WithSummary("Webhook usage per day (推送用量)")
            .WithDescription("Deliveries queued per day (Asia/Shanghai) over the last `days` (default 14, at most 90), with how many "
                + "succeeded, failed or are pending and the attempts made. Administrators name `clientId`." + Who)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }
}
