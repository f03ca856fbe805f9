using Jiafu.Shared;
using Jiafu.Shared.Imports;
using Jiafu.Shared.Persistence;
using Jiafu.Shared.Security;
using Jiafu.Subsidy.Data;
using Jiafu.Subsidy.Features;
using Jiafu.Subsidy.Features.Applications;
using Jiafu.Subsidy.Features.Evidence;
using Jiafu.Subsidy.Features.Funds;
using Jiafu.Subsidy.Features.Policies;
using Jiafu.Subsidy.Features.ServiceRecords;
using Jiafu.Subsidy.Features.Statistics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Jiafu.Subsidy;

/// <summary>
/// The Subsidy module (一贴息七补贴一减免, plan §1–3 and §15): the policy catalogue with versioned parameters,
/// applications with computed amounts and breakdowns, street and district review, the year's fund and its ledger,
/// payment and recovery.
/// </summary>
public static class SubsidyModule
{
    public const string Name = "subsidy";

    /// <summary>The scopes this module grants to API clients.</summary>
    public static class Scopes
    {
        public const string Read = "subsidy.read";
        public const string Write = "subsidy.write";
    }

    /// <summary>Authorization policies of the module.</summary>
    public static class Policies
    {
        /// <summary>Read the catalogue, applications (within the caller's scope), the fund and the ledger.</summary>
        public const string Read = "subsidy.read";

        /// <summary>Submit applications and preview calculations: institutions for themselves, API clients, officers.</summary>
        public const string Apply = "subsidy.write";

        /// <summary>The fund's figures and ledger: district officers, admins, auditors and inspectors (not institutions).</summary>
        public const string FundRead = "subsidy.fund.read";

        /// <summary>Street review (街道初审): street officers for their street; district officers and admins.</summary>
        public const string StreetReview = "subsidy.review.street";

        /// <summary>District review, payment, recovery, the fund and the parameters (区级复审、拨付、追回): district level.</summary>
        public const string Manage = "subsidy.manage";
    }

    public static IServiceCollection AddSubsidyModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SubsidyOptions>().Bind(configuration.GetSection(SubsidyOptions.SectionName))
            .Validate(o => o.Problem() is null, "Subsidy:ServiceFeeReductionServiceTypes must be distinct, non-blank names of at most 50 characters.")
            .ValidateOnStart();
        services.AddModuleDbContext<SubsidyDbContext, SubsidySqliteDbContext, SubsidySqlServerDbContext>(configuration, Name);
        services.AddModuleValidators<SubsidyDbContext>();
        services.AddApiScopes(
            (Scopes.Read, "Read the bound institutions' subsidy applications and the policy catalogue. 读取补贴申请"),
            (Scopes.Write, "Submit subsidy applications for the bound institutions. 提交补贴申请"));
        services.AddScoped<ParameterResolver>();
        services.AddScoped<SubsidyCalculator>();
        services.AddScoped<ClaimRegister>();
        services.AddSingleton<Features.Evidence.EvidenceStore>();
        services.AddImportKind<Features.ServiceRecords.ServiceRecordImport>(Name, Features.ServiceRecords.ServiceRecordImport.Kind, Policies.Apply,
            Features.ServiceRecords.ServiceRecordImport.Columns);
        services.AddScoped<FundLedger>();
        services.AddScoped<ApplicationWorkflow>();
        services.AddScoped<IBootstrapStep, Features.DemoData.SubsidyDemoData>();
        services.AddScoped<Jiafu.Contracts.Subsidy.ISubsidyStatistics, SubsidyStatisticsReader>();
        services.AddScoped<SubsidyLedger>();
        services.AddScoped<Jiafu.Contracts.Subsidy.ISubsidyReader, Jiafu.Subsidy.Features.Sampling.SubsidyReader>();
        services.Configure<AuthorizationOptions>(o =>
        {
            o.AddRoleOrScopePolicy(Policies.Read, Scopes.Read,
                Roles.Admin, Roles.DistrictOfficer, Roles.StreetOfficer, Roles.Inspector, Roles.InstitutionOperator, Roles.Auditor);
            o.AddRoleOrScopePolicy(Policies.Apply, Scopes.Write,
                Roles.Admin, Roles.DistrictOfficer, Roles.StreetOfficer, Roles.InstitutionOperator);
            o.AddPolicy(Policies.FundRead, p => p.RequireClaim(JiafuClaims.Role, Roles.Admin, Roles.DistrictOfficer, Roles.Auditor, Roles.Inspector));
            o.AddPolicy(Policies.StreetReview, p => p.RequireClaim(JiafuClaims.Role, Roles.Admin, Roles.DistrictOfficer, Roles.StreetOfficer));
            o.AddPolicy(Policies.Manage, p => p.RequireClaim(JiafuClaims.Role, Roles.Admin, Roles.DistrictOfficer));
        });
        return services;
    }

    public static IEndpointRouteBuilder MapSubsidyEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var subsidy = endpoints.MapGroup("/api/v1/subsidy");
        subsidy.MapGroup("/policies").WithTags("Subsidy policy catalogue 补贴政策目录").MapPolicyEndpoints();
        subsidy.MapGroup("/applications").WithTags("Subsidy applications 补贴申请").MapApplicationEndpoints().MapBulkReviewEndpoints();
        subsidy.MapGroup("/funds").WithTags("Subsidy fund and ledger 专项资金与台账").MapFundEndpoints().MapLedgerExportEndpoints();
        subsidy.MapGroup("/applications").WithTags("Subsidy evidence files 申报材料").MapEvidenceEndpoints();
        subsidy.MapGroup("/service-records").WithTags("Subsidy service records 居民家庭服务记录").MapServiceRecordEndpoints();
        subsidy.MapGroup("/statistics").WithTags("Subsidy statistics 补贴资金统计").MapStatisticsEndpoints();
        return endpoints;
    }
}
