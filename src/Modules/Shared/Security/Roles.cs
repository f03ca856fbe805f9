namespace Jiafu.Shared.Security;

/// <summary>The roles of DESIGN.md. Names are stable identifiers stored with users and in tokens.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string DistrictOfficer = "DistrictOfficer";
    public const string StreetOfficer = "StreetOfficer";
    public const string Inspector = "Inspector";
    public const string InstitutionOperator = "InstitutionOperator";
    public const string Auditor = "Auditor";

    public static readonly IReadOnlyList<string> All =
        [Admin, DistrictOfficer, StreetOfficer, Inspector, InstitutionOperator, Auditor];

    /// <summary>zh-CN labels, shown in OpenAPI descriptions and the role catalogue.</summary>
    public static readonly IReadOnlyDictionary<string, string> ChineseNames = new Dictionary<string, string>
    {
        [Admin] = "系统管理员",
        [DistrictOfficer] = "区级业务人员",
        [StreetOfficer] = "街镇业务人员",
        [Inspector] = "检查人员",
        [InstitutionOperator] = "机构经办人",
        [Auditor] = "审计人员",
    };

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
