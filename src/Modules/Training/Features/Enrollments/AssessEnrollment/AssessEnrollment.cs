using FluentValidation;
using Jiafu.Contracts.Training;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Outbox;
using Jiafu.Shared.Persistence;
using Jiafu.Shared.Privacy;
using Jiafu.Shared.Security;
using Jiafu.Training.Data;
using Jiafu.Training.Domain;
using Jiafu.Training.Features.Classes;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Training.Features.Enrollments;

/// <param name="Result">Passed or Failed.</param>
/// <param name="SkillLevel">Skill level code (required when passed) from <c>GET /api/v1/training/skill-levels</c>.</param>
/// <param name="CertificateNumber">The number on the vocational skill certificate (required when passed).</param>
public sealed record AssessEnrollmentRequest(AssessmentResult? Result, string? SkillLevel, string? CertificateNumber, DateOnly AssessedOn);

/// <summary>
/// Record a completed trainee's assessment (鉴定结果). Passing issues a certificate with a verification code; a failed
/// assessment may be recorded again later (补考), a passed one not.
/// </summary>
public sealed record AssessEnrollment(Guid Id, AssessmentResult? Result, string? SkillLevel, string? CertificateNumber, DateOnly AssessedOn)
    : ICommand<EnrollmentResponse>, IAuditTarget
{
    public string AuditTargetType => "Enrollment";

    public string? AuditTargetId => Id.ToString();
}

public sealed class AssessEnrollmentValidator : AbstractValidator<AssessEnrollment>
{
    public AssessEnrollmentValidator(IOptions<TrainingOptions> options, TimeProvider time)
    {
        var levels = options.Value.EffectiveSkillLevels.Select(l => l.Code).ToHashSet(StringComparer.Ordinal);
        RuleFor(x => x.Result).NotNull().IsInEnum();
        RuleFor(x => x.SkillLevel).NotEmpty().When(x => x.Result == AssessmentResult.Passed)
            .WithMessage("A skill level is required when passed. 合格时请填写技能等级。");
        RuleFor(x => x.SkillLevel).Must(l => l is null || levels.Contains(l.Trim()))
            .WithMessage("Unknown skill level; see GET /api/v1/training/skill-levels. 技能等级无效。");
        RuleFor(x => x.CertificateNumber).NotEmpty().When(x => x.Result == AssessmentResult.Passed)
            .WithMessage("A certificate number is required when passed. 合格时请填写证书编号。");
        RuleFor(x => x.CertificateNumber).MaximumLength(50);
        RuleFor(x => x.AssessedOn).NotEmpty()
            .Must(d => d <= TrainingRules.Today(time)).WithMessage("The assessment date cannot be in the future. 鉴定日期不能晚于今天。");
    }
}

public sealed class AssessEnrollmentHandler(TrainingDbContext db, ICurrentUser current, IOptions<TrainingOptions> options)
    : ICommandHandler<AssessEnrollment, EnrollmentResponse>
{
    public async ValueTask<EnrollmentResponse> Handle(AssessEnrollment command, CancellationToken ct)
    {
        var scope = DataScope.From(current);
        var enrollment = await db.Set<Enrollment>().FirstOrDefaultAsync(e => e.Id == command.Id, ct)
            ?? throw new NotFoundException("Enrollment", command.Id.ToString());
        var (cls, programme) = await ClassResponses.FindInScopeAsync(db, scope, enrollment.ClassId, ct);
        scope.EnsureMayManage(cls);
        if (enrollment.Status != EnrollmentStatus.Completed)
        {
            throw new ConflictException("Only a trainee who completed the class can be assessed. 学员未结业，不能鉴定。", "not_completed");
        }

        if (enrollment.AssessmentResult == AssessmentResult.Passed)
        {
            throw new ConflictException("The trainee has already passed the assessment. 该学员已鉴定合格。", "already_assessed");
        }

        if (command.AssessedOn < cls.StartDate)
        {
            throw new FieldValidationException("assessedOn", "The assessment cannot be before the class started. 鉴定日期不能早于开班日期。");
        }

        var trainee = await db.Set<Trainee>().FirstAsync(t => t.Id == enrollment.TraineeId, ct);
        enrollment.AssessmentResult = command.Result!.Value;
        enrollment.AssessedOn = command.AssessedOn;
        enrollment.SkillLevel = command.SkillLevel?.Trim();
        enrollment.CertificateNumber = command.CertificateNumber?.Trim();
        enrollment.Version = Guid.NewGuid();
        Certificate? certificate = null;
        if (enrollment.AssessmentResult == AssessmentResult.Passed)
        {
            var validity = options.Value.CertificateValidityYears;
            certificate = new Certificate
            {
                Code = CertificateCode.New(),
                EnrollmentId = enrollment.Id,
                TraineeId = trainee.Id,
                ClassId = cls.Id,
                HolderNameMasked = Mask.Name(trainee.Name),
                ProgrammeName = programme.Name,
                Category = programme.Category,
                SkillLevel = enrollment.SkillLevel!,
                CertificateNumber = enrollment.CertificateNumber!,
                IssuedOn = command.AssessedOn,
                ValidUntil = validity > 0 ? command.AssessedOn.AddYears(validity).AddDays(-1) : null,
            };
            db.Set<Certificate>().Add(certificate);
            db.AddIntegrationEvent(new CertificateIssued(
                certificate.Id, enrollment.Id, cls.Id, trainee.Id, trainee.IdNumberHash, programme.Name, programme.Category,
                certificate.SkillLevel, certificate.CertificateNumber, certificate.Code, certificate.IssuedOn, certificate.ValidUntil));
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("The enrollment was changed meanwhile. 该学员记录已被他人修改。", "stale_version");
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            throw new ConflictException("The trainee has already passed the assessment. 该学员已鉴定合格。", "already_assessed");
        }

        return EnrollmentResponses.From(enrollment, trainee, certificate);
    }
}
