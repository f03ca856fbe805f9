using FluentValidation;
using Jiafu.Contracts.Voucher;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Outbox;
using Jiafu.Shared.Security;
using Jiafu.Voucher.Data;
using Jiafu.Voucher.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Voucher.Features.Settlements;

/// <summary>
/// An institution's settlement statement (结算单) of verified services in a batch: the listed vouchers, or every verified
/// voucher of the institution not yet on a statement. Every voucher must be <c>Verified</c> (409 <c>not_verified</c>
/// otherwise). The amount is added to the batch's settled value by a conditional update that never lets it pass the
/// batch's total value (409 <c>batch_value_exceeded</c>), in the same transaction as the statement.
/// </summary>
public sealed record CreateSettlement(Guid BatchId, Guid InstitutionId, IReadOnlyList<Guid>? VoucherIds) : ICommand<SettlementResponse>;

public sealed class CreateSettlementValidator : AbstractValidator<CreateSettlement>
{
    public CreateSettlementValidator()
    {
        RuleFor(x => x.BatchId).NotEmpty();
        RuleFor(x => x.InstitutionId).NotEmpty();
        RuleFor(x => x.VoucherIds).Must(v => v!.Count is > 0 and <= 5000).When(x => x.VoucherIds is not null)
            .WithMessage("Between 1 and 5000 vouchers. 每张结算单 1 至 5000 张券。");
    }
}

public sealed class CreateSettlementHandler(VoucherDbContext db, ICurrentUser current, TimeProvider time)
    : ICommandHandler<CreateSettlement, SettlementResponse>
{
    public async ValueTask<SettlementResponse> Handle(CreateSettlement command, CancellationToken ct)
    {
        var scope = DataScope.From(current);
        if (scope.Kind == DataScopeKind.Street)
        {
            throw new ForbiddenException("Settlement statements are submitted by institutions or the district. 结算单由服务机构或区级提交。");
        }

        if (scope.Kind == DataScopeKind.Institutions && !scope.InstitutionIds.Contains(command.InstitutionId.ToString()))
        {
            throw new ForbiddenException("You can only submit statements for your own institution. 只能为本机构提交结算单。");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var batch = await db.Set<VoucherBatch>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == command.BatchId, ct)
            ?? throw new FieldValidationException("batchId", "No such batch. 批次不存在。");
        List<EmploymentVoucher> vouchers;
        if (command.VoucherIds is { } ids)
        {
            var distinct = ids.Distinct().ToList();
            vouchers = await db.Set<EmploymentVoucher>()
                .Where(v => distinct.Contains(v.Id) && v.InstitutionId == command.InstitutionId && v.BatchId == batch.Id)
                .ToListAsync(ct);
            if (vouchers.Count != distinct.Count)
            {
                throw new FieldValidationException("voucherIds", "Some vouchers are not this institution's vouchers of the batch. 部分券不属于本机构本批次。");
            }

            var unverified = vouchers.Where(v => v.Status != VoucherStatus.Verified || v.SettlementId != null).ToList();
            if (unverified.Count > 0)
            {
                throw new ConflictException(
                    $"Only verified vouchers not yet on a statement can be reimbursed; not so: {string.Join(", ", unverified.Select(v => v.Code).Take(10))}. "
                    + "仅核查通过且未结算的券可以结算。", "not_verified", "voucherIds");
            }
        }
        else
        {
            vouchers = await db.Set<EmploymentVoucher>()
                .Where(v => v.InstitutionId == command.InstitutionId && v.BatchId == batch.Id && v.Status == VoucherStatus.Verified && v.SettlementId == null)
                .ToListAsync(ct);
            if (vouchers.Count == 0)
            {
                throw new ConflictException("No verified voucher is waiting for settlement. 没有待结算的核查通过券。", "nothing_to_settle");
            }
        }

        var amount = vouchers.Sum(v => v.FaceValueFen);
        var drawn = await db.Set<VoucherBatch>()
            .Where(b => b.Id == batch.Id && b.SettledFen + amount <= b.TotalValueFen)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.SettledFen, b => b.SettledFen + amount), ct);
        if (drawn == 0)
        {
            throw new ConflictException(
                "The statement would take the batch's reimbursements past its total value. 结算总额不得超过批次总额。", "batch_value_exceeded");
        }

        var now = VoucherRules.Now(time);
        var actor = VoucherRules.Actor(current);
        var settlement = new Settlement
        {
            BatchId = batch.Id,
            InstitutionId = command.InstitutionId,
            InstitutionName = vouchers[0].InstitutionName ?? "",
            VoucherCount = vouchers.Count,
            AmountFen = amount,
            CreatedAt = now,
            CreatedBy = actor,
        };
        db.Set<Settlement>().Add(settlement);
        foreach (var voucher in vouchers)
        {
            voucher.SettlementId = settlement.Id;
            voucher.UpdatedAt = now;
            voucher.Version = Guid.NewGuid();
        }

        db.AddIntegrationEvent(new VoucherSettlementChanged(
            settlement.Id, batch.Id, settlement.InstitutionId, settlement.Status.ToString(), settlement.VoucherCount, VoucherRules.ToYuan(amount)));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("Some vouchers changed meanwhile; try again. 部分券已被更新，请重试。", "concurrent_update");
        }

        await transaction.CommitAsync(ct);
        return (await SettlementResponses.BuildAsync(db, [settlement], withVouchers: true, ct))[0];
    }
}
