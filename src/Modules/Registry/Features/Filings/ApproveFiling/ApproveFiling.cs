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
using Microsoft.Extensions.Options;

namespace Jiafu.Registry.Features.Filings;

/// <summary>The optional note of an approval.</summary>
public sealed record ApproveFilingRequest(string? Note);

/// <summary>
/// Approve a filing (备案通过): every criterion must be met. The filing becomes Filed for
/// <c>Registry:EmployeeFilingValidityMonths</c> from today, and the institution employee-based until then.
/// </summary>
public sealed record ApproveFiling(Guid Id, string? Note) : ICommand<EmployeeFilingResponse>, IAuditTarget
{
    public string AuditTargetType => nameof(EmployeeFiling);

    public string? AuditTargetId => Id.ToString();
}

public sealed class ApproveFilingValidator : AbstractValidator<ApproveFiling>
{
    public ApproveFilingValidator() => RuleFor(x => x.Note).MaximumLength(FilingRules.NoteMaxLength);
}

public sealed class ApproveFilingHandler(RegistryDbContext db, ICurrentUser current, IOptions<RegistryOptions> options, TimeProvider time)
    : ICommandHandler<ApproveFiling, EmployeeFilingResponse>
{
    public async ValueTask<EmployeeFilingResponse> Handle(ApproveFiling command, CancellationToken ct)
    {
        var filing = await FilingRules.FindVisibleAsync(db, command.Id, DataScope.From(current), ct);
        if (filing.Status != FilingStatus.Submitted)
        {
            throw new ConflictException(
                $"Only a submitted filing can be approved; this one is {filing.Status}. 该备案不是待审核状态。", "invalid_transition");
        }

        var minimum = options.Value.EmployeeFilingMinimumStaff;
        var unmet = FilingRules.Unmet(filing, minimum);
        if (unmet.Count > 0)
        {
            throw new ConflictException(
                $"The filing criteria are not met: {FilingRules.Describe(unmet, filing, minimum)}. 不符合员工制家政企业备案条件。",
                "criteria_not_met");
        }

        var institution = await db.Set<Institution>().FirstAsync(i => i.Id == filing.InstitutionId, ct);
        var now = time.GetUtcNow();
        var today = FilingRules.Today(time);
        var validUntil = today.AddMonths(options.Value.EmployeeFilingValidityMonths).AddDays(-1);
        var note = string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim();

        db.Set<StatusChange>().Add(FilingRules.Change(filing, FilingStatus.Filed, "Approve", note, current.Name, now));
        filing.Status = FilingStatus.Filed;
        filing.ReviewedAt = now;
        filing.ReviewedBy = current.Name;
        filing.ReviewNote = note;
        filing.ValidFrom = today;
        filing.ValidUntil = validUntil;
        filing.Touch();

        institution.IsEmployeeBased = true;
        institution.EmployeeBasedUntil = validUntil;
        institution.Touch(now);
        db.AddIntegrationEvent(new EmployeeFilingApproved(institution.Id, filing.Id, today, validUntil));
        await db.SaveChangesAsync(ct);
        return FilingRules.ToResponse(filing, institution.Name, minimum);
    }
}
