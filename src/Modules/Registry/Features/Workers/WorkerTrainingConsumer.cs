using Jiafu.Contracts.Training;
using Jiafu.Registry.Data;
using Jiafu.Registry.Domain;
using Jiafu.Shared.Outbox;
using Jiafu.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Registry.Features.Workers;

/// <summary>
/// Keeps workers' training history (培训经历与证书) from the Training module's events: completions and certificates issued
/// or revoked, upserted by enrollment. Idempotent: each event id is recorded in the Registry inbox in the same save.
/// </summary>
public sealed class WorkerTrainingConsumer(RegistryDbContext db, TimeProvider time)
    : IIntegrationEventHandler<TraineeCompleted>, IIntegrationEventHandler<CertificateIssued>, IIntegrationEventHandler<CertificateRevoked>
{
    private const string Consumer = "registry.worker-training";

    public Task HandleAsync(TraineeCompleted e, CancellationToken ct) => ApplyAsync(e.Id, e.EnrollmentId, e.IdNumberHash, r =>
    {
        r.ClassId = e.ClassId;
        r.ProgrammeName = e.ProgrammeName;
        r.Category = e.Category;
        r.ClassName = e.ClassName;
        r.ProviderName = e.ProviderName;
        r.AttendedHours = e.AttendedHours;
        r.CompletedOn = e.CompletedOn;
    }, ct);

    public Task HandleAsync(CertificateIssued e, CancellationToken ct) => ApplyAsync(e.Id, e.EnrollmentId, e.IdNumberHash, r =>
    {
        r.ClassId = e.ClassId;
        r.ProgrammeName ??= e.ProgrammeName;
        r.Category ??= e.Category;
        r.CertificateId = e.CertificateId;
        r.CertificateNumber = e.CertificateNumber;
        r.SkillLevel = e.SkillLevel;
        r.VerificationCode = e.VerificationCode;
        r.CertificateIssuedOn = e.IssuedOn;
        r.CertificateValidUntil = e.ValidUntil;
    }, ct);

    public Task HandleAsync(CertificateRevoked e, CancellationToken ct) => ApplyAsync(e.Id, e.EnrollmentId, e.IdNumberHash, r =>
    {
        r.CertificateId ??= e.CertificateId;
        r.CertificateRevokedOn = e.RevokedOn;
        r.CertificateRevokedReason = e.Reason;
    }, ct);

    private async Task ApplyAsync(Guid eventId, Guid enrollmentId, string idNumberHash, Action<WorkerTrainingRecord> apply, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (!await db.TryRecordInboxAsync(eventId, Consumer, now, ct))
        {
            return;
        }

        var record = await db.Set<WorkerTrainingRecord>().FirstOrDefaultAsync(r => r.EnrollmentId == enrollmentId, ct);
        if (record is null)
        {
            record = new WorkerTrainingRecord { IdNumberHash = idNumberHash, EnrollmentId = enrollmentId };
            db.Set<WorkerTrainingRecord>().Add(record);
        }

        apply(record);
        record.UpdatedAt = now;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            // Another delivery of the same event won the race; its effect stands. (A first record for the enrollment made
            // concurrently by a different event fails here too and is retried by the outbox.)
            db.ChangeTracker.Clear();
            if (!await db.Set<InboxMessage>().AnyAsync(m => m.MessageId == eventId && m.Consumer == Consumer, ct))
            {
                throw;
            }
        }
    }
}
