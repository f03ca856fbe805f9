using FluentValidation;
using Jiafu.Integration.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Integration.Features.Webhooks;

/// <summary>Webhook usage of a client per day (推送用量): deliveries queued, succeeded, failed and pending, by the day they were queued (UTC+8).</summary>
public sealed record GetWebhookUsage : IQuery<WebhookUsageResponse>
{
    /// <summary>The API client (administrators); an API client always gets its own usage.</summary>
    public Guid? ClientId { get; init; }

    /// <summary>How many days back from today (1–90, default 14).</summary>
    public int? Days { get; init; }
}

/// <param name="Days">One row per day with at least one delivery, oldest first.</param>
public sealed record WebhookUsageResponse(Guid ClientId, DateOnly From, DateOnly To, IReadOnlyList<WebhookUsageDay> Days);

/// <param name="Date">The day (Asia/Shanghai) the deliveries were queued.</param>
/// <param name="Deliveries">All deliveries queued that day (pings and replays included).</param>
public sealed record WebhookUsageDay(DateOnly Date, int Deliveries, int Succeeded, int Failed, int Pending, int Attempts);

public sealed class GetWebhookUsageValidator : AbstractValidator<GetWebhookUsage>
{
    public GetWebhookUsageValidator() => RuleFor(x => x.Days).InclusiveBetween(1, 90);
}

public sealed class GetWebhookUsageHandler(WebhookAccess access, TimeProvider time) : IQueryHandler<GetWebhookUsage, WebhookUsageResponse>
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public async ValueTask<WebhookUsageResponse> Handle(GetWebhookUsage q, CancellationToken ct)
    {
        var client = await access.ResolveClientAsync(q.ClientId, ct);
        var today = DateOnly.FromDateTime(time.GetUtcNow().ToOffset(ChinaOffset).DateTime);
        var from = today.AddDays(1 - (q.Days ?? 14));
        var since = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), ChinaOffset);
        // A client's deliveries over at most 90 days: small enough to group in memory (SQLite cannot group by a converted date).
        var rows = await access.Deliveries().AsNoTracking()
            .Where(d => d.ClientId == client.Id && d.CreatedAt >= since)
            .Select(d => new { d.CreatedAt, d.Status, d.Attempts })
            .ToListAsync(ct);
        var days = rows
            .GroupBy(r => DateOnly.FromDateTime(r.CreatedAt.ToOffset(ChinaOffset).DateTime))
            .OrderBy(g => g.Key)
            .Select(g => new WebhookUsageDay(g.Key, g.Count(), g.Count(r => r.Status == WebhookDeliveryStatus.Succeeded),
                g.Count(r => r.Status == WebhookDeliveryStatus.Failed), g.Count(r => r.Status == WebhookDeliveryStatus.Pending), g.Sum(r => r.Attempts)))
            .ToList();
        return new WebhookUsageResponse(client.Id, from, today, days);
    }
}
