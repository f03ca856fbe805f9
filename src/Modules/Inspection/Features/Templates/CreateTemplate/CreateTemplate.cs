using FluentValidation;
using Jiafu.Inspection.Data;
using Jiafu.Inspection.Domain;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Inspection.Features.Templates;

/// <summary>Publish a checklist template (发布检查表): a new code starts at version 1, a known code gets the next version.</summary>
/// <param name="Code">Letters, digits, '-' and '_'; the versions of one checklist share it.</param>
public sealed record CreateTemplate(string Code, string Name, InspectionObjectType ObjectType, IReadOnlyList<TemplateItemRequest> Items)
    : ICommand<TemplateResponse>;

/// <summary>One item of a new template.</summary>
/// <param name="Weight">Maximum points, 1–100.</param>
/// <param name="Evidence">The evidence the inspector expects (佐证材料).</param>
public sealed record TemplateItemRequest(string Title, int Weight, string Evidence);

public sealed class CreateTemplateValidator : AbstractValidator<CreateTemplate>
{
    public CreateTemplateValidator()
    {
        RuleFor(x => x.Code).NotEmpty().MaximumLength(50).Matches("^[A-Za-z0-9_-]+$");
        RuleFor(x => x.Name).NotEmpty().MaximumLength(200);
        RuleFor(x => x.ObjectType).IsInEnum();
        RuleFor(x => x.Items).NotEmpty().Must(i => i is null || i.Count <= 50).WithMessage("At most 50 items. 检查项不超过50项。");
        RuleForEach(x => x.Items).ChildRules(item =>
        {
            item.RuleFor(i => i.Title).NotEmpty().MaximumLength(200);
            item.RuleFor(i => i.Weight).InclusiveBetween(1, 100);
            item.RuleFor(i => i.Evidence).NotEmpty().MaximumLength(500);
        });
    }
}

public sealed class CreateTemplateHandler(InspectionDbContext db, TimeProvider time) : ICommandHandler<CreateTemplate, TemplateResponse>
{
    public async ValueTask<TemplateResponse> Handle(CreateTemplate command, CancellationToken ct)
    {
        var code = command.Code.Trim();
        var previous = await db.Set<ChecklistTemplate>().Where(t => t.Code == code)
            .Select(t => new { t.VersionNumber, t.ObjectType }).OrderByDescending(t => t.VersionNumber).FirstOrDefaultAsync(ct);
        if (previous is not null && previous.ObjectType != command.ObjectType)
        {
            throw new FieldValidationException("objectType", "A new version must keep the object type of the checklist. 新版本须与原检查表的检查对象一致。");
        }

        var template = new ChecklistTemplate
        {
            Code = code,
            VersionNumber = (previous?.VersionNumber ?? 0) + 1,
            Name = command.Name.Trim(),
            ObjectType = command.ObjectType,
            CreatedAt = time.GetUtcNow(),
        };
        template.Items = command.Items.Select((i, n) => new ChecklistItem
        {
            TemplateId = template.Id, Position = n + 1, Title = i.Title.Trim(), Weight = i.Weight, Evidence = i.Evidence.Trim(),
        }).ToList();
        db.Set<ChecklistTemplate>().Add(template);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            throw new ConflictException("Another version of this checklist was published at the same time; retry. 该检查表刚发布了新版本，请重试。",
                "version_taken", "code");
        }

        return TemplateResponse.From(template);
    }
}
