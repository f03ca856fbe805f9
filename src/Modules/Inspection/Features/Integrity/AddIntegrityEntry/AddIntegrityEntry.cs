using FluentValidation;
using Jiafu.Contracts.Registry;
using Jiafu.Inspection.Data;
using Jiafu.Inspection.Domain;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Inspection.Features.Integrity;

/// <summary>Record an upheld complaint (投诉属实) or a reward/title (表彰) on an institution's integrity record.</summary>
/// <param name="Kind"><c>Complaint</c> or <c>Reward</c>; the other kinds come from inspections and spot checks.</param>
public sealed record AddIntegrityEntry(Guid InstitutionId, IntegrityEntryKind Kind, string Summary, DateOnly? OccurredOn)
    : ICommand<IntegrityRecordResponse>, IAuditTarget
{
    public string AuditTargetType => "IntegrityRecord";

    public string? AuditTargetId => InstitutionId.ToString();
}

/// <summary>Body of <c>POST /integrity/{institutionId}/entries</c>.</summary>
public sealed record AddIntegrityEntryRequest(IntegrityEntryKind Kind, string Summary, DateOnly? OccurredOn);

public sealed class AddIntegrityEntryValidator : AbstractValidator<AddIntegrityEntry>
{
    public AddIntegrityEntryValidator()
    {
        RuleFor(x => x.Kind).Must(k => k is IntegrityEntryKind.Complaint or IntegrityEntryKind.Reward)
            .WithMessage("Only Complaint or Reward entries are recorded by hand. 仅可手工登记投诉或表彰。");
        RuleFor(x => x.Summary).NotEmpty().MaximumLength(500);
    }
}

public sealed class AddIntegrityEntryHandler(
    InspectionDbContext db, ICurrentUser current, IRegistryReader registry, IntegrityRecorder recorder, TimeProvider time, IMediator mediator)
    : ICommandHandler<AddIntegrityEntry, IntegrityRecordResponse>
{
    public async ValueTask<IntegrityRecordResponse> Handle(AddIntegrityEntry command, CancellationToken ct)
    {
        var institution = await registry.FindInstitutionAsync(command.InstitutionId, ct)
            ?? throw new NotFoundException("Institution", command.InstitutionId.ToString());
        var occurredOn = command.OccurredOn ?? time.Today();
        if (occurredOn > time.Today())
        {
            throw new FieldValidationException("occurredOn", "The date cannot be in the future. 日期不能晚于今天。");
        }

        var id = Guid.CreateVersion7();
        await recorder.AppendAsync(new IntegrityEntry
        {
            Id = id,
            InstitutionId = institution.Id,
            InstitutionName = institution.Name,
            Kind = command.Kind,
            Summary = command.Summary.Trim(),
            SourceType = "Manual",
            SourceId = id,
            OccurredOn = occurredOn,
            RecordedBy = current.Actor(),
        }, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new ConflictException("The record changed at the same time; retry. 诚信档案刚被更新，请重试。", "concurrent_entry");
        }

        return await mediator.Send(new GetIntegrityRecord(institution.Id), ct);
    }
}
