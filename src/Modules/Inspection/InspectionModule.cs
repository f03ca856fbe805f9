using Jiafu.Inspection.Data;
using Jiafu.Inspection.Features.Campaigns;
using Jiafu.Inspection.Features.Complaints;
using Jiafu.Inspection.Features.FieldVisits;
using Jiafu.Inspection.Features.Performance;
using Jiafu.Inspection.Features.ServiceEvaluations;
using Jiafu.Inspection.Features.Integrity;
using Jiafu.Inspection.Features.SpotChecks;
using Jiafu.Inspection.Features.Statistics;
using Jiafu.Inspection.Features.Tasks;
using Jiafu.Inspection.Features.Templates;
using Jiafu.Shared;
using Jiafu.Shared.Persistence;
using Jiafu.Shared.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Jiafu.Inspection;

/// <summary>The Inspection module (监督检查): checklists, annual inspection campaigns, the integrity record, random spot checks.</summary>
public static class InspectionModule
{
    public const string Name = "inspection";

    /// <summary>The scopes this module grants to API clients.</summary>
    public static class Scopes
    {
        public const string Read = "inspection.read";
        public const string Write = "inspection.write";
    }

    /// <summary>Authorization policies of the module.</summary>
    public static class Policies
    {
        /// <summary>
        /// Read campaigns, tasks, integrity records and spot checks within the caller's scope: inspectors their assigned tasks and
        /// checks, street officers their street, institution operators and bound API clients their institutions, district roles all.
        /// </summary>
        public const string Read = "inspection.read";

        /// <summary>Record outcomes and spot-check results: assigned inspectors, district officers.</summary>
        public const string Inspect = "inspection.inspect";

        /// <summary>Templates, campaigns, assignments, draw plans, manual integrity entries. District level.</summary>
        public const string Manage = "inspection.manage";

        /// <summary>Complaints and field visits: district officers, and street officers for their street's institutions.</summary>
        public const string Supervise = "inspection.supervise";

        /// <summary>Submit service evaluations: platforms (API clients with <c>inspection.write</c>, bound institutions) and officers.</summary>
        public const string Evaluate = "inspection.evaluate";
    }

    public static IServiceCollection AddInspectionModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<InspectionOptions>().Bind(configuration.GetSection(InspectionOptions.SectionName));
        services.AddModuleDbContext<InspectionDbContext, InspectionSqliteDbContext, InspectionSqlServerDbContext>(configuration, Name);
        services.AddModuleValidators<InspectionDbContext>();
        services.AddApiScopes(
            (Scopes.Read, "Read the bound institutions' inspection results and integrity record. 读取监督检查信息"),
            (Scopes.Write, "Submit service evaluations for the bound institutions' services. 提交服务评价"));
        services.AddScoped<Jiafu.Contracts.Inspection.IInspectionReader, Features.Contracts.InspectionReader>();
        services.AddScoped<IntegrityRecorder>();
        services.AddScoped<Jiafu.Contracts.Inspection.IInspectionStatistics, InspectionStatisticsReader>();
        services.AddScoped<InspectionLedger>();
        services.AddScoped<IBootstrapStep, Features.Templates.TemplateSeed>();
        services.AddScoped<IBootstrapStep, Features.DemoData.InspectionDemoData>();
        services.AddHostedService<EscalationService>();
        services.Configure<AuthorizationOptions>(o =>
        {
            o.AddRoleOrScopePolicy(Policies.Read, Scopes.Read,
                Roles.Admin, Roles.DistrictOfficer, Roles.StreetOfficer, Roles.Inspector, Roles.InstitutionOperator, Roles.Auditor);
            o.AddPolicy(Policies.Inspect, p => p.RequireClaim(JiafuClaims.Role, Roles.Admin, Roles.DistrictOfficer, Roles.Inspector));
            o.AddPolicy(Policies.Supervise, p => p.RequireClaim(JiafuClaims.Role, Roles.Admin, Roles.DistrictOfficer, Roles.StreetOfficer));
            o.AddRoleOrScopePolicy(Policies.Evaluate, Scopes.Write, Roles.Admin, Roles.DistrictOfficer, Roles.StreetOfficer);
            o.AddPolicy(Policies.Manage, p => p.RequireClaim(JiafuClaims.Role, Roles.Admin, Roles.DistrictOfficer));
        });
        return services;
    }

    public static IEndpointRouteBuilder MapInspectionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var inspection = endpoints.MapGroup("/api/v1/inspection");
        inspection.MapGroup("/templates").WithTags("Checklist templates 检查表").MapTemplateEndpoints();
        inspection.MapGroup("/campaigns").WithTags("Annual inspection 年检复核").MapCampaignEndpoints();
        inspection.MapGroup("/tasks").WithTags("Annual inspection 年检复核").MapTaskEndpoints();
        inspection.MapGroup("/integrity").WithTags("Integrity record 诚信档案").MapIntegrityEndpoints();
        inspection.MapGroup("/complaints").WithTags("Complaints 投诉").MapComplaintEndpoints();
        inspection.MapGroup("/field-visits").WithTags("Field visits 实地走访").MapFieldVisitEndpoints();
        inspection.MapGroup("/service-evaluations").WithTags("Service evaluations 服务评价").MapServiceEvaluationEndpoints();
        inspection.MapGroup("/performance").WithTags("Performance evaluation 绩效考评").MapPerformanceEndpoints();
        inspection.MapGroup("/spot-checks").WithTags("Random spot checks 双随机抽查").MapSpotCheckEndpoints();
        inspection.MapGroup("/statistics").WithTags("Inspection statistics 监督检查统计").MapStatisticsEndpoints();
        return endpoints;
    }
}
