using Jiafu.Inspection.Data;
using Jiafu.Inspection.Domain;
using Jiafu.Shared;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Inspection.Features.Templates;

/// <summary>
/// Reference data: when no checklist exists, publishes version 1 of the 五统一 station checklist (plan §6: unified signage,
/// dispatch, training, pricing and service standards) and of the institution annual-inspection checklist.
/// </summary>
public sealed class TemplateSeed(InspectionDbContext db, TimeProvider time) : IBootstrapStep
{
    public const string StationCode = "station-five-unified";
    public const string InstitutionCode = "institution-annual";

    public int Order => 50;

    public async Task RunAsync(CancellationToken ct)
    {
        if (await db.Set<ChecklistTemplate>().AnyAsync(ct))
        {
            return;
        }

        var now = time.GetUtcNow();
        db.Set<ChecklistTemplate>().AddRange(
            Build(StationCode, "社区家庭服务站“五统一”检查表", InspectionObjectType.ServicePoint, now,
            [
                ("统一标识 Unified signage", 20, "门头标识、服务公示牌照片"),
                ("统一调度 Unified dispatch", 20, "调度记录、派单台账"),
                ("统一培训 Unified training", 20, "培训计划、签到表、证书"),
                ("统一价格 Unified pricing", 20, "价格公示、收费凭证"),
                ("统一服务标准 Unified service standards", 20, "服务规范文本、回访记录"),
            ]),
            Build(InstitutionCode, "家庭服务机构年检复核检查表", InspectionObjectType.Institution, now,
            [
                ("资质证照 Licences and qualifications", 20, "营业执照、许可证、备案材料"),
                ("从业人员持证上岗 Certified staff", 20, "从业人员名册、职业技能证书"),
                ("从业人员意外险与健康体检 Staff insurance and health checks", 20, "保险单、体检报告"),
                ("服务合同与价格公示 Contracts and price display", 15, "服务合同范本、价格公示照片"),
                ("投诉处理 Complaint handling", 15, "投诉登记簿、处理回复记录"),
                ("安全与培训制度 Safety and training rules", 10, "制度文本、培训记录"),
            ]));
        await db.SaveChangesAsync(ct);
    }

    private static ChecklistTemplate Build(
        string code, string name, InspectionObjectType type, DateTimeOffset now, (string Title, int Weight, string Evidence)[] items)
    {
        var template = new ChecklistTemplate { Code = code, VersionNumber = 1, Name = name, ObjectType = type, CreatedAt = now };
        template.Items = items.Select((i, n) => new ChecklistItem
        {
            TemplateId = template.Id, Position = n + 1, Title = i.Title, Weight = i.Weight, Evidence = i.Evidence,
        }).ToList();
        return template;
    }
}
