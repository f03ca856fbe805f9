using Jiafu.Contracts.Registry;
using Jiafu.Shared;
using Jiafu.Shared.Outbox;
using Jiafu.Shared.Persistence;
using Jiafu.Shared.Security;
using Jiafu.Voucher.Data;
using Jiafu.Voucher.Features.Applications;
using Jiafu.Voucher.Features.Batches;
using Jiafu.Voucher.Features.Settlements;
using Jiafu.Voucher.Features.Statistics;
using Jiafu.Voucher.Features.Vouchers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Jiafu.Voucher;

/// <summary>
/// The Voucher module (促进就业券, plan §14): batches, household declarations, issuance, institution selection, home
/// service, follow-up, verification and reimbursement settlement.
/// </summary>
public static class VoucherModule
{
    public const string Name = "voucher";

    /// <summary>The scopes this module grants to API clients.</summary>
    public static class Scopes
    {
        public const string Read = "vouchers.read";
        public const string Write = "vouchers.write";
        public const string ServicesWrite = "vouchers.services.write";
    }

    /// <summary>Authorization policies of the module.</summary>
    public static class Policies
    {
        /// <summary>Read batches, declarations and vouchers (within the caller's data scope).</summary>
        public const string Read = "vouchers.read";

        /// <summary>Declare households (申报): street officers for their street, district officers, API clients.</summary>
        public const string Declare = "vouchers.write";

        /// <summary>Review declarations, choose institutions, follow up and verify: street officers (own street) and district.</summary>
        public const string Review = "vouchers.review";

        /// <summary>Accept, schedule and record home services; submit settlement statements: institutions and their API clients.</summary>
        public const string Services = "vouchers.services.write";

        /// <summary>Create batches, void and expire vouchers, draw samples, approve and pay settlements. District level.</summary>
        public const string Manage = "vouchers.manage";
    }

    public static IServiceCollection AddVoucherModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<VoucherOptions>().Bind(configuration.GetSection(VoucherOptions.SectionName))
            .Validate(o => o.LedgerExportMaxRows > 0, "Voucher:LedgerExportMaxRows must be positive.")
            .ValidateOnStart();
        services.AddModuleDbContext<VoucherDbContext, VoucherSqliteDbContext, VoucherSqlServerDbContext>(configuration, Name);
        services.AddModuleValidators<VoucherDbContext>();
        services.AddApiScopes(
            (Scopes.Read, "Read the vouchers that chose the bound institutions. 读取促进就业券"),
            (Scopes.Write, "Declare households for vouchers. 促进就业券人员申报"),
            (Scopes.ServicesWrite, "Accept, schedule and record home services; submit settlement statements. 上门服务与结算"));
        services.AddScoped<VoucherIssuer>();
        services.AddScoped<VoucherTransitions>();
        services.AddScoped<Jiafu.Contracts.Voucher.IVoucherStatistics, VoucherStatisticsReader>();
        services.AddScoped<Jiafu.Contracts.Voucher.IVoucherReader, Features.Sampling.VoucherReader>();
        services.AddScoped<IIntegrationEventHandler<InstitutionStatusChanged>, ReturnVouchersOfRevokedInstitution>();
        services.AddScoped<IBootstrapStep, Features.DemoData.VoucherDemoData>();
        services.AddHostedService<VoucherExpiryService>();
        services.Configure<AuthorizationOptions>(o =>
        {
            o.AddRoleOrScopePolicy(Policies.Read, Scopes.Read,
                Roles.Admin, Roles.DistrictOfficer, Roles.StreetOfficer, Roles.Inspector, Roles.InstitutionOperator, Roles.Auditor);
            o.AddRoleOrScopePolicy(Policies.Declare, Scopes.Write, Roles.Admin, Roles.DistrictOfficer, Roles.StreetOfficer);
            o.AddPolicy(Policies.Review, p => p.RequireClaim(JiafuClaims.Role, Roles.Admin, Roles.DistrictOfficer, Roles.StreetOfficer));
            o.AddRoleOrScopePolicy(Policies.Services, Scopes.ServicesWrite, Roles.Admin, Roles.DistrictOfficer, Roles.InstitutionOperator);
            o.AddPolicy(Policies.Manage, p => p.RequireClaim(JiafuClaims.Role, Roles.Admin, Roles.DistrictOfficer));
        });
        return services;
    }

    public static IEndpointRouteBuilder MapVoucherEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var vouchers = endpoints.MapGroup("/api/v1/vouchers");
        vouchers.MapGroup("/batches").WithTags("Voucher batches 促进就业券发放批次").MapBatchEndpoints();
        vouchers.MapGroup("/applications").WithTags("Voucher declarations 促进就业券申报").MapApplicationEndpoints();
        vouchers.MapGroup("/settlements").WithTags("Voucher settlements 促进就业券结算").MapSettlementEndpoints();
        vouchers.MapGroup("/statistics").WithTags("Voucher statistics 促进就业券统计").MapStatisticsEndpoints();
        vouchers.MapGroup("").WithTags("Vouchers 促进就业券").MapVoucherResourceEndpoints();
        return endpoints;
    }
}
