using FluentValidation;
using Jiafu.Contracts.Registry;
using Jiafu.Inspection.Data;
using Jiafu.Inspection.Domain;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Security;
using Mediator;

namespace Jiafu.Inspection.Features.Complaints;

/// <summary>Register a complaint (登记投诉) against an institution, optionally naming a worker or a service.</summary>
/// <param name="InstitutionId">The institution complained about.</param>
/// <param name="WorkerId">The worker of the register named in the complaint: one who works or worked for the institution.</param>
/// <param name="WorkerName">The worker's name as reported; the register's name when a worker id is given without one.</param>
/// <param name="ServiceReference">The service complained about (voucher or platform order number).</param>
/// <param name="Source"><c>Hotline12345</c>, <c>Platform</c>, <c>WalkIn</c> or <c>Other</c>.</param>
/// <param name="ReceivedOn">The day it was received (受理日期); not in the future.</param>
/// <param name="Content">What the complaint says (投诉内容).</param>
/// <param name="HandlingOfficer">The officer handling it (承办人); defaults to the caller.</param>
public sealed record CreateComplaint(
    Guid InstitutionId, Guid? WorkerId, string? WorkerName, string? ServiceReference, ComplaintSource Source, DateOnly ReceivedOn, string Content,
    string? HandlingOfficer) : ICommand<ComplaintResponse>;

public sealed class CreateComplaintValidator : AbstractValidator<CreateComplaint>
{
    public CreateComplaintValidator(TimeProvider time)
    {
        RuleFor(x => x.InstitutionId).NotEmpty();
        RuleFor(x => x.WorkerName).MaximumLength(50);
        RuleFor(x => x.ServiceReference).MaximumLength(100);
        RuleFor(x => x.Source).IsInEnum();
        RuleFor(x => x.ReceivedOn).NotEmpty().Must(d => d <= time.Today()).WithMessage("Not in the future. 受理日期不能晚于今天。");
        RuleFor(x => x.Content).NotEmpty().MaximumLength(2000);
        RuleFor(x => x.HandlingOfficer).MaximumLength(100);
    }
}

public sealed class CreateComplaintHandler(InspectionDbContext db, ICurrentUser current, IRegistryReader registry, TimeProvider time)
    : ICommandHandler<CreateComplaint, ComplaintResponse>
{
    public async ValueTask<ComplaintResponse> Handle(CreateComplaint command, CancellationToken ct)
    {
        var institution = await registry.InstitutionInScopeAsync(current, command.InstitutionId, ct);
        var worker = await registry.WorkerOfInstitutionAsync(command.WorkerId, institution.Id, ct);
        var complaint = new Complaint
        {
            InstitutionId = institution.Id,
            InstitutionName = institution.Name,
            StreetCode = institution.StreetCode,
            WorkerId = worker?.Id,
            WorkerName = Blank(command.WorkerName) ?? worker?.Name,
            ServiceReference = Blank(command.ServiceReference),
            Source = command.Source,
            ReceivedOn = command.ReceivedOn,
            Content = command.Content.Trim(),
            HandlingOfficer = Blank(command.HandlingOfficer) ?? current.Actor(),
            CreatedBy = current.Actor(),
            CreatedAt = time.GetUtcNow(),
        };
        db.Set<Complaint>().Add(complaint);
        await db.SaveChangesAsync(ct);
        return ComplaintResponse.From(complaint);
    }

    internal static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
