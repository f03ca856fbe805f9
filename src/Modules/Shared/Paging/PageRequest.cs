namespace Jiafu.Shared.Paging;

/// <summary>Paging and sorting parameters shared by every list endpoint.</summary>
public record PageRequest
{
    public const int MaxPageSize = 200;
    public const int DefaultPageSize = 20;

    /// <summary>1-based page number; default 1.</summary>
    public int? Page { get; init; }

    /// <summary>Items per page, 1 to 200; default 20.</summary>
    public int? PageSize { get; init; }

    internal int PageNumber => Page ?? 1;

    internal int Size => PageSize ?? DefaultPageSize;

    /// <summary>Sort field, camelCase; prefix with <c>-</c> for descending (e.g. <c>-createdAt</c>).</summary>
    public string? Sort { get; init; }
}

/// <summary>A page of a list: <c>{ items, total, page, pageSize }</c>.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);
