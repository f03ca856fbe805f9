using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Jiafu.Integration.Data;
using Jiafu.Integration.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Jiafu.Integration.Features.Webhooks;

/// <summary>
/// POSTs due deliveries to their subscriptions' URLs, signed, and records every attempt. A delivery is claimed with a
/// conditional update first, so two hosts on one database never send it at the same time; a failure is retried with
/// exponential backoff until its retry period ends, then marked Failed. Queued rows live in the database, so deliveries
/// survive a host restart.
/// </summary>
public sealed class WebhookDispatcher(
    IServiceScopeFactory scopeFactory,
    IHttpClientFactory httpClients,
    IOptions<WebhookOptions> options,
    TimeProvider time,
    ILogger<WebhookDispatcher> logger)
{
    public const string HttpClientName = "webhooks";

    private readonly string _hostId = $"{Environment.ProcessId}:{Guid.NewGuid():N}";

    /// <summary>Sends what is due; returns the number of deliveries attempted.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken ct)
    {
        using var scope = scopeFactory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IntegrationDbContext>();
        var secrets = scope.ServiceProvider.GetRequiredService<WebhookSecrets>();
        var o = options.Value;
        var now = time.GetUtcNow();
        var due = await db.Set<WebhookDelivery>().AsNoTracking()
            .Where(d => d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now && (d.LockedUntil == null || d.LockedUntil < now))
            .OrderBy(d => d.NextAttemptAt)
            .Select(d => d.Id)
            .Take(o.BatchSize)
            .ToListAsync(ct);
        if (due.Count == 0)
        {
            return 0;
        }

        var until = now + o.ClaimDuration;
        await db.Set<WebhookDelivery>()
            .Where(d => due.Contains(d.Id) && d.Status == WebhookDeliveryStatus.Pending && (d.LockedUntil == null || d.LockedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.LockedBy, _hostId).SetProperty(d => d.LockedUntil, until), ct);
        var claimed = await db.Set<WebhookDelivery>()
            .Where(d => due.Contains(d.Id) && d.LockedBy == _hostId && d.Status == WebhookDeliveryStatus.Pending)
            .ToListAsync(ct);
        var subscriptionIds = claimed.Select(d => d.SubscriptionId).Distinct().ToList();
        var subscriptions = await db.Set<WebhookSubscription>().AsNoTracking()
            .Where(s => subscriptionIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);

        await Task.WhenAll(claimed.Select(async delivery =>
        {
            var subscription = subscriptions.GetValueOrDefault(delivery.SubscriptionId);
            WebhookDeliveryAttempt attempt;
            try
            {
                attempt = subscription is { IsActive: true }
                    ? await SendAsync(subscription, secrets.Unprotect(subscription.SecretCiphertext), delivery, ct)
                    : new WebhookDeliveryAttempt { AttemptedAt = time.GetUtcNow(), Error = "The subscription was deleted." };
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Anything else (an unreadable secret, an unusable URL) is recorded as a failed attempt rather than
                // leaving the row claimed and retried unseen.
                logger.LogError(ex, "Webhook delivery {DeliveryId} could not be attempted", delivery.Id);
                attempt = new WebhookDeliveryAttempt { AttemptedAt = time.GetUtcNow(), Error = Truncate(ex.Message, 1000) };
            }

            Record(delivery, attempt, gone: subscription is not { IsActive: true });
        }));

        await db.SaveChangesAsync(CancellationToken.None);
        return claimed.Count;
    }

    private async Task<WebhookDeliveryAttempt> SendAsync(WebhookSubscription subscription, string secret, WebhookDelivery delivery, CancellationToken ct)
    {
        var o = options.Value;
        var attemptedAt = time.GetUtcNow();
        var timestamp = attemptedAt.ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url)
        {
            Content = new StringContent(delivery.Payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(WebhookSigning.IdHeader, delivery.EventId.ToString());
        request.Headers.Add(WebhookSigning.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSigning.SignatureHeader, WebhookSigning.Sign(secret, timestamp, delivery.Payload));
        request.Headers.Add(WebhookSigning.TypeHeader, delivery.EventType);
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("Jiafu-Webhooks", "1"));

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(o.RequestTimeout);
        var stopwatch = Stopwatch.StartNew();
        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var body = await ReadExcerptAsync(response, o.MaxResponseExcerpt, timeout.Token);
            return new WebhookDeliveryAttempt
            {
                AttemptedAt = attemptedAt, StatusCode = (int)response.StatusCode, DurationMs = (int)stopwatch.ElapsedMilliseconds,
                ResponseExcerpt = body,
                Error = response.IsSuccessStatusCode ? null : $"The receiver answered {(int)response.StatusCode}.",
            };
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new WebhookDeliveryAttempt
            {
                AttemptedAt = attemptedAt, DurationMs = (int)stopwatch.ElapsedMilliseconds,
                Error = $"No response within {o.RequestTimeout.TotalSeconds:0.###} s.",
            };
        }
        catch (HttpRequestException ex)
        {
            logger.LogInformation("Webhook delivery {DeliveryId} to subscription {SubscriptionId} failed: {Error}", delivery.Id, subscription.Id, ex.Message);
            return new WebhookDeliveryAttempt
            {
                AttemptedAt = attemptedAt, DurationMs = (int)stopwatch.ElapsedMilliseconds, Error = Truncate(ex.Message, 1000),
            };
        }
    }

    private void Record(WebhookDelivery delivery, WebhookDeliveryAttempt attempt, bool gone)
    {
        var o = options.Value;
        delivery.Attempts++;
        attempt.Number = delivery.Attempts;
        attempt.DeliveryId = delivery.Id;
        delivery.AttemptLog.Add(attempt);
        delivery.LastStatusCode = attempt.StatusCode;
        delivery.LastDurationMs = attempt.DurationMs;
        delivery.LastError = attempt.Error;
        delivery.LockedBy = null;
        delivery.LockedUntil = null;
        var now = time.GetUtcNow();
        if (attempt.StatusCode is >= 200 and < 300)
        {
            delivery.Status = WebhookDeliveryStatus.Succeeded;
            delivery.CompletedAt = now;
            return;
        }

        var backoff = TimeSpan.FromTicks((long)Math.Min(o.MaxBackoff.Ticks, o.InitialBackoff.Ticks * Math.Pow(2, delivery.Attempts - 1)));
        if (gone || now + backoff > delivery.RetryUntil)
        {
            delivery.Status = WebhookDeliveryStatus.Failed;
            delivery.CompletedAt = now;
            return;
        }

        delivery.NextAttemptAt = now + backoff;
    }

    private static async Task<string?> ReadExcerptAsync(HttpResponseMessage response, int max, CancellationToken ct)
    {
        if (max <= 0)
        {
            return null;
        }

        await using var stream = await response.Content.ReadAsStreamAsync(ct);
        var buffer = new char[max];
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var read = await reader.ReadBlockAsync(buffer.AsMemory(), ct);
        return read == 0 ? null : new string(buffer, 0, read);
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}

/// <summary>Runs <see cref="WebhookDispatcher"/> in the background: whenever deliveries are queued, and on a poll interval.</summary>
public sealed class WebhookDispatcherService(
    WebhookDispatcher dispatcher, WebhookSignal signal, IOptions<WebhookOptions> options, ILogger<WebhookDispatcherService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            logger.LogInformation("Webhook delivery disabled in this host");
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (!stoppingToken.IsCancellationRequested && await dispatcher.DispatchDueAsync(stoppingToken) > 0)
                {
                }

                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Webhook dispatch round failed; retrying after the poll interval");
                await Task.Delay(options.Value.PollInterval, stoppingToken).ContinueWith(_ => { }, CancellationToken.None);
            }
        }
    }
}
