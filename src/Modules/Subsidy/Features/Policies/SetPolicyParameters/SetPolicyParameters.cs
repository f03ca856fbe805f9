using System.Text.Json;
using FluentValidation;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Persistence;
using Jiafu.Shared.Security;
using Jiafu.Subsidy.Data;
using Jiafu.Subsidy.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Subsidy.Features.Policies;

/// <summary>Body of <c>PUT /api/v1/subsidy/policies/{code}/years/{year}</c>.</summary>
public sealed record SetPolicyParametersRequest(DateOnly EffectiveFrom, IReadOnlyDictionary<string, decimal> Values, string? Note);

/// <summary>
/// Set an item's parameters for a year (设定年度参数), effective from a date within the year: stored as a new version
/// (versions are never edited); the command is audited.
/// </summary>
public sealed record SetPolicyParameters(string Code, int Year, DateOnly EffectiveFrom, IReadOnlyDictionary<string, decimal> Values, string? Note)
    : ICommand<PolicyResponse>, IAuditTarget
{
    public string AuditTargetType => "PolicyParameters";

    public string? AuditTargetId => $"{Code}:{Year}";
}

public sealed class SetPolicyParametersValidator : AbstractValidator<SetPolicyParameters>
{
    public SetPolicyParametersValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
        RuleFor(x => x.Note).MaximumLength(500);
        RuleFor(x => x.EffectiveFrom).Must((x, d) => d.Year == x.Year).WithMessage("The effective date must fall in the year. 生效日期须在该年度内。");
        RuleFor(x => x.Values).NotNull();
        RuleFor(x => x).Custom((x, context) =>
        {
            var item = PolicyCatalogue.Find(x.Code);
            if (item is null)
            {
                context.AddFailure("code", "Unknown policy item. 政策项目无效。");
                return;
            }

            if (x.Values is null) return;
            foreach (var name in x.Values.Keys.Where(k => item.Parameters.All(p => p.Name != k)))
            {
                context.AddFailure($"values.{name}", "Not a parameter of this item. 不是该项目的参数。");
            }

            foreach (var p in item.Parameters)
            {
                if (!x.Values.TryGetValue(p.Name, out var value))
                {
                    context.AddFailure($"values.{p.Name}", "Required. 必填。");
                }
                else if (value < 0 || (p.IsInteger && value != decimal.Truncate(value)) || (p.Name.EndsWith("Rate") && value > 1m))
                {
                    context.AddFailure($"values.{p.Name}", p.Name.EndsWith("Rate")
                        ? "A rate between 0 and 1. 比例须在0到1之间。"
                        : p.IsInteger ? "A whole number, not negative. 须为非负整数。" : "Not negative. 不能为负数。");
                }
            }
        });
    }
}

public sealed class SetPolicyParametersHandler(SubsidyDbContext db, ICurrentUser current, TimeProvider time, IMediator mediator)
    : ICommandHandler<SetPolicyParameters, PolicyResponse>
{
    public async ValueTask<PolicyResponse> Handle(SetPolicyParameters command, CancellationToken ct)
    {
        var item = PolicyCatalogue.Find(command.Code) ?? throw new NotFoundException("Policy item", command.Code);
        if (item.Parameters.Count == 0)
        {
            throw new ConflictException("This item has no parameters of its own (the programme's standard applies). 该项目无需设定参数。", "no_parameters");
        }

        var latest = await db.Set<PolicyParameterVersion>().Where(v => v.ItemCode == item.Code && v.Year == command.Year)
            .MaxAsync(v => (int?)v.Version, ct) ?? 0;
        db.Set<PolicyParameterVersion>().Add(new PolicyParameterVersion
        {
            ItemCode = item.Code,
            Year = command.Year,
            Version = latest + 1,
            EffectiveFrom = command.EffectiveFrom,
            ParametersJson = JsonSerializer.Serialize(item.Parameters.ToDictionary(p => p.Name, p => command.Values[p.Name])),
            Note = string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim(),
            CreatedAt = SubsidyRules.Now(time),
            CreatedBy = SubsidyRules.Actor(current),
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            throw new ConflictException("Someone else changed these parameters meanwhile; reload and retry. 参数已被他人修改，请刷新后重试。", "concurrent_update");
        }

        var all = await mediator.Send(new ListPolicies(command.Year), ct);
        return all.First(p => p.Code == item.Code);
    }
}
