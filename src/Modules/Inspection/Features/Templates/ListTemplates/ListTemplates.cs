using Jiafu.Inspection.Data;
using Jiafu.Inspection.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Inspection.Features.Templates;

/// <summary>Every checklist template version (检查表), newest version of each code first.</summary>
public sealed record ListTemplates(InspectionObjectType? ObjectType) : IQuery<IReadOnlyList<TemplateResponse>>;

public sealed class ListTemplatesHandler(InspectionDbContext db) : IQueryHandler<ListTemplates, IReadOnlyList<TemplateResponse>>
{
    public async ValueTask<IReadOnlyList<TemplateResponse>> Handle(ListTemplates query, CancellationToken ct)
    {
        var templates = db.Set<ChecklistTemplate>().AsNoTracking().Include(t => t.Items).AsQueryable();
        if (query.ObjectType is { } type)
        {
            templates = templates.Where(t => t.ObjectType == type);
        }

        var list = await templates.OrderBy(t => t.Code).ThenByDescending(t => t.VersionNumber).ToListAsync(ct);
        return list.Select(TemplateResponse.From).ToList();
    }
}
