using FluentValidation;
using Jiafu.Contracts.Voucher;
using Jiafu.Shared.District;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Outbox;
using Jiafu.Shared.Persistence;
using Jiafu.Shared.Security;
using Jiafu.Voucher.Data;
using Jiafu.Voucher.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiafu.Voucher.Features.Batches;

/// <summary>A street's share of a new batch.</summary>
public sealed record StreetQuotaRequest(string StreetCode, int Quota);

/// <summary>Create a voucher batch (创建发放批次). Quantity and total value (quantity × face value) are hard limits.</summary>
/// <param name="FaceValue">Yuan, at most two decimals.</param>
/// <param name="EligibleGroups">Group codes from <c>GET /api/v1/vouchers/groups</c>; at least one.</param>
/// <param name="StreetQuotas">Optional per-street quotas; when given, a street without one gets no voucher, and their sum may not exceed the quantity.</param>
public sealed record CreateBatch(
    string Name,
    int Year,
    int Quantity,
    decimal FaceValue,
    IReadOnlyList<string> EligibleGroups,
    DateOnly ValidFrom,
    DateOnly ValidUntil,
    IReadOnlyList<StreetQuotaRequest>? StreetQuotas) : ICommand<BatchResponse>;

public sealed class CreateBatchValidator : AbstractValidator<CreateBatch>
{
    public CreateBatchValidator(IOptions<VoucherOptions> options, IOptions<DistrictOptions> district)
    {
        var o = options.Value;
        RuleFor(x => x.Name).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
        RuleFor(x => x.Quantity).GreaterThan(0);
        RuleFor(x => x.FaceValue).GreaterThan(0)
            .Must(VoucherRules.HasAtMostTwoDecimals).WithMessage("At most two decimal places (分). 金额最多两位小数。");
        RuleFor(x => x)
            .Must(x => x.Quantity * x.FaceValue <= o.MaxBatchValue)
            .When(x => x.Quantity > 0 && x.FaceValue > 0)
            .WithName("quantity")
            .OverridePropertyName("quantity")
            .WithMessage($"Quantity × face value may not exceed {o.MaxBatchValue:0.##} yuan. 批次总额不得超过 {o.MaxBatchValue:0.##} 元。");
        RuleFor(x => x.EligibleGroups).NotEmpty()
            .Must(g => g.Distinct().Count() == g.Count).WithMessage("Each group once. 群体不能重复。");
        RuleForEach(x => x.EligibleGroups)
            .Must(g => o.EffectiveGroups.Any(x => x.Code == g))
            .WithMessage("Unknown group; see GET /api/v1/vouchers/groups. 群体代码无效。");
        RuleFor(x => x.ValidFrom).NotEmpty();
        RuleFor(x => x.ValidUntil).NotEmpty()
            .GreaterThanOrEqualTo(x => x.ValidFrom).WithMessage("The validity must end on or after its start. 有效期截止日期不能早于开始日期。");
        RuleForEach(x => x.StreetQuotas).ChildRules(q =>
        {
            q.RuleFor(x => x.StreetCode).Must(district.Value.IsKnownStreet).WithMessage("Unknown street code. 街道代码无效。");
            q.RuleFor(x => x.Quota).GreaterThan(0);
        });
        RuleFor(x => x.StreetQuotas)
            .Must(q => q!.Select(x => x.StreetCode).Distinct().Count() == q!.Count).WithMessage("Each street once. 街道不能重复。")
            .Must((x, q) => q!.Sum(s => (long)s.Quota) <= x.Quantity).WithMessage("The street quotas add up to more than the quantity. 各街道名额之和超过发放数量。")
            .When(x => x.StreetQuotas is { Count: > 0 });
    }
}

public sealed class CreateBatchHandler(VoucherDbContext db, ICurrentUser current, IOptions<DistrictOptions> district, TimeProvider time)
    : ICommandHandler<CreateBatch, BatchResponse>
{
    public async ValueTask<BatchResponse> Handle(CreateBatch command, CancellationToken ct)
    {
        var name = command.Name.Trim();
        if (await db.Set<VoucherBatch>().AnyAsync(b => b.Name == name, ct))
        {
            throw Duplicate();
        }

        var faceValueFen = VoucherRules.ToFen(command.FaceValue);
        var batch = new VoucherBatch
        {
            Name = name,
            Year = command.Year,
            Quantity = command.Quantity,
            FaceValueFen = faceValueFen,
            TotalValueFen = command.Quantity * faceValueFen,
            EligibleGroups = command.EligibleGroups.ToList(),
            ValidFrom = command.ValidFrom,
            ValidUntil = command.ValidUntil,
            CreatedAt = VoucherRules.Now(time),
            CreatedBy = VoucherRules.Actor(current),
        };
        batch.StreetQuotas = (command.StreetQuotas ?? [])
            .Select(q => new StreetQuota { BatchId = batch.Id, StreetCode = q.StreetCode, Quota = q.Quota })
            .ToList();
        db.Set<VoucherBatch>().Add(batch);
        db.AddIntegrationEvent(new VoucherBatchCreated(batch.Id, batch.Name, batch.Year, batch.Quantity, command.FaceValue));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            throw Duplicate();
        }

        return (await BatchResponses.BuildAsync(db, [batch], district.Value, ct))[0];
    }

    private static ConflictException Duplicate() =>
        new("A batch with this name already exists. 批次名称已存在。", "duplicate_batch_name", "name");
}
