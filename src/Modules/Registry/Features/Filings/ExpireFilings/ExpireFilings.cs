using System.Diagnostics;
using System.Text.Json;
using Jiafu.Contracts.Audit;
using Jiafu.Contracts.Registry;
using Jiafu.Registry.Data;
using Jiafu.Registry.Domain;
using Jiafu.Shared.Audit;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.Outbox;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Jiafu.Registry.Features.Filings;

/// <param name="Expired">How many filings were marked Expired.</param>
/// <param name="FilingIds">The expired filings.</param>
/// <param name="InstitutionIds">Institutions that are no longer employee-based as a result.</param>
public sealed record ExpireFilingsResult(int Expired, IReadOnlyList<Guid> FilingIds, IReadOnlyList<Guid> InstitutionIds);

/// <summary>
/// Expire due filings (备案到期): every Filed filing whose <c>validUntil</c> is before today (Asia/Shanghai) becomes
/// Expired, and its institution stops being employee-based unless another filing of it is still valid. Run hourly by
/// <see cref="FilingExpiryService"/> (audited as <c>system</c>) and on demand by the district.
/// </summary>
/// <remarks>
/// Audited by the handler itself, in the same transaction as the change, so that the background run is recorded with
/// the system actor rather than as an anonymous caller; a run that expires nothing is only recorded when a user asked.
/// </remarks>
public sealed record ExpireFilings : ICommand<ExpireFilingsResult>, ISelfAudited;

public sealed class ExpireFilingsHandler(
    RegistryDbContext db, ICurrentUser current, IAuditSink auditSink, TimeProvider time, ILogger<ExpireFilingsHandler> logger)
    : ICommandHandler<ExpireFilings, ExpireFilingsResult>
{
    private const int MaxAttempts = 3;

    public async ValueTask<ExpireFilingsResult> Handle(ExpireFilings command, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ExpireAsync(ct);
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
            {
                // Another host or a reviewer changed one of the rows meanwhile: start again from the database.
                db.ChangeTracker.Clear();
                logger.LogInformation("Filing expiry lost a concurrent update; retrying (attempt {Attempt})", attempt + 1);
            }
        }
    }

    private async Task<ExpireFilingsResult> ExpireAsync(CancellationToken ct)
    {
        var actor = current.IsAuthenticated ? AuditActorFactory.From(current) : AuditActorFactory.System;
        var now = time.GetUtcNow();
        var today = FilingRules.Today(time);
        var due = await db.Set<EmployeeFiling>()
            .Where(f => f.Status == FilingStatus.Filed && f.ValidUntil < today)
            .OrderBy(f => f.Id)
            .ToListAsync(ct);
        if (due.Count == 0)
        {
            if (actor.Type != AuditActorType.System)
            {
                await auditSink.RecordAsync(Audit(actor, now, "no filing was due", null), CancellationToken.None);
            }

            return new ExpireFilingsResult(0, [], []);
        }

        var changes = new List<object>();
        foreach (var filing in due)
        {
            db.Set<StatusChange>().Add(FilingRules.Change(filing, FilingStatus.Expired, "Expire", null, actor.Name, now));
            changes.Add(Change(nameof(EmployeeFiling), filing.Id, new { Status = filing.Status.ToString() }, new { Status = nameof(FilingStatus.Expired) }));
            filing.Status = FilingStatus.Expired;
            filing.Touch();
            db.AddIntegrationEvent(new EmployeeFilingExpired(filing.InstitutionId, filing.Id));
        }

        var institutionIds = due.Select(f => f.InstitutionId).Distinct().ToList();
        var dueIds = due.Select(f => f.Id).ToList();
        var stillValid = await db.Set<EmployeeFiling>()
            .Where(f => institutionIds.Contains(f.InstitutionId) && !dueIds.Contains(f.Id)
                && f.Status == FilingStatus.Filed && f.ValidUntil >= today)
            .GroupBy(f => f.InstitutionId)
            .Select(g => new { InstitutionId = g.Key, Until = g.Max(f => f.ValidUntil) })
            .ToDictionaryAsync(x => x.InstitutionId, x => x.Until, ct);
        var institutions = await db.Set<Institution>().Where(i => institutionIds.Contains(i.Id)).ToListAsync(ct);
        var lost = new List<Guid>();
        foreach (var institution in institutions)
        {
            var before = new { institution.IsEmployeeBased, institution.EmployeeBasedUntil };
            if (stillValid.TryGetValue(institution.Id, out var until))
            {
                // A renewal is in force: the institution stays employee-based until the renewal ends.
                institution.IsEmployeeBased = true;
                institution.EmployeeBasedUntil = until;
            }
            else
            {
                institution.IsEmployeeBased = false;
                lost.Add(institution.Id);
            }

            if (before.IsEmployeeBased != institution.IsEmployeeBased || before.EmployeeBasedUntil != institution.EmployeeBasedUntil)
            {
                institution.Touch(now);
                changes.Add(Change(nameof(Institution), institution.Id, before,
                    new { institution.IsEmployeeBased, institution.EmployeeBasedUntil }));
            }
        }

        db.AddIntegrationEvent(Audit(actor, now, $"{due.Count} filing(s) expired", JsonSerializer.Serialize(changes, JsonOptions)));
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Expired {Count} employee-based filing(s); {Lost} institution(s) no longer employee-based", due.Count, lost.Count);
        return new ExpireFilingsResult(due.Count, dueIds, lost);
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private static object Change(string entity, Guid key, object before, object after) =>
        new { Entity = entity, Key = key.ToString(), State = "Modified", Before = before, After = after };

    private static AuditRecorded Audit(AuditActor actor, DateTimeOffset now, string reason, string? changes) => new()
    {
        Module = RegistryModule.Name,
        Action = nameof(ExpireFilings),
        Actor = actor,
        TargetType = nameof(EmployeeFiling),
        Outcome = AuditOutcome.Succeeded,
        Reason = reason,
        TraceId = Activity.Current?.TraceId.ToString(),
        Changes = changes,
        OccurredAt = now,
    };
}
