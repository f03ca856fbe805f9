using Jiafu.Contracts.Registry;
using Jiafu.Contracts.Training;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Outbox;
using Jiafu.Shared.Persistence;
using Jiafu.Shared.Privacy;
using Jiafu.Training.Data;
using Jiafu.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Training.Features.Enrollments;

/// <summary>A person to enroll, already validated: the normalised ID number and its keyed hash.</summary>
public sealed record PersonToEnroll(string IdNumber, string IdHash, string Name, string? Phone, string Category, string? StreetCode);

/// <summary>
/// Takes a seat for a person in a class, inside the caller's transaction: finds or registers the trainee (linked to the
/// Registry worker when there is one), refuses overlapping classes, and counts the seat with one conditional update
/// (<c>Enrolled &lt; Capacity</c>) before inserting the enrollment. Used by the endpoint; the enrollment import applies
/// the same rules (and the trainee and error helpers below) a batch at a time in <c>EnrollmentBatchWriter</c>.
/// </summary>
public sealed class EnrollmentWriter(TrainingDbContext db, IRegistryReader registry, IPersonalDataProtector protector)
{
    public async Task<(Enrollment Enrollment, Trainee Trainee)> EnrollAsync(TrainingClass cls, PersonToEnroll person, DateTimeOffset now, CancellationToken ct)
    {
        var worker = await registry.FindWorkerByIdHashAsync(person.IdHash, ct);
        var street = StreetOf(person, worker) ?? throw StreetRequired();
        var trainee = await db.Set<Trainee>().FirstOrDefaultAsync(t => t.IdNumberHash == person.IdHash, ct);
        if (trainee is null)
        {
            trainee = NewTrainee(person, worker, street, now, protector);
            db.Set<Trainee>().Add(trainee);
            if (worker is null)
            {
                db.AddIntegrationEvent(new TraineeRegistered(trainee.Id, person.IdHash, trainee.Category, street));
            }
        }
        else
        {
            Update(trainee, person, worker, street, now, protector);
        }

        var clash = await db.Set<Enrollment>()
            .Where(e => e.TraineeId == trainee.Id && e.Status != EnrollmentStatus.Withdrawn
                && e.StartDate <= cls.EndDate && e.EndDate >= cls.StartDate)
            .Select(e => new { e.ClassId })
            .FirstOrDefaultAsync(ct);
        if (clash is not null)
        {
            throw clash.ClassId == cls.Id ? AlreadyEnrolled() : Overlapping();
        }

        var taken = await db.Set<TrainingClass>()
            .Where(c => c.Id == cls.Id && c.Status == ClassStatus.Open && c.Enrolled < c.Capacity)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Enrolled, c => c.Enrolled + 1), ct);
        if (taken == 0)
        {
            var status = await db.Set<TrainingClass>().Where(c => c.Id == cls.Id).Select(c => c.Status).FirstAsync(ct);
            throw status == ClassStatus.Open ? ClassFull() : NotOpen(status);
        }

        var enrollment = new Enrollment
        {
            ClassId = cls.Id,
            TraineeId = trainee.Id,
            StartDate = cls.StartDate,
            EndDate = cls.EndDate,
            EnrolledAt = now,
        };
        db.Set<Enrollment>().Add(enrollment);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            throw AlreadyEnrolled();
        }

        return (enrollment, trainee);
    }

    /// <summary>The street the person is counted in: the one given, else the register's (null when neither is known).</summary>
    internal static string? StreetOf(PersonToEnroll person, WorkerSummary? worker) =>
        string.IsNullOrWhiteSpace(person.StreetCode) ? worker?.StreetCode : person.StreetCode.Trim();

    /// <summary>The trainee a person's first enrollment registers (linked to the Registry worker when there is one).</summary>
    internal static Trainee NewTrainee(PersonToEnroll person, WorkerSummary? worker, string street, DateTimeOffset now, IPersonalDataProtector protector)
    {
        var trainee = new Trainee
        {
            Name = person.Name.Trim(),
            IdNumberEncrypted = protector.Encrypt(person.IdNumber),
            IdNumberHash = person.IdHash,
            IdNumberMasked = Mask.IdNumber(person.IdNumber),
            Category = person.Category.Trim(),
            StreetCode = street,
            RegistryWorkerId = worker?.Id,
            CreatedAt = now,
            UpdatedAt = now,
        };
        SetPhone(trainee, person, protector);
        return trainee;
    }

    /// <summary>The latest enrollment tells the person's current name, category, street and phone.</summary>
    internal static void Update(Trainee trainee, PersonToEnroll person, WorkerSummary? worker, string street, DateTimeOffset now, IPersonalDataProtector protector)
    {
        trainee.Name = person.Name.Trim();
        trainee.Category = person.Category.Trim();
        trainee.StreetCode = street;
        trainee.RegistryWorkerId = worker?.Id ?? trainee.RegistryWorkerId;
        trainee.UpdatedAt = now;
        SetPhone(trainee, person, protector);
    }

    private static void SetPhone(Trainee trainee, PersonToEnroll person, IPersonalDataProtector protector)
    {
        if (!string.IsNullOrWhiteSpace(person.Phone))
        {
            trainee.PhoneEncrypted = protector.Encrypt(person.Phone.Trim());
            trainee.PhoneMasked = Mask.Phone(person.Phone.Trim());
        }
    }

    public static ConflictException NotOpen(ClassStatus status) =>
        new($"The class is {status}, not open for enrollment. 该培训班不在报名阶段。", "class_not_open");

    internal static ConflictException ClassFull() => new("The class is full. 该培训班名额已满。", "class_full");

    internal static ConflictException AlreadyEnrolled() =>
        new("The person is already enrolled in this class. 该人员已报名本班。", "already_enrolled", "idNumber");

    internal static ConflictException Overlapping() => new(
        "The person is enrolled in another class on overlapping dates. 该人员已报名时间重叠的其他培训班。", "overlapping_class", "idNumber");

    internal static FieldValidationException StreetRequired() => new("streetCode",
        "The person is not in the register: give their street or town. 该人员未在从业人员库登记，请填写所属街道。");
}
