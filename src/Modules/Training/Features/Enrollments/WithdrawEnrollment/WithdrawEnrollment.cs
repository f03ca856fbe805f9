using FluentValidation;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Security;
using Jiafu.Training.Data;
using Jiafu.Training.Domain;
using Jiafu.Training.Features.Classes;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Training.Features.Enrollments;

public sealed record WithdrawEnrollmentRequest(string? Reason);

/// <summary>Withdraw a trainee from a class (退出培训班) while it is open or in progress; the seat is freed.</summary>
public sealed record WithdrawEnrollment(Guid Id, string? Reason) : ICommand<EnrollmentResponse>, IAuditTarget
{
    public string AuditTargetType => "Enrollment";

    public string? AuditTargetId => Id.ToString();
}

public sealed class WithdrawEnrollmentValidator : AbstractValidator<WithdrawEnrollment>
{
    public WithdrawEnrollmentValidator() => RuleFor(x => x.Reason).MaximumLength(500);
}

public sealed class WithdrawEnrollmentHandler(TrainingDbContext db, ICurrentUser current, TimeProvider time)
    : ICommandHandler<WithdrawEnrollment, EnrollmentResponse>
{
    public async ValueTask<EnrollmentResponse> Handle(WithdrawEnrollment command, CancellationToken ct)
    {
        var scope = DataScope.From(current);
        var enrollment = await db.Set<Enrollment>().FirstOrDefaultAsync(e => e.Id == command.Id, ct)
            ?? throw new NotFoundException("Enrollment", command.Id.ToString());
        var (cls, _) = await ClassResponses.FindInScopeAsync(db, scope, enrollment.ClassId, ct);
        scope.EnsureMayManage(cls);
        if (enrollment.Status != EnrollmentStatus.Enrolled || cls.Status is not (ClassStatus.Open or ClassStatus.InProgress))
        {
            throw new ConflictException("Only an enrolled trainee of an open or running class can withdraw. 当前状态不能退出。", "invalid_transition");
        }

        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        enrollment.Status = EnrollmentStatus.Withdrawn;
        enrollment.WithdrawnAt = now;
        enrollment.WithdrawnReason = string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim();
        enrollment.Version = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("The enrollment was changed meanwhile. 该报名已被他人修改。", "stale_version");
        }

        await db.Set<TrainingClass>().Where(c => c.Id == cls.Id && c.Enrolled > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Enrolled, c => c.Enrolled - 1), ct);
        await transaction.CommitAsync(ct);
        var trainee = await db.Set<Trainee>().AsNoTracking().FirstAsync(t => t.Id == enrollment.TraineeId, ct);
        return EnrollmentResponses.From(enrollment, trainee, null);
    }
}
