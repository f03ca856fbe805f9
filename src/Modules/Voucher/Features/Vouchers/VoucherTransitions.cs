using Jiafu.Contracts.Voucher;
using Jiafu.Shared.District;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Http;
using Jiafu.Shared.Outbox;
using Jiafu.Shared.Security;
using Jiafu.Voucher.Data;
using Jiafu.Voucher.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Voucher.Features.Vouchers;

/// <summary>
/// One step of a voucher's workflow: load it within the caller's scope, refuse the wrong state (409
/// <c>invalid_transition</c>) or an expired voucher (409 <c>voucher_expired</c>), apply, write the timeline entry and the
/// integration event, save once (the concurrency token turns a concurrent step into 409).
/// </summary>
public sealed class VoucherTransitions(VoucherDbContext db, ICurrentUser current, IOptions<DistrictOptions> district, TimeProvider time)
{
    /// <summary>States in which the voucher is not used yet: they expire at the end of the validity.</summary>
    public static readonly VoucherStatus[] UnusedStates = [VoucherStatus.Issued, VoucherStatus.InstitutionSelected, VoucherStatus.Scheduled];

    public VoucherDbContext Db => db;

    public ICurrentUser Current => current;

    public DateOnly Today => VoucherRules.Today(time);

    public DateTimeOffset Now => VoucherRules.Now(time);

    public async Task<EmploymentVoucher> LoadAsync(Guid id, string? version, CancellationToken ct)
    {
        var voucher = await VoucherResponses.FindVisibleAsync(db, id, current, ct);
        if (version is not null)
        {
            ETags.EnsureMatches(version, voucher.Version.ToString());
        }

        return voucher;
    }

    /// <summary>409 unless the voucher is in one of <paramref name="allowed"/> and, when unused, still valid.</summary>
    public void Ensure(EmploymentVoucher voucher, string action, params VoucherStatus[] allowed)
    {
        if (voucher.Status == VoucherStatus.Expired || (UnusedStates.Contains(voucher.Status) && voucher.ValidUntil < Today))
        {
            throw new ConflictException(
                $"The voucher expired on {voucher.ValidUntil:yyyy-MM-dd}. 该券已过有效期。", "voucher_expired");
        }

        if (!allowed.Contains(voucher.Status))
        {
            throw new ConflictException(
                $"Cannot {action} a voucher that is {voucher.Status}. 当前状态（{voucher.Status}）不允许此操作。", "invalid_transition");
        }
    }

    /// <summary>Institutions act only on vouchers that chose them; street officers never act for an institution.</summary>
    public void EnsureInstitutionActor(EmploymentVoucher voucher)
    {
        var scope = DataScope.From(current);
        if (scope.Kind == DataScopeKind.Street)
        {
            throw new ForbiddenException("Home services are recorded by the institution. 上门服务由服务机构登记。");
        }

        if (scope.Kind == DataScopeKind.Institutions && !scope.Allows(voucher))
        {
            throw new NotFoundException("Voucher", voucher.Id.ToString());
        }
    }

    /// <summary>Officers only (street officers for their street): selection, follow-up, verification.</summary>
    public void EnsureOfficer()
    {
        if (DataScope.From(current).Kind == DataScopeKind.Institutions)
        {
            throw new ForbiddenException("Only bureau and street officers may do this. 仅经办干部可以办理。");
        }
    }

    /// <summary>Records the step and saves; answers the voucher with its timeline.</summary>
    public async Task<VoucherResponse> CommitAsync(EmploymentVoucher voucher, VoucherStatus from, string action, string? note, CancellationToken ct)
    {
        Stage(db, voucher, from, action, note, VoucherRules.Actor(current), VoucherRules.Now(time));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("The voucher was changed by someone else meanwhile; reload it. 该券已被他人更新，请刷新。", "concurrent_update");
        }

        return (await VoucherResponses.BuildAsync(db, [voucher], district.Value, withTimeline: true, ct))[0];
    }

    /// <summary>Stages the timeline entry and the integration event of a step (for callers that save themselves).</summary>
    public static void Stage(VoucherDbContext db, EmploymentVoucher voucher, VoucherStatus from, string action, string? note, string actor, DateTimeOffset now)
    {
        voucher.UpdatedAt = now;
        voucher.Version = Guid.NewGuid();
        db.Set<VoucherEvent>().Add(new VoucherEvent
        {
            VoucherId = voucher.Id, Action = action, FromStatus = from, ToStatus = voucher.Status, Note = note, Actor = actor, At = now,
        });
        db.AddIntegrationEvent(new VoucherStatusChanged(voucher.Id, voucher.BatchId, voucher.InstitutionId, from.ToString(), voucher.Status.ToString(), action));
    }
}
