using FluentValidation;
using Jiafu.Contracts.Registry;
using Jiafu.Inspection.Data;
using Jiafu.Inspection.Domain;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Inspection.Features.Campaigns;

/// <summary>
/// Start the annual inspection (发起年检复核) for a year and object type with a checklist: one Pending task per recognised
/// institution or service point of the register at this moment.
/// </summary>
/// <param name="Name">Defaults to "{year}年度…年检复核".</param>
public sealed record CreateCampaign(int Year, InspectionObjectType ObjectType, Guid TemplateId, string? Name) : ICommand<CampaignResponse>;

public sealed class CreateCampaignValidator : AbstractValidator<CreateCampaign>
{
    public CreateCampaignValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(2020, 2100);
        RuleFor(x => x.ObjectType).IsInEnum();
        RuleFor(x => x.TemplateId).NotEmpty();
        RuleFor(x => x.Name).MaximumLength(200);
    }
}

public sealed class CreateCampaignHandler(InspectionDbContext db, IRegistryReader registry, TimeProvider time) : ICommandHandler<CreateCampaign, CampaignResponse>
{
    public async ValueTask<CampaignResponse> Handle(CreateCampaign command, CancellationToken ct)
    {
        var template = await db.Set<ChecklistTemplate>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == command.TemplateId, ct)
            ?? throw new FieldValidationException("templateId", "No such checklist template. 检查表不存在。");
        if (template.ObjectType != command.ObjectType)
        {
            throw new FieldValidationException("templateId", "The checklist is for another object type. 检查表的检查对象与年检对象不一致。");
        }

        var campaign = new Campaign
        {
            Year = command.Year,
            ObjectType = command.ObjectType,
            TemplateId = template.Id,
            Name = string.IsNullOrWhiteSpace(command.Name)
                ? $"{command.Year}年度{(command.ObjectType == InspectionObjectType.Institution ? "家庭服务机构" : "社区家庭服务站")}年检复核"
                : command.Name.Trim(),
            CreatedAt = time.GetUtcNow(),
        };
        var tasks = command.ObjectType == InspectionObjectType.Institution
            ? (await registry.ListActiveInstitutionsAsync((string?)null, ct)).Select(i => NewTask(campaign, i.Id, i.Name, i.Id, i.StreetCode))
            : (await registry.ListActiveServicePointsAsync(ct)).Select(p => NewTask(campaign, p.Id, p.Name, p.InstitutionId, p.StreetCode));
        var list = tasks.ToList();
        campaign.TaskCount = list.Count;
        db.Set<Campaign>().Add(campaign);
        db.Set<InspectionTask>().AddRange(list);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            throw new ConflictException($"There is already a {command.ObjectType} campaign for {command.Year}. 该年度已发起此类年检复核。",
                "campaign_exists", "year");
        }

        return (await CampaignResponses.BuildAsync(db, [campaign], ct))[0];
    }

    private static InspectionTask NewTask(Campaign campaign, Guid objectId, string name, Guid institutionId, string street) => new()
    {
        CampaignId = campaign.Id,
        ObjectType = campaign.ObjectType,
        ObjectId = objectId,
        ObjectName = name,
        InstitutionId = institutionId,
        StreetCode = street,
    };
}
