using FluentValidation;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Security;
using Jiafu.Training.Data;
using Jiafu.Training.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Training.Features.Classes;

/// <summary>Schedule a class of a programme (新建培训班); it starts Planned.</summary>
/// <param name="Capacity">Seats (1–500); enrollment never exceeds it.</param>
public sealed record CreateClass(
    Guid ProgrammeId, string Name, DateOnly StartDate, DateOnly EndDate, string Location, int Capacity, string? Teacher)
    : ICommand<ClassResponse>;

public sealed class CreateClassValidator : AbstractValidator<CreateClass>
{
    public CreateClassValidator()
    {
        RuleFor(x => x.ProgrammeId).NotEmpty();
        RuleFor(x => x.Name).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Location).NotEmpty().MaximumLength(300);
        RuleFor(x => x.Teacher).MaximumLength(100);
        RuleFor(x => x.Capacity).InclusiveBetween(1, 500);
        RuleFor(x => x.StartDate).NotEmpty();
        RuleFor(x => x.EndDate).GreaterThanOrEqualTo(x => x.StartDate)
            .WithMessage("endDate must not be before startDate. 结束日期不能早于开始日期。");
    }
}

public sealed class CreateClassHandler(TrainingDbContext db, ICurrentUser current, TimeProvider time) : ICommandHandler<CreateClass, ClassResponse>
{
    public async ValueTask<ClassResponse> Handle(CreateClass command, CancellationToken ct)
    {
        var scope = DataScope.From(current);
        var programme = await db.Set<Programme>().InScope(scope).FirstOrDefaultAsync(p => p.Id == command.ProgrammeId, ct)
            ?? throw new NotFoundException("Programme", command.ProgrammeId.ToString());
        if (scope.Kind == DataScopeKind.Street)
        {
            throw new ForbiddenException("Street officers can view training classes but not create them. 街道人员只能查看培训班。");
        }

        if (!programme.IsActiveIn(command.StartDate.Year))
        {
            throw new FieldValidationException("startDate",
                $"The programme does not run in {command.StartDate.Year}. 该培训项目在该年度未开设。");
        }

        var now = time.GetUtcNow();
        var cls = new TrainingClass
        {
            ProgrammeId = programme.Id,
            InstitutionId = programme.ProviderInstitutionId,
            ProviderStreetCode = programme.ProviderStreetCode,
            Name = command.Name.Trim(),
            StartDate = command.StartDate,
            EndDate = command.EndDate,
            Location = command.Location.Trim(),
            Capacity = command.Capacity,
            Teacher = string.IsNullOrWhiteSpace(command.Teacher) ? null : command.Teacher.Trim(),
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Set<TrainingClass>().Add(cls);
        await db.SaveChangesAsync(ct);
        return ClassResponses.From(cls, programme);
    }
}
