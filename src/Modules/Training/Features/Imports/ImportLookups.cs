using Jiafu.Shared.Imports;
using Jiafu.Shared.Security;
using Jiafu.Training.Data;
using Jiafu.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Training.Features.Imports;

/// <summary>Reads the classes a training import names, once each, within the submitter's scope.</summary>
internal sealed class ImportClassCache(TrainingDbContext db, DataScope scope)
{
    private readonly Dictionary<Guid, TrainingClass?> _classes = [];

    /// <summary>The class when it exists, the submitter may manage it; otherwise reports a row error and returns null.</summary>
    public async Task<TrainingClass?> FindAsync(ImportRow row, ImportExecution execution, Action<string, string> fail, CancellationToken ct)
    {
        var text = row["classId"];
        if (text is null || !Guid.TryParse(text, out var id))
        {
            fail("classId", text is null ? "培训班编号不能为空 / classId is required" : "培训班编号格式无效 / classId is not a valid id");
            return null;
        }

        if (!_classes.TryGetValue(id, out var cls))
        {
            cls = await db.Set<TrainingClass>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
            var allowed = cls is not null && scope.Kind switch
            {
                DataScopeKind.District => true,
                DataScopeKind.Institutions => scope.InstitutionIds.Contains(cls.InstitutionId.ToString()),
                _ => false,
            };
            cls = allowed ? cls : null;
            _classes[id] = cls;
        }

        if (cls is null)
        {
            fail("classId", "未找到该培训班或无权限 / no such class in your scope");
        }

        return cls;
    }
}

internal static class ImportParsing
{
    /// <summary>A catalogue entry by code or Chinese name.</summary>
    public static string? Catalogue(string? value, IReadOnlyList<TrainingCatalogItem> items) =>
        value is null ? null : items.FirstOrDefault(i => i.Code.Equals(value, StringComparison.OrdinalIgnoreCase) || i.Name == value)?.Code;

    public static bool TryDate(string? value, out DateOnly date)
    {
        date = default;
        return value is not null && (DateOnly.TryParseExact(value, "yyyy-MM-dd", out date) || DateOnly.TryParseExact(value, "yyyy/M/d", out date)
            || DateOnly.TryParseExact(value, "yyyy-M-d", out date) || (DateTime.TryParse(value, out var dt) && (date = DateOnly.FromDateTime(dt)) != default));
    }
}
