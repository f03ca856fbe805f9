using Jiafu.Contracts.Identity;
using Jiafu.Integration.Data;
using Jiafu.Integration.Domain;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Security;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Integration.Features.Webhooks;

/// <summary>
/// Whose subscriptions the caller may see and manage: an API client only its own (other ids answer 404); an administrator
/// any client's. Used by every webhook use case.
/// </summary>
public sealed class WebhookAccess(ICurrentUser current, IApiClientReader clients, IntegrationDbContext db)
{
    /// <summary>The caller's own client id when it is an API client; null for an administrator.</summary>
    public Guid? CallerClientId => current.IsClient && Guid.TryParse(current.Id, out var id) ? id : null;

    /// <summary>The client a request concerns: the caller itself, or the one an administrator names.</summary>
    public async Task<ApiClientSummary> ResolveClientAsync(Guid? requested, CancellationToken ct)
    {
        if (current.IsClient)
        {
            var own = CallerClientId ?? throw new ForbiddenException();
            if (requested is { } other && other != own)
            {
                throw new NotFoundException("ApiClient", other.ToString());
            }

            return await clients.FindClientAsync(own, ct) ?? throw new ForbiddenException();
        }

        if (requested is not { } id)
        {
            throw new FieldValidationException("clientId", "Name the API client (clientId). 请选择接入客户端。");
        }

        return await clients.FindClientAsync(id, ct) ?? throw new FieldValidationException("clientId", "Unknown API client. 接入客户端不存在。");
    }

    /// <summary>Subscriptions the caller may see (deleted ones included, for the delivery log).</summary>
    public IQueryable<WebhookSubscription> Subscriptions()
    {
        var query = db.Set<WebhookSubscription>().AsQueryable();
        return CallerClientId is { } own ? query.Where(s => s.ClientId == own) : current.IsClient ? query.Where(_ => false) : query;
    }

    public IQueryable<WebhookDelivery> Deliveries()
    {
        var query = db.Set<WebhookDelivery>().AsQueryable();
        return CallerClientId is { } own ? query.Where(d => d.ClientId == own) : current.IsClient ? query.Where(_ => false) : query;
    }

    /// <summary>An active subscription the caller may manage, tracked; 404 otherwise.</summary>
    public async Task<WebhookSubscription> FindActiveAsync(Guid id, CancellationToken ct) =>
        await Subscriptions().FirstOrDefaultAsync(s => s.Id == id && s.DeletedAt == null, ct)
        ?? throw new NotFoundException("WebhookSubscription", id.ToString());
}
