using FluentValidation;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.District;
using Jiafu.Shared.Errors;
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
    TrainingDbContext db, ICurrentUser current, IPersonalDataProtector protector, EnrollmentWriter writer, TimeProvider time)
    : ICommandHandler<EnrollTrainee, EnrollmentResponse>
{
    public async ValueTask<EnrollmentResponse> Handle(EnrollTrainee command, CancellationToken ct)
    {
        var scope = DataScope.From(current);
        var (cls, _) = await ClassResponses.FindInScopeAsync(db, scope, command.ClassId, ct);
        scope.EnsureMayManage(cls);
        if (cls.Status != ClassStatus.Open)
        {
            throw EnrollmentWriter.NotOpen(cls.Status);
        }

        var today = TrainingRules.Today(time);
        if (!ResidentIdNumber.TryParse(command.IdNumber, today, out var id))
        {
            throw new FieldValidationException("idNumber",
                ResidentIdNumberValidator<EnrollTrainee>.MessageFor(ResidentIdNumber.Validate(command.IdNumber, today)));
        }

        var person = new PersonToEnroll(id.Normalized, protector.LookupHash(id.Normalized), command.Name, command.Phone, command.Category, command.StreetCode);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var (enrollment, trainee) = await writer.EnrollAsync(cls, person, time.GetUtcNow(), ct);
        await transaction.CommitAsync(ct);
        return EnrollmentResponses.From(enrollment, trainee, null);
    }
}
