using Jiafu.Contracts.Registry;
using Jiafu.Contracts.Training;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Outbox;
using Jiafu.Shared.Privacy;
using Jiafu.Training.Data;
using Jiafu.Training.Domain;
using Jiafu.Training.Features.Enrollments;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Training.Features.Imports;

/// <summary>
/// Writes a batch of valid enrollment rows inside the import's transaction, with the rules of
/// <see cref="EnrollmentWriter"/> applied row by row in file order (see docs/adr/0069): the street is required when the
/// register does not know the person, a seat in an overlapping class (or the same class) is refused, and a class gives
/// at most its free seats. The batch reads what it needs once (the register's workers, the trainees, their active seats,
/// and the classes, locked by a no-op update so that their seat counts stay put until the commit), decides each row in
/// memory, then takes the seats with one conditional update per class (<c>Enrolled + n &lt;= Capacity</c>, affected
/// rows checked) and saves the trainees and enrollments in one <c>SaveChanges</c>. The change tracker is cleared after
/// each batch, so the cost per row stays flat.
/// </summary>
internal sealed class EnrollmentBatchWriter(TrainingDbContext db, IRegistryReader registry, IPersonalDataProtector protector, DateTimeOffset now)
{
    /// <summary>A valid row waiting for its seat.</summary>
    public sealed record Row(int Number, TrainingClass Class, PersonToEnroll Person);

    /// <summary>Writes the batch; returns the rows refused (in file order) with the error the enrollment endpoint would give.</summary>
    public async Task<List<(Row Row, JiafuException Error)>> WriteAsync(IReadOnlyList<Row> batch, CancellationToken ct)
    {
        var refused = new List<(Row, JiafuException)>();
        if (batch.Count == 0)
        {
            return refused;
        }

        var hashes = batch.Select(r => r.Person.IdHash).Distinct().ToList();
        var workers = await registry.FindWorkersByIdHashesAsync(hashes, ct);
        var trainees = await db.Set<Trainee>().Where(t => hashes.Contains(t.IdNumberHash)).ToDictionaryAsync(t => t.IdNumberHash, ct);
        var traineeIds = trainees.Values.Select(t => t.Id).ToList();
        var seats = (await db.Set<Enrollment>().AsNoTracking()
                .Where(e => traineeIds.Contains(e.TraineeId) && e.Status != EnrollmentStatus.Withdrawn)
                .Select(e => new Seat(e.TraineeId, e.ClassId, e.StartDate, e.EndDate))
                .ToListAsync(ct))
            .GroupBy(s => s.TraineeId).ToDictionary(g => g.Key, g => g.ToList());

        // Lock the classes' rows for the rest of the transaction (SQLite's write transaction already excludes other
        // writers; elsewhere this keeps a concurrent enrollment from taking a seat between the read and the update).
        var classIds = batch.Select(r => r.Class.Id).Distinct().ToList();
        await db.Set<TrainingClass>().Where(c => classIds.Contains(c.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Enrolled, c => c.Enrolled), ct);
        var classes = await db.Set<TrainingClass>().AsNoTracking().Where(c => classIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Status, Free = c.Capacity - c.Enrolled })
            .ToDictionaryAsync(c => c.Id, ct);
        var free = classes.Values.ToDictionary(c => c.Id, c => c.Status == ClassStatus.Open ? Math.Max(0, c.Free) : 0);
        var taken = new Dictionary<Guid, int>();

        foreach (var row in batch)
        {
            var (cls, person) = (row.Class, row.Person);
            var worker = workers.GetValueOrDefault(person.IdHash);
            var street = EnrollmentWriter.StreetOf(person, worker);
            if (street is null)
            {
                refused.Add((row, EnrollmentWriter.StreetRequired()));
                continue;
            }

            var trainee = trainees.GetValueOrDefault(person.IdHash);
            var held = trainee is null ? null : seats.GetValueOrDefault(trainee.Id);
            var clashes = held?.Where(s => s.StartDate <= cls.EndDate && s.EndDate >= cls.StartDate).ToList();
            if (clashes is { Count: > 0 })
            {
                refused.Add((row, clashes.Any(s => s.ClassId == cls.Id) ? EnrollmentWriter.AlreadyEnrolled() : EnrollmentWriter.Overlapping()));
                continue;
            }

            if (free[cls.Id] == 0)
            {
                var status = classes[cls.Id].Status;
                refused.Add((row, status == ClassStatus.Open ? EnrollmentWriter.ClassFull() : EnrollmentWriter.NotOpen(status)));
                continue;
            }

            free[cls.Id]--;
            taken[cls.Id] = taken.GetValueOrDefault(cls.Id) + 1;
            if (trainee is null)
            {
                trainee = EnrollmentWriter.NewTrainee(person, worker, street, now, protector);
                db.Set<Trainee>().Add(trainee);
                trainees[person.IdHash] = trainee;
                if (worker is null)
                {
                    db.AddIntegrationEvent(new TraineeRegistered(trainee.Id, person.IdHash, trainee.Category, street));
                }
            }
            else
            {
                EnrollmentWriter.Update(trainee, person, worker, street, now, protector);
                var entry = db.Entry(trainee);
                if (entry.State == EntityState.Unchanged)
                {
                    entry.State = EntityState.Modified;
                }
            }

            db.Set<Enrollment>().Add(new Enrollment
            {
                ClassId = cls.Id,
                TraineeId = trainee.Id,
                StartDate = cls.StartDate,
                EndDate = cls.EndDate,
                EnrolledAt = now,
            });
            if (held is null)
            {
                seats[trainee.Id] = held = [];
            }

            held.Add(new Seat(trainee.Id, cls.Id, cls.StartDate, cls.EndDate));
        }

        // The seats, counted by the database: each class's update must match (still open, still room for all of them).
        foreach (var (classId, count) in taken)
        {
            var updated = await db.Set<TrainingClass>()
                .Where(c => c.Id == classId && c.Status == ClassStatus.Open && c.Enrolled + count <= c.Capacity)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Enrolled, c => c.Enrolled + count), ct);
            if (updated != 1)
            {
                throw new InvalidOperationException($"The seats of class {classId} changed during the import; nothing was written.");
            }
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return refused;
    }

    private sealed record Seat(Guid TraineeId, Guid ClassId, DateOnly StartDate, DateOnly EndDate);
}
