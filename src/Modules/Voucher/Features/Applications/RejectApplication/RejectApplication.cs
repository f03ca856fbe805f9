using FluentValidation;
using Jiafu.Contracts.Voucher;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.District;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Outbox;
using Jiafu.Shared.Security;
using Jiafu.Voucher.Data;
using Jiafu.Voucher.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Voucher.Features.Applications;

/// <summary>Body of <c>POST …/applications/{id}/reject</c>.</summary>
public sealed record RejectApplicationRequest(string? Reason);

/// <summary>Reject a declaration with a reason (不予发放).</summary>
public sealed record RejectApplication(Guid Id, string? Reason) : ICommand<ApplicationResponse>, IAuditTarget
{
    public string AuditTargetType => nameof(VoucherApplication);

    public string? AuditTargetId => Id.ToString();
}

public sealed class RejectApplicationValidator : AbstractValidator<RejectApplication>
{
    public RejectApplicationValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().WithMessage("A reason is required. 请填写不予发放的原因。").MaximumLength(500);
    }
}

public sealed class RejectApplicationHandler(
    VoucherDbContext db, ICurrentUser current, IOptions<DistrictOptions> district, TimeProvider time)
    : ICommandHandler<RejectApplication, ApplicationResponse>
{
    public async ValueTask<ApplicationResponse> Handle(RejectApplication command, CancellationToken ct)
    {
        var application = await ApplicationResponses.FindVisibleAsync(db, command.Id, current, ct);
        ApplicationReview.EnsureReviewer(current, application);
        if (application.Status != ApplicationStatus.Submitted)
        {
            throw VoucherIssuer.NotPending(application.Status);
        }

        application.Status = ApplicationStatus.Rejected;
        application.RejectionReason = command.Reason!.Trim();
        application.ReviewedBy = VoucherRules.Actor(current);
        application.ReviewedAt = VoucherRules.Now(time);
        application.Version = Guid.NewGuid();
        db.AddIntegrationEvent(new VoucherApplicationRejected(application.Id, application.BatchId, application.RejectionReason));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("The declaration was reviewed by someone else meanwhile. 该申报已被他人审核。", "already_reviewed");
        }

        return (await ApplicationResponses.BuildAsync(db, [application], district.Value, ct))[0];
    }
}
