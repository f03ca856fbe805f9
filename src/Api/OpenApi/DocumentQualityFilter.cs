using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Jiafu.Shared.Security;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Jiafu.Api.OpenApi;

/// <summary>
/// Completes the document once every operation is in it, so modules added later get the same quality without
/// edits of their own: the server and licence, a description for every tag, the API-client scopes of the OAuth2
/// scheme (from the scope catalogue), the Chinese domain term at the head of each description that lacks one
/// (taken from the summary's "English (中文)"), and examples — for request bodies, success responses and path
/// parameters (and error bodies that are not problems) — composed from the schemas with <see cref="ExampleValues"/>.
/// </summary>
internal sealed partial class DocumentQualityFilter(ApiScopeCatalog scopeCatalog) : IDocumentFilter
{
    /// <summary>Descriptions of the tags modules use; a tag not listed gets one made from its name.</summary>
    private static readonly Dictionary<string, string> TagDescriptions = new(StringComparer.Ordinal)
    {
        ["Auth 认证"] = "Sign-in for users (with refresh and logout) and the OAuth2 client-credentials token for API clients.",
        ["Audit trail 审计日志"] = "The append-only, hash-chained record of every command: who did what to which record, when.",
        ["API clients 接入客户端"] = "Third-party systems (alliance platform, O2O apps, institutions' own systems): their scopes, bound institutions and secrets.",
        ["Users 用户"] = "Staff accounts of the bureau, streets and institutions, with their roles.",
        ["Imports 批量导入"] = "Bulk imports from CSV/XLSX: upload a file, then poll the job for its row errors and counts.",
        ["Reference 基础数据"] = "District reference data: streets and towns (街道、镇) and other code lists.",
        ["Registry reference 登记基础数据"] = "Code lists of the register: service categories, business formats, job types, title definitions.",
        ["Public directory 机构名录"] = "The public directory of recognised institutions (anonymous, rate limited).",
        ["Employee-based filings 员工制家政企业备案"] = "Filings of employee-based household-service enterprises and their review.",
        ["Institutions 家庭服务机构"] = "Household-service institutions: registration, recognition workflow, profile and history.",
        ["Titles 品牌称号"] = "Brand titles granted to institutions (e.g. alliance member, model enterprise) and their withdrawal.",
        ["Service points 社区家庭服务站/专业服务市场"] = "Community household-service stations and professional service markets, with their recognition.",
        ["Workers 从业人员"] = "Household-service workers: identity (encrypted), employment, health check, insurance, certificates and credential status.",
        ["Subsidy applications 补贴申请"] = "Subsidy applications by institutions with their computed breakdowns, two-level review, payment and recovery.",
        ["Subsidy fund and ledger 专项资金与台账"] = "The special fund's yearly allocations and the ledger of reservations, payments and recoveries.",
        ["Subsidy policy catalogue 补贴政策目录"] = "The subsidy policies and their parameter versions by year.",
        ["Training reference 培训基础数据"] = "Training code lists: occupations, skill levels and training providers.",
        ["Certificates 培训证书"] = "Training certificates: issue, public verification and revocation.",
        ["Training classes 培训班"] = "Training classes of a programme: schedule, capacity and lifecycle.",
        ["Attendance 考勤"] = "Attendance sheets of a class's sessions and the hours each trainee attended.",
        ["Enrollment 报名与学员"] = "Enrolment of trainees into classes, withdrawal and assessment.",
        ["Training programmes 培训项目"] = "Training programmes and their subsidy standards per year.",
        ["Training statistics 培训统计"] = "Progress against the plan's training targets, by category, street and month.",
        ["Vouchers 促进就业券"] = "Employment-promotion vouchers: the life of one voucher from issue to service, verification and settlement.",
        ["Voucher declarations 促进就业券申报"] = "Residents' declarations (applications) for vouchers and their street and district review.",
        ["Voucher batches 促进就业券发放批次"] = "Issuance batches with street quotas; issuing approved applications against the quota.",
        ["Voucher settlements 促进就业券结算"] = "Settlement of served and verified vouchers with institutions, and payment.",
        ["Health 运行状态"] = "Liveness and readiness probes for the load balancer and monitoring.",
    };

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        document.Servers = [new OpenApiServer { Url = "/", Description = "The host serving this document. 当前服务器" }];
        document.Info.License ??= new OpenApiLicense { Name = "Proprietary: Kundulun District Human Resources and Social Security Bureau" };

        DescribeTags(document);
        DescribeScopes(document);
        var schemas = document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>();
        foreach (var operation in (document.Paths ?? []).Values.SelectMany(p => (IEnumerable<OpenApiOperation>?)p.Operations?.Values ?? []).OfType<OpenApiOperation>())
        {
            AddChineseTerm(operation);
            AddExamples(operation, schemas);
        }
    }

    private static void DescribeTags(OpenApiDocument document)
    {
        var used = (document.Paths ?? []).Values.SelectMany(p => (IEnumerable<OpenApiOperation>?)p.Operations?.Values ?? [])
            .SelectMany(o => o.Tags ?? new HashSet<OpenApiTagReference>()).Select(t => t.Name).OfType<string>()
            .Concat((document.Tags ?? new HashSet<OpenApiTag>()).Select(t => t.Name).OfType<string>())
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        document.Tags ??= new HashSet<OpenApiTag>();
        foreach (var name in used)
        {
            var tag = document.Tags.FirstOrDefault(t => t.Name == name);
            if (tag is null)
            {
                tag = new OpenApiTag { Name = name };
                document.Tags.Add(tag);
            }

            tag.Description ??= TagDescriptions.TryGetValue(name, out var text) ? text : $"Operations on {name}.";
        }
    }

    private void DescribeScopes(OpenApiDocument document)
    {
        if (document.Components?.SecuritySchemes?.TryGetValue(OpenApiSetup.ApiClientScheme, out var scheme) == true
            && scheme is OpenApiSecurityScheme { Flows.ClientCredentials: { } flow })
        {
            flow.Scopes = scopeCatalog.All.ToDictionary(s => s.Name, s => s.Description, StringComparer.Ordinal);
        }
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();

    [GeneratedRegex(@"\(([^()]*\p{IsCJKUnifiedIdeographs}[^()]*)\)\s*$")]
    private static partial Regex ChineseTermInSummary();

    private static void AddChineseTerm(OpenApiOperation operation)
    {
        var description = operation.Description ?? "";
        var firstParagraph = description.Split("\n\n")[0];
        if (Chinese().IsMatch(firstParagraph) || operation.Summary is null || ChineseTermInSummary().Match(operation.Summary) is not { Success: true } term)
        {
            return;
        }

        operation.Description = $"{term.Groups[1].Value}。{description}";
    }

    private static void AddExamples(OpenApiOperation operation, IDictionary<string, IOpenApiSchema> schemas)
    {
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
        {
            if (parameter.Example is null && parameter.Schema is { } schema && parameter.In is ParameterLocation.Path or ParameterLocation.Query
                && Build(schema, parameter.Name, null, schemas, 0) is { } value
                && !(value.GetValueKind() == System.Text.Json.JsonValueKind.String && value.GetValue<string>().StartsWith("示例", StringComparison.Ordinal)))
            {
                parameter.Example = value;
            }
        }

        if (operation.RequestBody is OpenApiRequestBody { Content: { } requestContent })
        {
            foreach (var media in requestContent.Values.OfType<OpenApiMediaType>())
            {
                media.Example ??= media.Schema is { } s ? Build(s, null, null, schemas, 0) : null;
            }
        }

        foreach (var response in (operation.Responses ?? []).Values)
        {
            if (response is not OpenApiResponse { Content: { } content })
            {
                continue;
            }

            foreach (var media in content.Values.OfType<OpenApiMediaType>())
            {
                if (media.Example is null && (media.Examples is null || media.Examples.Count == 0) && media.Schema is { } s)
                {
                    media.Example = Build(s, null, null, schemas, 0);
                }
            }
        }
    }

    /// <summary>An example instance of <paramref name="schema"/>; null when the schema allows anything.</summary>
    internal static JsonNode? Build(IOpenApiSchema schema, string? name, string? owner, IDictionary<string, IOpenApiSchema> schemas, int depth)
    {
        if (depth > 24)
        {
            return null;
        }

        if (schema is OpenApiSchemaReference reference)
        {
            // A schema that refers back to itself (a tree) is shown one level deep.
            var id = reference.Reference.Id;
            return id is not null && id != owner && schemas.TryGetValue(id, out var target) ? Build(target, name, id, schemas, depth + 1) : null;
        }

#pragma warning disable CS0618 // Swashbuckle still writes <example> XML comments into the 3.0 "example" member.
        if ((schema.Examples?.FirstOrDefault() ?? schema.Example) is { } example)
#pragma warning restore CS0618
        {
            return example.DeepClone();
        }

        if (schema.Default is { } fallback)
        {
            return fallback.DeepClone();
        }

        if (schema.AllOf is { Count: > 0 } allOf)
        {
            return Build(allOf[0], name, owner, schemas, depth + 1);
        }

        if (schema.OneOf is { Count: > 0 } oneOf)
        {
            return Build(oneOf[0], name, owner, schemas, depth + 1);
        }

        if (schema.Enum?.FirstOrDefault(e => e is not null) is { } first)
        {
            return first.DeepClone();
        }

        var type = (schema.Type ?? 0) & ~JsonSchemaType.Null;
        if (type == JsonSchemaType.Array)
        {
            var item = schema.Items is null ? null : Build(schema.Items, name, owner, schemas, depth + 1);
            return item is null ? new JsonArray() : new JsonArray(item);
        }

        if (type == JsonSchemaType.Object || schema.Properties is { Count: > 0 })
        {
            var result = new JsonObject();
            foreach (var (propertyName, property) in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
            {
                if (Build(property, propertyName, owner, schemas, depth + 1) is { } value)
                {
                    result[propertyName] = value;
                }
            }

            if (schema.Properties is not { Count: > 0 } && schema.AdditionalProperties is { } values
                && Build(values, name, owner, schemas, depth + 1) is { } entry)
            {
                result[name == "errors" ? "creditCode" : "T01"] = entry;
            }

            return result;
        }

        return ExampleValues.For(name, schema, owner);
    }
}
