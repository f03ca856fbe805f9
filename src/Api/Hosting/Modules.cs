using Jiafu.Identity;
using Jiafu.Integration;
using Jiafu.Inspection;
using Jiafu.Registry;
using Jiafu.Reporting;
using Jiafu.Shared;
using Jiafu.Shared.Behaviors;
using Jiafu.Shared.Idempotency;
using Jiafu.Shared.Imports;
using Jiafu.Subsidy;
using Jiafu.Training;
using Jiafu.Voucher;
using Mediator;

namespace Jiafu.Api.Hosting;

/// <summary>The one place that knows every module: registration, endpoints and the mediator's assemblies.</summary>
internal static class Modules
{
    public static IServiceCollection AddModules(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSharedKernel(configuration);
        services.AddImports(configuration);
        services.AddIdempotency(configuration);
        services.AddIdentityModule(configuration);
        services.AddRegistryModule(configuration);
        services.AddTrainingModule(configuration);
        services.AddVoucherModule(configuration);
        services.AddSubsidyModule(configuration);
        services.AddIntegrationModule(configuration);
        services.AddInspectionModule(configuration);
        services.AddReportingModule(configuration);

        services.AddMediator((MediatorOptions o) =>
        {
            o.ServiceLifetime = ServiceLifetime.Scoped;
            o.Assemblies = [typeof(SharedKernelRegistration), typeof(IdentityModule), typeof(RegistryModule), typeof(TrainingModule), typeof(VoucherModule), typeof(SubsidyModule), typeof(InspectionModule), typeof(IntegrationModule), typeof(ReportingModule)];
            o.PipelineBehaviors = [typeof(TelemetryBehavior<,>), typeof(AuditBehavior<,>), typeof(ValidationBehavior<,>)];
        });
        return services;
    }

    public static IEndpointRouteBuilder MapModules(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapIdentityEndpoints();
        endpoints.MapRegistryEndpoints();
        endpoints.MapTrainingEndpoints();
        endpoints.MapVoucherEndpoints();
        endpoints.MapSubsidyEndpoints();
        endpoints.MapIntegrationEndpoints();
        endpoints.MapInspectionEndpoints();
        endpoints.MapReportingEndpoints();
        endpoints.MapImportEndpoints();
        return endpoints;
    }
}
