using System.Diagnostics;
using Jiafu.Shared.Observability;
using Mediator;

namespace Jiafu.Shared.Behaviors;

/// <summary>Times every command and query (a span and the <c>jiafu.handler.duration</c> histogram).</summary>
public sealed class TelemetryBehavior<TMessage, TResponse> : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly string MessageName = typeof(TMessage).Name;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        using var activity = JiafuTelemetry.ActivitySource.StartActivity(MessageName);
        var started = Stopwatch.GetTimestamp();
        var outcome = "ok";
        try
        {
            return await next(message, cancellationToken);
        }
        catch (Exception ex)
        {
            outcome = ex.GetType().Name;
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            throw;
        }
        finally
        {
            JiafuTelemetry.HandlerDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds,
                new KeyValuePair<string, object?>("message", MessageName), new KeyValuePair<string, object?>("outcome", outcome));
        }
    }
}
