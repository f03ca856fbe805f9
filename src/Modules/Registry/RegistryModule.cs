using Jiafu.Contracts.Inspection;
using Jiafu.Contracts.Training;
using Jiafu.Registry.Data;
using Jiafu.Registry.Features.Catalog;
using Jiafu.Registry.Features.Directory;
using Jiafu.Registry.Features.Filings;
using Jiafu.Registry.Features.Institutions;
using Jiafu.Registry.Features.RevocationProposals;
using Jiafu.Registry.Features.ServicePoints;
using Jiafu.Registry.Features.Statistics;
using Jiafu.Registry.Features.Titles;
using Jiafu.Registry.Features.Workers;
using Jiafu.Shared;
using Jiafu.Shared.Imports;
using Jiafu.Shared.Outbox;
using Jiafu.Shared.Persistence;
using Jiafu.Shared.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Jiafu.Registry;

/// <summary>The Registry module (登记): institutions, stations, filings, titles, workers, the public directory.</summary>
public static class RegistryModule
{
    public const string Name = "registry";

    /// <summary>The scopes this module grants to API clients.</summary>
    public static class Scopes
    {
        public const string Read = "registry.read";
        public const string Write = "registry.write";
    }

    /// <summary>Authorization policies of the module.</summary>
    public static class Policies
    {
        /// <summary>Read the register (within the caller's data scope).</summary>
        public const string Read = "registry.read";

        /// <summary>Create and edit institutions, stations and workers (within scope).</summary>
        public const string Write = "registry.write";

        /// <summary>Review: recognise, reject, suspend, revoke, restore; approve filings; grant titles. District level.</summary>
        public const string Review = "registry.review";

        /// <summary>See a worker's full ID number and phone (each reveal audited).</summary>
        public const string RevealPersonalData = "registry.reveal";
    }

    public static IServiceCollection AddRegistryModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RegistryOptions>().Bind(configuration.GetSection(RegistryOptions.SectionName));
        services.AddModuleDbContext<RegistryDbContext, RegistrySqliteDbContext, RegistrySqlServerDbContext>(configuration, Name);
        services.AddWorkerListTotals();
        services.AddModuleValidators<RegistryDbContext>();
        services.AddApiScopes(
            (Scopes.Read, "Read institutions, stations and workers of the bound institutions. 读取登记信息"),
            (Scopes.Write, "Create and update the bound institutions' workers and profile. 维护登记信息"));
        services.AddScoped<IBootstrapStep, Features.DemoData.RegistryDemoData>();
        services.AddHostedService<Features.Filings.FilingExpiryService>();
        services.AddImportKind<Features.Imports.WorkerImport>(Name, Features.Imports.WorkerImport.Kind, Policies.Write, Features.Imports.WorkerImport.Columns);
        services.AddImportKind<Features.Imports.InstitutionImport>(Name, Features.Imports.InstitutionImport.Kind, Policies.Write, Features.Imports.InstitutionImport.Columns);
        services.AddScoped<Jiafu.Contracts.Registry.IRegistryReader, Features.Contracts.RegistryReader>();
        services.AddScoped<Jiafu.Contracts.Registry.IRegistryStatistics, RegistryStatisticsReader>();
        services.AddScoped<Features.Workers.WorkerTrainingConsumer>();
        services.AddScoped<IIntegrationEventHandler<TraineeCompleted>>(sp => sp.GetRequiredService<Features.Workers.WorkerTrainingConsumer>());
        services.AddScoped<IIntegrationEventHandler<CertificateIssued>>(sp => sp.GetRequiredService<Features.Workers.WorkerTrainingConsumer>());
        services.AddScoped<IIntegrationEventHandler<CertificateRevoked>>(sp => sp.GetRequiredService<Features.Workers.WorkerTrainingConsumer>());
        services.AddScoped<InstitutionTransitions>();
        services.AddScoped<IIntegrationEventHandler<InstitutionInspectionFailed>, RevocationProposalConsumer>();
        services.Configure<AuthorizationOptions>(o =>
        {
            o.AddRoleOrScopePolicy(Policies.Read, Scopes.Read,
                Roles.Admin, Roles.DistrictOfficer, Roles.StreetOfficer, Roles.Inspector, Roles.InstitutionOperator, Roles.Auditor);
            o.AddRoleOrScopePolicy(Policies.Write, Scopes.Write,
                Roles.Admin, Roles.DistrictOfficer, Roles.StreetOfficer, Roles.InstitutionOperator);
            o.AddPolicy(Policies.Review, p => p.RequireClaim(JiafuClaims.Role, Roles.Admin, Roles.DistrictOfficer));
            o.AddPolicy(Policies.RevealPersonalData, p => p.RequireClaim(JiafuClaims.Role, Roles.DistrictOfficer, Roles.StreetOfficer, Roles.Inspector));
        });
        return services;
    }

    public static IEndpointRouteBuilder MapRegistryEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var registry = endpoints.MapGroup("/api/v1/registry");
        registry.MapGroup("").WithTags("Registry reference 登记基础数据").MapCatalogEndpoints();
        registry.MapGroup("/service-points").WithTags("Service points 社区家庭服务站/专业服务市场").MapServicePointEndpoints();
        registry.MapGroup("/filings").WithTags("Employee-based filings 员工制家政企业备案").MapFilingEndpoints();
        registry.MapGroup("/institutions/{institutionId:guid}/titles").WithTags("Titles 品牌称号").MapTitleEndpoints();
        registry.MapGroup("/institutions").WithTags("Institutions 家庭服务机构").MapInstitutionEndpoints();
        registry.MapGroup("/revocation-proposals").WithTags("Revocation proposals 撤销建议").MapRevocationProposalEndpoints();
        registry.MapGroup("/directory").WithTags("Public directory 机构名录").MapDirectoryEndpoints();
        registry.MapGroup("/workers").WithTags("Workers 从业人员").MapWorkerEndpoints();
        registry.MapGroup("/workers").WithTags("Workers 从业人员").MapWorkerTrainingEndpoints();
        registry.MapGroup("/statistics").WithTags("Registry statistics 登记统计").MapStatisticsEndpoints();
        return endpoints;
    }
}
