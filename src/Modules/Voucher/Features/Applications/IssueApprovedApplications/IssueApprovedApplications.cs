using FluentValidation;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Security;
using Jiafu.Voucher.Data;
using Jiafu.Voucher.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Voucher.Features.Applications;

/// <summary>Body of <c>POST /api/v1/vouchers/batches/{id}/issue</c>: the declarations to approve, or none for every pending one in scope.</summary>
public sealed record IssueApprovedApplicationsRequest(IReadOnlyList<Guid>? ApplicationIds);

/// <summary>One declaration that got no voucher, and why (<c>code</c>: batch_exhausted, street_quota_exhausted, not_pending, not_found …).</summary>
public sealed record NotIssued(Guid ApplicationId, string Code, string Reason);

/// <summary>Result of a batch issuance: how many vouchers were issued and why the others were not.</summary>
public sealed record IssuanceResult(int Requested, int Issued, IReadOnlyList<Guid> IssuedApplicationIds, IReadOnlyList<NotIssued> NotIssued);

/// <summary>
/// Batch issuance (批量审核发券, 应发尽发): approve the listed declarations of a batch — or every pending one in the
/// caller's scope — issuing one voucher each, oldest first, each in its own transaction, until the batch or a street's
/// quota runs out; reports what was issued and why the rest was not.
/// </summary>
public sealed record IssueApprovedApplications(Guid BatchId, IReadOnlyList<Guid>? ApplicationIds) : ICommand<IssuanceResult>, IAuditTarget
{
    public string AuditTargetType => nameof(VoucherBatch);

    public string? AuditTargetId => BatchId.ToString();
}

public sealed class IssueApprovedApplicationsValidator : AbstractValidator<IssueApprovedApplications>
{
    public const int MaxPerCall = 5000;

    public IssueApprovedApplicationsValidator()
    {
        RuleFor(x => x.ApplicationIds).Must(ids => ids!.Count <= MaxPerCall).When(x => x.ApplicationIds is not null)
            .WithMessage($"At most {MaxPerCall} declarations per call. 每次最多 {MaxPerCall} 条。");
    }
}

public sealed class IssueApprovedApplicationsHandler(VoucherDbContext db, VoucherIssuer issuer, ICurrentUser current)
    : ICommandHandler<IssueApprovedApplications, IssuanceResult>
{
    public async ValueTask<IssuanceResult> Handle(IssueApprovedApplications command, CancellationToken ct)
    {
        var scope = DataScope.From(current);
        if (scope.Kind == DataScopeKind.Institutions)
        {
            throw new ForbiddenException("Only bureau and street officers review declarations. 仅经办干部可以审核申报。");
        }

        if (!await db.Set<VoucherBatch>().AnyAsync(b => b.Id == command.BatchId, ct))
        {
            throw new NotFoundException("Voucher batch", command.BatchId.ToString());
        }

        var query = db.Set<VoucherApplication>().AsNoTracking().InScope(scope, current).Where(a => a.BatchId == command.BatchId);
        var requested = command.ApplicationIds?.Distinct().ToList();
        query = requested is null
            ? query.Where(a => a.Status == ApplicationStatus.Submitted)
            : query.Where(a => requested.Contains(a.Id));
        var candidates = await query.OrderBy(a => a.CreatedAt).ThenBy(a => a.Id).Select(a => a.Id).ToListAsync(ct);
        var notIssued = new List<NotIssued>();
        if (requested is not null)
        {
            notIssued.AddRange(requested.Except(candidates).Select(id => new NotIssued(id, "not_found", "Not in this batch or outside your scope. 不在本批次或不在您的管辖范围内。")));
        }

        var issued = new List<Guid>();
        var actor = VoucherRules.Actor(current);
        foreach (var id in candidates)
        {
            db.ChangeTracker.Clear();
            var application = await db.Set<VoucherApplication>().FirstAsync(a => a.Id == id, ct);
            try
            {
                await issuer.IssueAsync(application, actor, ct);
                issued.Add(id);
            }
            catch (ConflictException ex)
            {
                notIssued.Add(new NotIssued(id, ex.Code ?? "conflict", ex.Message));
            }
        }

        db.ChangeTracker.Clear();
        return new IssuanceResult(requested?.Count ?? candidates.Count, issued.Count, issued, notIssued);
    }
}
