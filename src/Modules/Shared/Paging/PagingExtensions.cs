using System.Linq.Expressions;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Shared.Paging;

public static class PagingExtensions
{
    public static async Task<PagedResult<T>> ToPageAsync<T>(this IQueryable<T> query, PageRequest request, CancellationToken ct)
    {
        var total = await query.CountAsync(ct);
        var items = await query.Skip((request.PageNumber - 1) * request.Size).Take(request.Size).ToListAsync(ct);
        return new PagedResult<T>(items, total, request.PageNumber, request.Size);
    }

    /// <summary>
    /// Applies <see cref="PageRequest.Sort"/> using an allow-list of sortable fields; an unknown field
    /// has already been rejected by <see cref="PageRequestRules"/>.
    /// </summary>
    public static IQueryable<T> SortBy<T>(this IQueryable<T> query, string? sort, SortMap<T> map)
    {
        var (field, descending) = SortMap<T>.Parse(sort ?? map.Default);
        return map.Apply(query, field, descending);
    }
}

/// <summary>The fields a list may be sorted by, keyed by their camelCase JSON name.</summary>
public sealed class SortMap<T>(string @default)
{
    private readonly Dictionary<string, Func<IQueryable<T>, bool, IOrderedQueryable<T>>> _fields = new(StringComparer.OrdinalIgnoreCase);

    public string Default { get; } = @default;

    public IReadOnlyCollection<string> Fields => _fields.Keys;

    public SortMap<T> Add<TKey>(string name, Expression<Func<T, TKey>> key)
    {
        _fields[name] = (q, desc) => desc ? q.OrderByDescending(key) : q.OrderBy(key);
        return this;
    }

    public bool IsValid(string? sort) => sort is null || _fields.ContainsKey(Parse(sort).Field);

    internal IQueryable<T> Apply(IQueryable<T> query, string field, bool descending) =>
        _fields.TryGetValue(field, out var apply) ? apply(query, descending) : query;

    internal static (string Field, bool Descending) Parse(string sort) =>
        sort.StartsWith('-') ? (sort[1..], true) : (sort.TrimStart('+'), false);
}

/// <summary>Validation rules every list query includes.</summary>
public static class PageRequestRules
{
    public static void AddPagingRules<T, TItem>(this AbstractValidator<T> validator, SortMap<TItem> sortMap) where T : PageRequest
    {
        validator.RuleFor(x => x.Page).GreaterThanOrEqualTo(1).WithMessage("page must be at least 1.");
        validator.RuleFor(x => x.PageSize).InclusiveBetween(1, PageRequest.MaxPageSize)
            .WithMessage($"pageSize must be between 1 and {PageRequest.MaxPageSize}.");
        validator.RuleFor(x => x.Sort).Must(sortMap.IsValid)
            .WithMessage(_ => $"sort must be one of: {string.Join(", ", sortMap.Fields)} (prefix '-' for descending).");
    }
}
