namespace Jiafu.Shared.Security;

/// <summary>
/// The slice of data a caller may see and change: everything (district roles), one street (street officers),
/// or a set of institutions (institution operators; API clients bound to institutions). Each module applies it
/// to its own records.
/// </summary>
public sealed record DataScope
{
    private DataScope(DataScopeKind kind, string? streetCode, IReadOnlyCollection<string> institutionIds)
    {
        Kind = kind;
        StreetCode = streetCode;
        InstitutionIds = institutionIds;
    }

    public DataScopeKind Kind { get; }

    public string? StreetCode { get; }

    public IReadOnlyCollection<string> InstitutionIds { get; }

    public bool IsDistrictWide => Kind == DataScopeKind.District;

    public static DataScope District { get; } = new(DataScopeKind.District, null, []);

    public static DataScope From(ICurrentUser user)
    {
        if (user.IsClient)
        {
            return new DataScope(DataScopeKind.Institutions, null, user.InstitutionIds);
        }

        if (user.IsInRole(Roles.InstitutionOperator))
        {
            return new DataScope(DataScopeKind.Institutions, null, user.InstitutionId is { } id ? [id] : []);
        }

        if (user.IsInRole(Roles.StreetOfficer) && !user.IsInRole(Roles.DistrictOfficer) && !user.IsInRole(Roles.Admin))
        {
            return new DataScope(DataScopeKind.Street, user.StreetCode ?? "", []);
        }

        return District;
    }

    /// <summary>A compact text form (<c>district</c>, <c>street:CODE</c>, <c>institutions:ID,ID</c>) for background jobs.</summary>
    public string ToStorageString() => Kind switch
    {
        DataScopeKind.District => "district",
        DataScopeKind.Street => "street:" + StreetCode,
        _ => "institutions:" + string.Join(',', InstitutionIds),
    };

    public static DataScope FromStorageString(string value) => value.Split(':', 2) switch
    {
        ["street", var code] => new DataScope(DataScopeKind.Street, code, []),
        ["institutions", var ids] => new DataScope(DataScopeKind.Institutions, null, ids.Split(',', StringSplitOptions.RemoveEmptyEntries)),
        _ => District,
    };

    public bool AllowsStreet(string? streetCode) => Kind switch
    {
        DataScopeKind.District => true,
        DataScopeKind.Street => streetCode == StreetCode,
        _ => false,
    };

    public bool AllowsInstitution(Guid institutionId, string? streetCode) => Kind switch
    {
        DataScopeKind.District => true,
        DataScopeKind.Street => streetCode == StreetCode,
        _ => InstitutionIds.Contains(institutionId.ToString()),
    };
}

public enum DataScopeKind
{
    District,
    Street,
    Institutions,
}
