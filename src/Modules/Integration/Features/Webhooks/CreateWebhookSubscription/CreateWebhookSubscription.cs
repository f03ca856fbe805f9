using FluentValidation;
using Jiafu.Integration.Data;
using Jiafu.Integration.Domain;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Integration.Features.Webhooks;

/// <summary>Subscribe a URL to webhook event types (新建事件订阅).</summary>
/// <param name="ClientId">The API client (administrators name it; an API client subscribes itself and may omit it).</param>
/// <param name="Url">https endpoint (http://localhost only where the host allows it for development).</param>
/// <param name="EventTypes">Event types within the client's scopes.</param>
/// <param name="Description">A note for operators, e.g. the receiving system's name.</param>
public sealed record CreateWebhookSubscription(Guid? ClientId, string Url, IReadOnlyList<string> EventTypes, string? Description)
    : ICommand<CreatedWebhookSubscriptionResponse>;

public sealed class CreateWebhookSubscriptionValidator : AbstractValidator<CreateWebhookSubscription>
{
    public CreateWebhookSubscriptionValidator(IOptions<WebhookOptions> options)
    {
        RuleFor(x => x.Url).NotEmpty().MaximumLength(500)
            .Must(url => IsAllowedUrl(url, options.Value.AllowInsecureLocalhost))
            .WithMessage(options.Value.AllowInsecureLocalhost
                ? "An absolute https URL (or http://localhost) without user information. 须为 https 地址。"
                : "An absolute https URL without user information. 须为 https 地址。");
        var guard = WebhookEndpointGuard.From(options.Value);
        RuleFor(x => x.Url)
            .Must(url => !Uri.TryCreate(url, UriKind.Absolute, out var uri) || !System.Net.IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) || guard.Allows(ip))
            .WithMessage("The address is loopback, private, link-local or reserved: webhooks are delivered to public endpoints only. 推送地址不可为内网地址。");
        RuleFor(x => x.EventTypes).NotEmpty().WithMessage("Choose at least one event type. 请选择事件类型。")
            .Must(t => t.Count <= 50).WithMessage("At most 50 event types.");
        RuleForEach(x => x.EventTypes).Must(t => WebhookEventCatalog.Find(t) is not null)
            .WithMessage((_, t) => $"Unknown event type '{t}'. Known types: {string.Join(", ", WebhookEventCatalog.Types.Select(x => x.Type))}.");
        RuleFor(x => x.Description).MaximumLength(200);
    }

    internal static bool IsAllowedUrl(string? url, bool allowInsecureLocalhost)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !string.IsNullOrEmpty(uri.UserInfo) || !string.IsNullOrEmpty(uri.Fragment))
        {
            return false;
        }

        return uri.Scheme == Uri.UriSchemeHttps || (allowInsecureLocalhost && uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback);
    }
}

public sealed class CreateWebhookSubscriptionHandler(
    IntegrationDbContext db, WebhookAccess access, WebhookSecrets secrets, IOptions<WebhookOptions> options, ICurrentUser current, TimeProvider time)
    : ICommandHandler<CreateWebhookSubscription, CreatedWebhookSubscriptionResponse>
{
    public async ValueTask<CreatedWebhookSubscriptionResponse> Handle(CreateWebhookSubscription command, CancellationToken ct)
    {
        var client = await access.ResolveClientAsync(command.ClientId, ct);
        if (client.IsRevoked)
        {
            throw new ConflictException("The API client is revoked. 接入客户端已停用。", "client_revoked", "clientId");
        }

        var errors = command.EventTypes
            .Select((type, index) => (type, index))
            .Where(x => !WebhookEventCatalog.IsEntitled(x.type, client.Scopes))
            .ToDictionary(x => $"eventTypes[{x.index}]", x => new[]
            {
                $"The client's scopes do not cover '{x.type}' (needs one of {string.Join(", ", WebhookEventCatalog.Find(x.type)!.Scopes)}). 超出客户端授权范围。",
            });
        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        var count = await db.Set<WebhookSubscription>().CountAsync(s => s.ClientId == client.Id && s.DeletedAt == null, ct);
        if (count >= options.Value.MaxSubscriptionsPerClient)
        {
            throw new ConflictException($"A client may hold at most {options.Value.MaxSubscriptionsPerClient} subscriptions. 订阅数已达上限。",
                "subscription_limit");
        }

        var secret = WebhookSigning.NewSecret();
        var subscription = new WebhookSubscription
        {
            ClientId = client.Id,
            Url = command.Url.Trim(),
            EventTypes = command.EventTypes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            Description = string.IsNullOrWhiteSpace(command.Description) ? null : command.Description.Trim(),
            SecretCiphertext = secrets.Protect(secret),
            CreatedAt = time.GetUtcNow(),
            CreatedBy = current.Name,
        };
        db.Set<WebhookSubscription>().Add(subscription);
        await db.SaveChangesAsync(ct);
        return new CreatedWebhookSubscriptionResponse(WebhookSubscriptionResponse.From(subscription), secret);
    }
}
