using FluentValidation;
using Jiafu.Registry.Data;
using Jiafu.Registry.Domain;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Registry.Features.Filings;

/// <summary>The reason of a rejection (required).</summary>
public sealed record RejectFilingRequest(string Reason);

/// <summary>Reject a submitted filing (备案不通过) with a reason; the institution may submit again.</summary>
public sealed record RejectFiling(Guid Id, string Reason) : ICommand<EmployeeFilingResponse>, IAuditTarget
{
    public string AuditTargetType => nameof(EmployeeFiling);

    public string? AuditTargetId => Id.ToString();
}

public sealed class RejectFilingValidator : AbstractValidator<RejectFiling>
{
    public RejectFilingValidator() =>
        RuleFor(x => x.Reason).NotEmpty().WithMessage("A reason is required. 请填写不通过的原因。").MaximumLength(FilingRules.NoteMaxLength);
}

public sealed class RejectFilingHandler(RegistryDbContext db, ICurrentUser current, IOptions<RegistryOptions> options, TimeProvider time)
    : ICommandHandler<RejectFiling, EmployeeFilingResponse>
{
    public async ValueTask<EmployeeFilingResponse> Handle(RejectFiling command, CancellationToken ct)
    {
        var filing = await FilingRules.FindVisibleAsync(db, command.Id, DataScope.From(current), ct);
        if (filing.Status != FilingStatus.Submitted)
        {
            throw new ConflictException(
                $"Only a submitted filing can be rejected; this one is {filing.Status}. 该备案不是待审核状态。", "invalid_transition");
        }

        var now = time.GetUtcNow();
        var reason = command.Reason.Trim();
        db.Set<StatusChange>().Add(FilingRules.Change(filing, FilingStatus.Rejected, "Reject", reason, current.Name, now));
        filing.Status = FilingStatus.Rejected;
        filing.ReviewedAt = now;
        filing.ReviewedBy = current.Name;
        filing.ReviewNote = reason;
        filing.Touch();
        await db.SaveChangesAsync(ct);
        var name = await db.Set<Institution>().Where(i => i.Id == filing.InstitutionId).Select(i => i.Name).FirstAsync(ct);
        return FilingRules.ToResponse(filing, name, options.Value.EmployeeFilingMinimumStaff);
    }
}
