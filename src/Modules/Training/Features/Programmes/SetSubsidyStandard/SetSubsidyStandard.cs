using FluentValidation;
using Jiafu.Contracts.Registry;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.Security;
using Jiafu.Training.Data;
using Jiafu.Training.Domain;
using Mediator;
using Microsoft.Extensions.Options;

namespace Jiafu.Training.Features.Programmes;

/// <summary>The amounts per trainee for one year, in yuan.</summary>
public sealed record SetSubsidyStandardRequest(decimal TrainingSubsidy, decimal CertificationSubsidy);

/// <summary>Set (or replace) a programme's subsidy standard for one year (设置年度补贴标准). District officers.</summary>
public sealed record SetSubsidyStandard(Guid ProgrammeId, int Year, decimal TrainingSubsidy, decimal CertificationSubsidy)
    : ICommand<ProgrammeResponse>, IAuditTarget
{
    public string AuditTargetType => "Programme";

    public string? AuditTargetId => ProgrammeId.ToString();
}

public sealed class SetSubsidyStandardValidator : AbstractValidator<SetSubsidyStandard>
{
    public SetSubsidyStandardValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
        RuleFor(x => x.TrainingSubsidy).InclusiveBetween(0m, 100_000m).Must(TrainingRules.HasAtMostTwoDecimals)
            .WithMessage("At most two decimal places, 0–100000 yuan. 金额最多两位小数。");
        RuleFor(x => x.CertificationSubsidy).InclusiveBetween(0m, 100_000m).Must(TrainingRules.HasAtMostTwoDecimals)
            .WithMessage("At most two decimal places, 0–100000 yuan. 金额最多两位小数。");
    }
}

public sealed class SetSubsidyStandardHandler(
    TrainingDbContext db, ICurrentUser current, IRegistryReader registry, IOptions<TrainingOptions> options, TimeProvider time)
    : ICommandHandler<SetSubsidyStandard, ProgrammeResponse>
{
    public async ValueTask<ProgrammeResponse> Handle(SetSubsidyStandard command, CancellationToken ct)
    {
        var programme = await ProgrammeResponses.FindInScopeAsync(db, DataScope.From(current), command.ProgrammeId, ct);
        var standard = programme.SubsidyStandards.FirstOrDefault(s => s.Year == command.Year);
        if (standard is null)
        {
            standard = new SubsidyStandard { ProgrammeId = programme.Id, Year = command.Year };
            db.Set<SubsidyStandard>().Add(standard);
        }

        standard.TrainingSubsidyFen = TrainingRules.ToFen(command.TrainingSubsidy);
        standard.CertificationSubsidyFen = TrainingRules.ToFen(command.CertificationSubsidy);
        programme.Touch(time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return (await ProgrammeResponses.FromAsync([programme], registry, options.Value, ct))[0];
    }
}
