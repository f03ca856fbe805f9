using System.Diagnostics;
using FluentValidation;
using Jiafu.Contracts.Audit;
using Jiafu.Shared.Audit;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Jiafu.Shared.Behaviors;

/// <summary>
/// Audits every command: a committed change is recorded by <see cref="AuditSaveChangesInterceptor"/>
/// in the command's own transaction; a rejected or failed command, or one that changed nothing, is
/// recorded here through <see cref="IAuditSink"/>.
/// </summary>
public sealed class AuditBehavior<TMessage, TResponse>(
    AuditScope scope, IAuditSink sink, ICurrentUser currentUser, TimeProvider time, ILogger<AuditBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is not IBaseCommand || message is ISelfAudited || scope.IsActive)
        {
            return await next(message, cancellationToken);
        }

        var action = typeof(TMessage).Name;
        scope.Begin(action, ModuleNameOf(typeof(TMessage)));
        if (message is IAuditTarget target)
        {
            scope.TargetType = target.AuditTargetType;
            scope.TargetId = target.AuditTargetId;
        }

        try
        {
            var response = await next(message, cancellationToken);
            if (!scope.HasCommittedChanges)
            {
                await RecordDirectAsync(action, AuditOutcome.Succeeded, reason: "no data changed", CancellationToken.None);
            }

            return response;
        }
        catch (Exception ex)
        {
            var (outcome, reason) = ex switch
            {
                ValidationException v => (AuditOutcome.Rejected, "validation: " + string.Join("; ", v.Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}").Take(5))),
                JiafuException j => (AuditOutcome.Rejected, $"{j.Code}: {j.Message}"),
                OperationCanceledException => (AuditOutcome.Failed, "cancelled"),
                _ => (AuditOutcome.Failed, "unexpected error: " + ex.GetType().Name),
            };
            await RecordDirectAsync(action, outcome, reason, CancellationToken.None);
            throw;
        }
    }

    private async Task RecordDirectAsync(string action, AuditOutcome outcome, string reason, CancellationToken ct)
    {
        try
        {
            await sink.RecordAsync(new AuditRecorded
            {
                Module = scope.Module!,
                Action = action,
                Actor = AuditActorFactory.From(currentUser),
                TargetType = scope.TargetType,
                TargetId = scope.TargetId,
                Outcome = outcome,
                Reason = reason.Length > 1000 ? reason[..1000] : reason,
                TraceId = Activity.Current?.TraceId.ToString(),
                OccurredAt = time.GetUtcNow(),
            }, ct);
        }
        catch (Exception sinkError)
        {
            // The command's own result stands; the missing entry is logged loudly for the operator.
            logger.LogError(sinkError, "Could not write the audit record of {Action} ({Outcome})", action, outcome);
        }
    }

    private static string ModuleNameOf(Type type)
    {
        var ns = type.Namespace ?? "";
        var parts = ns.Split('.');
        return (parts.Length > 1 && parts[0] == "Jiafu" ? parts[1] : ns).ToLowerInvariant();
    }
}

/// <summary>A command that names its target up front (for records the command does not create).</summary>
public interface IAuditTarget
{
    string AuditTargetType { get; }

    string? AuditTargetId { get; }
}

/// <summary>
/// A command that writes its own audit entries through <see cref="IAuditSink"/> (sign-in, token issue),
/// because its bookkeeping saves (failed-attempt counters, token rows) are not the event worth recording.
/// </summary>
public interface ISelfAudited;
