using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Jiafu.Shared.Outbox;

/// <summary>Runs <see cref="OutboxDispatcher"/> in the background: on every signal, and on a poll interval.</summary>
public sealed class OutboxDispatcherService(
    OutboxDispatcher dispatcher,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    ILogger<OutboxDispatcherService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            logger.LogInformation("Outbox dispatcher disabled in this host");
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // A round that has started is finished even when the host is stopping (graceful shutdown): its claimed
                // batch is delivered and marked, rather than left claimed for another host to redeliver after the claim
                // expires. The host's shutdown timeout bounds it; only the wait for the next round is cancelled.
                while (!stoppingToken.IsCancellationRequested && await dispatcher.DispatchDueAsync(CancellationToken.None) > 0)
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
                logger.LogError(ex, "Outbox dispatch round failed; retrying after the poll interval");
                await Task.Delay(options.Value.PollInterval, stoppingToken).ContinueWith(_ => { }, CancellationToken.None);
            }
        }
    }
}
