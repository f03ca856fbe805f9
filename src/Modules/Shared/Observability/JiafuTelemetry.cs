using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Jiafu.Shared.Observability;

/// <summary>
/// The application's own traces and metrics (OpenTelemetry names; scraped at <c>/metrics</c> in Prometheus format).
/// Tags never carry personal data: only message types, modules, event types, outcomes.
/// </summary>
public static class JiafuTelemetry
{
    public const string Name = "Jiafu";

    public static readonly ActivitySource ActivitySource = new(Name);

    public static readonly Meter Meter = new(Name);

    /// <summary>Command and query handler durations, tagged <c>message</c> and <c>outcome</c>.</summary>
    public static readonly Histogram<double> HandlerDuration = Meter.CreateHistogram<double>(
        "jiafu.handler.duration", "s", "Duration of command and query handlers (validation included).");

    /// <summary>Integration events delivered, tagged <c>module</c> and <c>event</c>.</summary>
    public static readonly Counter<long> OutboxDelivered = Meter.CreateCounter<long>(
        "jiafu.outbox.delivered", "{event}", "Integration events delivered to their handlers.");

    /// <summary>Failed delivery attempts (each is retried with back-off), tagged <c>module</c> and <c>event</c>.</summary>
    public static readonly Counter<long> OutboxFailures = Meter.CreateCounter<long>(
        "jiafu.outbox.failures", "{attempt}", "Integration-event delivery attempts that failed.");

    /// <summary>Time from an event's commit to its delivery, tagged <c>module</c>.</summary>
    public static readonly Histogram<double> OutboxLag = Meter.CreateHistogram<double>(
        "jiafu.outbox.lag", "s", "Time from an integration event's commit to its delivery.");

    /// <summary>Rejected sign-ins, tagged <c>reason</c>.</summary>
    public static readonly Counter<long> LoginFailures = Meter.CreateCounter<long>(
        "jiafu.auth.login_failures", "{attempt}", "Rejected sign-in attempts.");

    /// <summary>Rows read by bulk-import jobs, tagged <c>kind</c>, <c>mode</c> and <c>result</c> (valid / invalid).</summary>
    public static readonly Counter<long> ImportRows = Meter.CreateCounter<long>(
        "jiafu.import.rows", "{row}", "Rows processed by bulk-import jobs.");
}
