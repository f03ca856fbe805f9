using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Jiafu.Shared.District;
using Jiafu.Shared.Privacy;
using Jiafu.Shared.Validation;
using Microsoft.OpenApi;

namespace Jiafu.Api.OpenApi;

/// <summary>
/// Realistic example values for a property, chosen by its name and format: a unified social credit code and a
/// resident ID number with correct check characters, a Kundulun street code, China-time dates, amounts in yuan.
/// A property's own <c>&lt;example&gt;</c> XML comment (or a default) wins over these.
/// </summary>
internal static class ExampleValues
{
    /// <summary>GB 32100 code of an enterprise registered in Kundulun District, with its computed check character.</summary>
    public static readonly string CreditCode = WithCheck("91150203MA0N6T3X5", UnifiedSocialCreditCode.ComputeCheckCharacter);

    /// <summary>GB 11643 number of a woman born 1988-03-14 in Kundulun District, with its computed check character.</summary>
    public static readonly string ResidentId = WithCheck("15020319880314002", ResidentIdNumber.ComputeCheckCharacter);

    public const string MobilePhone = "13904721234";

    private static readonly Street ExampleStreet = DistrictOptions.KundulunStreets[4];

    private delegate char CheckCharacter(ReadOnlySpan<char> first17);

    private static string WithCheck(string first17, CheckCharacter check) => first17 + check(first17);

    /// <summary>An example for a primitive schema, or null when the type is not primitive.</summary>
    public static JsonNode? For(string? name, IOpenApiSchema schema, string? owner)
    {
        var type = (schema.Type ?? 0) & ~JsonSchemaType.Null;
        var key = (name ?? "").Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();
        var ownerKey = (owner ?? "").ToLowerInvariant();
        return type switch
        {
            JsonSchemaType.String => JsonValue.Create(Text(key, ownerKey, schema.Format)),
            JsonSchemaType.Integer => JsonValue.Create(Integer(key)),
            JsonSchemaType.Number => JsonValue.Create(Number(key)),
            JsonSchemaType.Boolean => JsonValue.Create(!key.StartsWith("is", StringComparison.Ordinal) || key is "isemployeebased" or "isalliancemember" or "iscurrent"),
            _ => null,
        };
    }

    private static string Text(string key, string owner, string? format)
    {
        switch (format)
        {
            case "uuid": return Uuid(key).ToString();
            case "date": return key switch
            {
                _ when key.Contains("birth", StringComparison.Ordinal) => "1988-03-14",
                _ when key.Contains("until", StringComparison.Ordinal) || key.Contains("expires", StringComparison.Ordinal) || key.Contains("end", StringComparison.Ordinal) => "2027-03-15",
                _ => "2026-03-16",
            };
            case "date-time": return key.Contains("expires", StringComparison.Ordinal) || key.Contains("until", StringComparison.Ordinal) || key.Contains("end", StringComparison.Ordinal)
                ? "2026-03-16T10:30:00+08:00" : "2026-03-16T09:30:00+08:00";
            case "binary": return "workers.csv";
            case "email": return "service@anxin-jiazheng.cn";
            case "uri": return "https://o2o.example.cn/hooks/jiafu";
        }

        return key switch
        {
            "idnumbermasked" => Mask.IdNumber(ResidentId),
            _ when key.Contains("idnumber", StringComparison.Ordinal) => ResidentId,
            _ when key.Contains("phonemasked", StringComparison.Ordinal) => Mask.Phone(MobilePhone),
            _ when key.Contains("phone", StringComparison.Ordinal) || key == "mobile" => MobilePhone,
            "creditcode" => CreditCode,
            "streetcode" => ExampleStreet.Code,
            "streetname" => ExampleStreet.Name,
            _ when key.Contains("institutionname", StringComparison.Ordinal) || key == "providername" => "包头市昆区安心家政服务有限公司",
            "name" when owner.Contains("institution", StringComparison.Ordinal) || owner.Contains("directory", StringComparison.Ordinal) || owner.Contains("candidate", StringComparison.Ordinal) => "包头市昆区安心家政服务有限公司",
            "name" when new[] { "worker", "trainee", "enroll", "attendance" }.Any(o => owner.Contains(o, StringComparison.Ordinal)) => "王秀英",
            "name" when owner.Contains("title", StringComparison.Ordinal) => "家庭服务业诚信示范企业",
            "name" when owner.Contains("certificate", StringComparison.Ordinal) => "家政服务员（四级）",
            "name" when owner.Contains("role", StringComparison.Ordinal) => "DistrictOfficer",
            "name" when owner.Contains("scope", StringComparison.Ordinal) => "registry.read",
            "name" when owner.Contains("health", StringComparison.Ordinal) => "registry",
            "name" when owner.Contains("group", StringComparison.Ordinal) => "就业困难人员",
            "name" when owner.Contains("policy", StringComparison.Ordinal) || owner.Contains("parameter", StringComparison.Ordinal) => "家庭服务业岗位补贴",
            "name" when owner.Contains("programme", StringComparison.Ordinal) || owner.Contains("class", StringComparison.Ordinal) => "育婴员（四级）培训",
            "name" when owner.Contains("street", StringComparison.Ordinal) => ExampleStreet.Name,
            "name" when owner.Contains("batch", StringComparison.Ordinal) => "2026年第一批促进就业券",
            "name" when owner.Contains("servicepoint", StringComparison.Ordinal) => "阿尔丁大街社区家庭服务站",
            "name" when owner.Contains("client", StringComparison.Ordinal) => "安心到家 O2O 平台",
            "workername" or "holdername" or "applicantname" or "traineename" or "legalrepresentative" or "teacher" or "chinesename" => "王秀英",
            "displayname" => "李建国",
            "username" or "actor" or "createdby" or "changedby" or "reviewedby" or "approvedby" or "verifiedby" or "grantedby" or "drawnby" or "submittedby" => "li.jianguo",
            "password" or "newpassword" => "Anxin-2026-pass",
            "clientid" => "anxin-o2o",
            "clientsecret" => "sk_5f2a0c9e7b1d4e8fa3c6b9d2e5f8a1c4",
            "granttype" => "client_credentials",
            "error" => "invalid_client",
            "errordescription" => "Client authentication failed.",
            "tokentype" => "Bearer",
            "scope" => "registry.read vouchers.write",
            "scopes" => "vouchers.write",
            _ when key.Contains("token", StringComparison.Ordinal) => "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhbnhpbi1vMm8ifQ.c2lnbmF0dXJl",
            "address" or "location" => "内蒙古包头市昆都仑区阿尔丁大街45号",
            "version" => "638712345678901234",
            _ when key.Contains("reason", StringComparison.Ordinal) || key.Contains("note", StringComparison.Ordinal) || key == "comment" || key == "notes" =>
                "核查材料齐全，符合条件。 Documents checked on site.",
            "certificatenumber" or "certificatecode" => "JZ1502032026000017",
            "vouchercode" or "displaycode" or "code" when owner.Contains("voucher", StringComparison.Ordinal) || key != "code" => "KQJ-2026-0001-7K3M",
            "verificationcode" => "7K3M9Q",
            _ when key.Contains("reference", StringComparison.Ordinal) => "ZFJS-20260316-0042",
            "title" => "育婴员",
            "category" or "categoryname" => "家政服务",
            "jobtypes" or "skilllevelname" => "育婴员",
            "businessformats" or "businessformat" => "Housekeeping",
            "itemcode" => "T01",
            "itemname" => "育婴员培训补贴",
            "module" => "registry",
            "statusurl" or "verifypath" => "/api/v1/imports/0b6f9a52-6c1e-4e4f-9d7a-2f1c3b5a8e11",
            "traceid" => "4bf92f3577b34da6a3ce929d0e0e4736",
            "hash" or "headhash" or "previoushash" => "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
            "month" or "period" => "2026-03",
            "description" => "居家保洁、育婴、养老护理等家庭服务。",
            "code" => "T01",
            "name" or "programmename" or "classname" or "categories" or "skilllevel" => "育婴员（四级）",
            "batchname" => "2026年第一批促进就业券",
            "action" => "Recognise",
            "fromstatus" => "Registered",
            "tostatus" => "Recognised",
            "status" when owner.Contains("health", StringComparison.Ordinal) => "Healthy",
            "status" or "certificatestatus" when owner.Contains("certificate", StringComparison.Ordinal) || key != "status" => "Valid",
            "status" => "Submitted",
            "level" when owner.Contains("title", StringComparison.Ordinal) => "District",
            "level" => "四级",
            "value" => "300.00",
            "label" => "岗位补贴标准 Standard per post",
            "inputs" or "unmetcriteria" or "column" => "staffCount",
            "subjectkeys" => CreditCode,
            "issues" => "未按约定时间上门 Arrived late",
            "fiveunifiedmissing" => "unifiedPricing",
            "serviceitems" => "居家保洁 Home cleaning",
            "number" => "JZ1502032026000017",
            "roles" => "DistrictOfficer",
            "permissions" => "identity.users.manage",
            "group" or "eligiblegroups" => "unemployed",
            "awardcategory" or "titles" => "ModelEnterprise",
            "basis" => "《昆都仑区家庭服务业发展规划（2020—2025年）》",
            "kind" => "workers",
            "format" => "csv",
            "seed" => "9f86d081884c7d65",
            "actortype" => "user",
            "targettype" => "Institution",
            "outcome" => "Succeeded",
            "problem" => "Entry 42: the hash does not match its content.",
            "message" => "The resident ID number is not valid.",
            "changes" => "{\"name\":[\"安心家政\",\"包头市昆区安心家政服务有限公司\"]}",
            _ when key == "id" || key.EndsWith("id", StringComparison.Ordinal) || key.EndsWith("ids", StringComparison.Ordinal) => Uuid(key.TrimEnd('s')).ToString(),
            _ => "示例 " + key,
        };
    }

    private static long Integer(string key) => key switch
    {
        "page" => 1,
        "pagesize" => 20,
        "year" or "activefromyear" => 2026,
        "activetoyear" => 2028,
        "month" => 3,
        "age" => 38,
        "staffcount" or "insuredstaff" => 42,
        "laidoffstaff" => 2,
        "householdsize" => 3,
        "capacity" => 30,
        "durationminutes" => 120,
        "satisfaction" => 5,
        "row" => 2,
        "status" => 200,
        _ when key.Contains("hours", StringComparison.Ordinal) => 40,
        "expiresin" => 3600,
        _ => 1,
    };

    private static double Number(string key) => key switch
    {
        _ when key.Contains("rate", StringComparison.Ordinal) => 0.055,
        _ when key.Contains("percent", StringComparison.Ordinal) => 55.0,
        _ when key.Contains("hours", StringComparison.Ordinal) => 40.0,
        _ when key.Contains("score", StringComparison.Ordinal) => 5.0,
        _ => 300.0,
    };

    /// <summary>A stable, distinct id per property name, so that ids in one example differ as real ones do.</summary>
    private static Guid Uuid(string key)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes("jiafu:" + key));
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes.AsSpan(0, 16), bigEndian: true);
    }
}
