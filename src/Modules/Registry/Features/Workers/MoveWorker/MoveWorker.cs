using FluentValidation;
using Jiafu.Contracts.Registry;
using Jiafu.Registry.Data;
using Jiafu.Registry.Domain;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Outbox;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Registry.Features.Workers;

/// <summary>Where a worker moves to.</summary>
/// <param name="InstitutionId">The new employer; must be inside the caller's scope.</param>
/// <param name="StartedOn">First day at the new employer; the current employment ends on that day. Not in the future.</param>
public sealed record MoveWorkerRequest(Guid InstitutionId, EmploymentType? EmploymentType, DateOnly? StartedOn);

/// <summary>
/// Move a worker to another institution (从业机构变更): the current employment is closed, a new one opened,
/// the history kept.
/// </summary>
public sealed record MoveWorker(Guid Id, Guid InstitutionId, EmploymentType? EmploymentType, DateOnly? StartedOn)
    : ICommand<WorkerResponse>, IAuditTarget
{
    public string AuditTargetType => nameof(Worker);

    public string? AuditTargetId => Id.ToString();
}

public sealed class MoveWorkerValidator : AbstractValidator<MoveWorker>
{
    public MoveWorkerValidator(TimeProvider time)
    {
        RuleFor(x => x.InstitutionId).NotEmpty();
        RuleFor(x => x.EmploymentType).NotNull().IsInEnum()
            .WithMessage("employmentType must be EmployeeBased, Affiliated or Flexible. 用工形式无效。");
        RuleFor(x => x.StartedOn).NotNull()
            .Must(date => date is null || date <= WorkerRules.Today(time))
            .WithMessage("startedOn cannot be in the future. 入职日期不能晚于今天。");
    }
}

public sealed class MoveWorkerHandler(RegistryDbContext db, ICurrentUser current, TimeProvider time) : ICommandHandler<MoveWorker, WorkerResponse>
{
    public async ValueTask<WorkerResponse> Handle(MoveWorker command, CancellationToken ct)
    {
        var scope = DataScope.From(current);
        var worker = await WorkerRules.FindInScopeAsync(db, scope, command.Id, ct, withCertificates: true);
        var target = await db.Set<Institution>().FirstOrDefaultAsync(i => i.Id == command.InstitutionId, ct)
            ?? throw new NotFoundException("Institution", command.InstitutionId.ToString());
        scope.EnsureVisible(target);
        if (worker.InstitutionId == target.Id)
        {
            throw new ConflictException(
                "The worker already works for this institution; edit the worker to change the employment type. 该人员已在此机构从业。",
                "same_institution", "institutionId");
        }

        var startedOn = command.StartedOn!.Value;
        var open = await db.Set<WorkerEmployment>().Where(e => e.WorkerId == worker.Id && e.EndedOn == null).ToListAsync(ct);
        if (open.Any(e => e.StartedOn > startedOn))
        {
            throw new FieldValidationException("startedOn",
                "startedOn cannot be before the start of the current employment. 入职日期不能早于当前从业起始日期。");
        }

        foreach (var employment in open)
        {
            employment.EndedOn = startedOn;
        }

        db.Set<WorkerEmployment>().Add(new WorkerEmployment
        {
            WorkerId = worker.Id,
            InstitutionId = target.Id,
            EmploymentType = command.EmploymentType!.Value,
            StartedOn = startedOn,
        });
        var from = worker.InstitutionId;
        worker.InstitutionId = target.Id;
        worker.StreetCode = target.StreetCode;
        worker.EmploymentType = command.EmploymentType.Value;
        worker.Touch(time.GetUtcNow());
        db.AddIntegrationEvent(new WorkerMoved(worker.Id, from, target.Id));

        // A concurrent change of the worker renews the version token: the host answers 412.
        await db.SaveChangesAsync(ct);
        return WorkerResponses.From(worker, target.Name, WorkerRules.Today(time));
    }
}
