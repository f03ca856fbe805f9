using Jiafu.Inspection.Data;
using Jiafu.Inspection.Domain;
using Jiafu.Shared.Errors;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Inspection.Features.Templates;

/// <summary>One template version with its items.</summary>
public sealed record GetTemplate(Guid Id) : IQuery<TemplateResponse>;

public sealed class GetTemplateHandler(InspectionDbContext db) : IQueryHandler<GetTemplate, TemplateResponse>
{
    public async ValueTask<TemplateResponse> Handle(GetTemplate query, CancellationToken ct) =>
        TemplateResponse.From(await db.Set<ChecklistTemplate>().AsNoTracking().Include(t => t.Items).FirstOrDefaultAsync(t => t.Id == query.Id, ct)
            ?? throw new NotFoundException("Template", query.Id.ToString()));
}
