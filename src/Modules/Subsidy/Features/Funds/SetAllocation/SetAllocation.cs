using FluentValidation;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Persistence;
using Jiafu.Shared.Security;
using Jiafu.Subsidy.Data;
using Jiafu.Subsidy.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Subsidy.Features.Funds;

/// <summary>Body of <c>PUT /api/v1/subsidy/funds/{year}/allocations/{itemCode}</c>.</summary>
public sealed record SetAllocationRequest(decimal Amount, string? Note);

/// <summary>
/// Set the year's allocation for an item (下达/调整专项资金). Never below what is already reserved and paid (409
/// <c>below_committed</c>): the update is conditional; the difference is a ledger entry.
/// </summary>
public sealed record SetAllocation(int Year, string ItemCode, decimal Amount, string? Note) : ICommand<FundResponse>, IAuditTarget
{
    public string AuditTargetType => "FundAllocation";

    public string? AuditTargetId => $"{Year}:{ItemCode}";
}

public sealed class SetAllocationValidator : AbstractValidator<SetAllocation>
{
    public SetAllocationValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
        RuleFor(x => x.ItemCode).Must(c => PolicyCatalogue.Find(c) is not null).WithMessage("Unknown policy item. 政策项目无效。");
        RuleFor(x => x.Amount).GreaterThanOrEqualTo(0).LessThanOrEqualTo(10_000_000_000m)
            .Must(SubsidyRules.HasAtMostTwoDecimals).WithMessage("At most two decimals. 最多两位小数。");
        RuleFor(x => x.Note).MaximumLength(500);
    }
}

public sealed class SetAllocationHandler(SubsidyDbContext db, ICurrentUser current, TimeProvider time, IMediator mediator)
    : ICommandHandler<SetAllocation, FundResponse>
{
    public async ValueTask<FundResponse> Handle(SetAllocation command, CancellationToken ct)
    {
        var amount = SubsidyRules.ToFen(command.Amount);
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            var existing = await db.Set<FundAllocation>().AsNoTracking()
                .FirstOrDefaultAsync(f => f.Year == command.Year && f.ItemCode == command.ItemCode, ct);
            long delta;
            if (existing is null)
            {
                db.Set<FundAllocation>().Add(new FundAllocation { Year = command.Year, ItemCode = command.ItemCode, AllocatedFen = amount });
                delta = amount;
            }
            else
            {
                var previous = existing.AllocatedFen;
                var rows = await db.Set<FundAllocation>()
                    .Where(f => f.Year == command.Year && f.ItemCode == command.ItemCode && f.AllocatedFen == previous
                        && f.ReservedFen + f.PaidFen <= amount)
                    .ExecuteUpdateAsync(s => s.SetProperty(f => f.AllocatedFen, amount), ct);
                if (rows == 0)
                {
                    throw new ConflictException(
                        "The allocation cannot be set below what is already reserved and paid, or it changed meanwhile. 专项资金不能低于已预留和已拨付的金额。",
                        "below_committed", "amount");
                }

                delta = amount - previous;
            }

            if (delta != 0)
            {
                db.Set<LedgerEntry>().Add(new LedgerEntry
                {
                    Year = command.Year, ItemCode = command.ItemCode, Kind = LedgerKind.Allocate, AmountFen = delta,
                    Note = string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim(),
                    Actor = SubsidyRules.Actor(current), At = SubsidyRules.Now(time),
                });
            }

            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException ex) when (ex.IsUniqueViolation())
            {
                throw new ConflictException("The allocation was set by someone else meanwhile; retry. 专项资金已被他人设定，请重试。", "concurrent_update", "amount");
            }

            await transaction.CommitAsync(ct);
        }

        return await mediator.Send(new GetFund(command.Year), ct);
    }
}
