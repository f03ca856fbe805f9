using FluentValidation;
using Jiafu.Contracts.Registry;
using Jiafu.Contracts.Training;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.District;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Outbox;
using Jiafu.Shared.Persistence;
using Jiafu.Shared.Privacy;
using Jiafu.Shared.Security;
using Jiafu.Shared.Validation;
using Jiafu.Training.Data;
using Jiafu.Training.Domain;
using Jiafu.Training.Features.Classes;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Training.Features.Enrollments;

/// <summary>Who enrolls: a person by resident ID number.</summary>
/// <param name="IdNumber">Resident ID number (GB 11643); one trainee record per person.</param>
/// <param name="Category">Trainee category code (失业人员, 就业困难人员, 在职从业人员, …) from <c>GET /api/v1/training/trainee-categories</c>.</param>
/// <param name="StreetCode">The trainee's street or town; defaults to the street of their employer in the register.</param>
public sealed record EnrollTraineeRequest(string IdNumber, string Name, string? Phone, string Category, string? StreetCode);

/// <summary>Enroll a person in an open class (报名). Seats are limited by the database; overlapping classes are refused.</summary>
public sealed record EnrollTrainee(Guid ClassId, string IdNumber, string Name, string? Phone, string Category, string? StreetCode)
    : ICommand<EnrollmentResponse>, IAuditTarget
{
    public string AuditTargetType => "TrainingClass";

    public string? AuditTargetId => ClassId.ToString();
}

public sealed class EnrollTraineeValidator : AbstractValidator<EnrollTrainee>
{
    public EnrollTraineeValidator(IOptions<TrainingOptions> options, IOptions<DistrictOptions> district)
    {
        var categories = options.Value.EffectiveTraineeCategories.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        RuleFor(x => x.IdNumber).NotEmpty().ResidentIdNumber();
        RuleFor(x => x.Name).NotEmpty().MaximumLength(50);
        RuleFor(x => x.Phone!).ChinaPhone().When(x => !string.IsNullOrWhiteSpace(x.Phone));
        RuleFor(x => x.Category).NotEmpty()
            .Must(c => c is null || categories.Contains(c.Trim()))
            .WithMessage("Unknown trainee category; see GET /api/v1/training/trainee-categories. 人员类别无效。");
        RuleFor(x => x.StreetCode)
            .Must(s => string.IsNullOrWhiteSpace(s) || district.Value.IsKnownStreet(s.Trim()))
            .WithMessage("Unknown street code. 街道代码无效。");
    }
}

public sealed class EnrollTraineeHandler(
    TrainingDbContext db, ICurrentUser current, IRegistryReader registry, IPersonalDataProtector protector, TimeProvider time)
    : ICommandHandler<EnrollTrainee, EnrollmentResponse>
{
    public async ValueTask<EnrollmentResponse> Handle(EnrollTrainee command, CancellationToken ct)
    {
        var scope = DataScope.From(current);
        var (cls, _) = await ClassResponses.FindInScopeAsync(db, scope, command.ClassId, ct);
        scope.EnsureMayManage(cls);
        if (cls.Status != ClassStatus.Open)
        {
            throw NotOpen(cls.Status);
        }

        if (!ResidentIdNumber.TryParse(command.IdNumber, TrainingRules.Today(time), out var id))
        {
            throw new FieldValidationException("idNumber", ResidentIdNumberValidator<EnrollTrainee>.MessageFor(
                ResidentIdNumber.Validate(command.IdNumber, TrainingRules.Today(time))));
        }

        var hash = protector.LookupHash(id.Normalized);
        var worker = await registry.FindWorkerByIdHashAsync(hash, ct);
        var street = string.IsNullOrWhiteSpace(command.StreetCode) ? worker?.StreetCode : command.StreetCode.Trim();
        if (street is null)
        {
            throw new FieldValidationException("streetCode",
                "The person is not in the register: give their street or town. 该人员未在从业人员库登记，请填写所属街道。");
        }

        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var trainee = await db.Set<Trainee>().FirstOrDefaultAsync(t => t.IdNumberHash == hash, ct);
        if (trainee is null)
        {
            trainee = new Trainee
            {
                Name = command.Name.Trim(),
                IdNumberEncrypted = protector.Encrypt(id.Normalized),
                IdNumberHash = hash,
                IdNumberMasked = Mask.IdNumber(id.Normalized),
                Category = command.Category.Trim(),
                StreetCode = street,
                RegistryWorkerId = worker?.Id,
                CreatedAt = now,
                UpdatedAt = now,
            };
            db.Set<Trainee>().Add(trainee);
            if (worker is null)
            {
                db.AddIntegrationEvent(new TraineeRegistered(trainee.Id, hash, trainee.Category, street));
            }
        }
        else
        {
            // The latest enrollment tells the person's current category and street.
            trainee.Name = command.Name.Trim();
            trainee.Category = command.Category.Trim();
            trainee.StreetCode = street;
            trainee.RegistryWorkerId = worker?.Id ?? trainee.RegistryWorkerId;
            trainee.UpdatedAt = now;
        }

        if (!string.IsNullOrWhiteSpace(command.Phone))
        {
            trainee.PhoneEncrypted = protector.Encrypt(command.Phone.Trim());
            trainee.PhoneMasked = Mask.Phone(command.Phone.Trim());
        }

        var clash = await db.Set<Enrollment>()
            .Where(e => e.TraineeId == trainee.Id && e.Status != EnrollmentStatus.Withdrawn
                && e.StartDate <= cls.EndDate && e.EndDate >= cls.StartDate)
            .Select(e => new { e.ClassId })
            .FirstOrDefaultAsync(ct);
        if (clash is not null)
        {
            throw clash.ClassId == cls.Id
                ? new ConflictException("The person is already enrolled in this class. 该人员已报名本班。", "already_enrolled", "idNumber")
                : new ConflictException("The person is enrolled in another class on overlapping dates. 该人员已报名时间重叠的其他培训班。",
                    "overlapping_class", "idNumber");
        }

        // The seat: one conditional update, counted by the database, in the same transaction as the enrollment.
        var taken = await db.Set<TrainingClass>()
            .Where(c => c.Id == cls.Id && c.Status == ClassStatus.Open && c.Enrolled < c.Capacity)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Enrolled, c => c.Enrolled + 1), ct);
        if (taken == 0)
        {
            var status = await db.Set<TrainingClass>().Where(c => c.Id == cls.Id).Select(c => c.Status).FirstAsync(ct);
            throw status == ClassStatus.Open
                ? new ConflictException("The class is full. 该培训班名额已满。", "class_full")
                : NotOpen(status);
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
            throw new ConflictException("The person is already enrolled in this class. 该人员已报名本班。", "already_enrolled", "idNumber");
        }

        await transaction.CommitAsync(ct);
        return EnrollmentResponses.From(enrollment, trainee, null);
    }

    private static ConflictException NotOpen(ClassStatus status) =>
        new($"The class is {status}, not open for enrollment. 该培训班不在报名阶段。", "class_not_open");
}
