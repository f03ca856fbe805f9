using Jiafu.Reporting.Features.Dashboard;
using Jiafu.Reporting.Features.Reports;
using Jiafu.Shared;
using Jiafu.Shared.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Jiafu.Reporting;

/// <summary>
/// The Reporting module (统计): the dashboard and the statistical report forms. It owns no tables: every figure comes
/// from a module's statistics contract (<c>Jiafu.Contracts.*.I*Statistics</c>), which applies the caller's data scope.
/// </summary>
public static class ReportingModule
{
    public const string Name = "reporting";

    /// <summary>Authorization policies of the module.</summary>
    public static class Policies
    {
        /// <summary>See the dashboard and the report forms (within the caller's data scope). Signed-in staff, not API clients.</summary>
        public const string Read = "reporting.read";
    }

    public static IServiceCollection AddReportingModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReportingOptions>().Bind(configuration.GetSection(ReportingOptions.SectionName));
        services.AddModuleValidators<ReportingOptions>();
        services.AddScoped<ReportBuilder>();
        services.AddSingleton<DashboardCache>();
        services.Configure<AuthorizationOptions>(o => o.AddPolicy(Policies.Read, p => p.RequireClaim(JiafuClaims.Role,
            Roles.Admin, Roles.DistrictOfficer, Roles.StreetOfficer, Roles.Inspector, Roles.InstitutionOperator, Roles.Auditor)));
        return services;
    }

    public static IEndpointRouteBuilder MapReportingEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api/v1/dashboard").WithTags("Dashboard 首页看板").MapDashboardEndpoints();
        endpoints.MapGroup("/api/v1/reports").WithTags("Report forms 统计报表").MapReportEndpoints();
        return endpoints;
    }
}
