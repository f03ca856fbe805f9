using Jiafu.Shared;
using Jiafu.Shared.Imports;
using Jiafu.Shared.Persistence;
using Jiafu.Shared.Security;
using Jiafu.Training.Data;
using Jiafu.Training.Features.Attendance;
using Jiafu.Training.Features.Catalog;
using Jiafu.Training.Features.Certificates;
using Jiafu.Training.Features.Classes;
using Jiafu.Training.Features.Enrollments;
using Jiafu.Training.Features.Progress;
using Jiafu.Training.Features.Surveys;
using Jiafu.Training.Features.Statistics;
using Jiafu.Training.Features.Trainees;
using Jiafu.Training.Features.Programmes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Jiafu.Training;

/// <summary>The Training module (培训): programmes, classes, enrollment, attendance, assessment, certificates, the yearly target.</summary>
public static class TrainingModule
{
    public const string Name = "training";

    /// <summary>The scopes this module grants to API clients.</summary>
    public static class Scopes
    {
        public const string Read = "training.read";
        public const string Write = "training.write";
    }

    /// <summary>Authorization policies of the module.</summary>
    public static class Policies
    {
        /// <summary>Read programmes, classes, trainees and statistics (within the caller's data scope).</summary>
        public const string Read = "training.read";

        /// <summary>Run classes: create, enroll, attendance, assessment (providers for their own classes; district officers).</summary>
        public const string Write = "training.write";

        /// <summary>Programmes and subsidy standards, settlement, certificate revocation, surveys. District level.</summary>
        public const string Manage = "training.manage";

        /// <summary>Record training-needs surveys: district and street officers.</summary>
        public const string Survey = "training.survey";
    }

    public static IServiceCollection AddTrainingModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TrainingOptions>().Bind(configuration.GetSection(TrainingOptions.SectionName));
        services.AddModuleDbContext<TrainingDbContext, TrainingSqliteDbContext, TrainingSqlServerDbContext>(configuration, Name);
        services.AddModuleValidators<TrainingDbContext>();
        services.AddApiScopes(
            (Scopes.Read, "Read the bound institutions' training classes, trainees and certificates. 读取培训信息"),
            (Scopes.Write, "Run the bound institutions' classes: enrollment, attendance, assessment. 维护培训信息"));
        services.AddScoped<Jiafu.Contracts.Training.ITrainingReader, Features.Contracts.TrainingReader>();
        services.AddScoped<Jiafu.Contracts.Training.ITrainingStatistics, Features.Statistics.TrainingStatisticsReader>();
        services.AddScoped<Features.Statistics.TrainingLedger>();
        services.AddScoped<Features.Enrollments.EnrollmentWriter>();
        services.AddScoped<IBootstrapStep, Features.DemoData.TrainingDemoData>();
        services.AddScoped<Features.Attendance.AttendanceWriter>();
        services.AddImportKind<Features.Imports.EnrollmentImport>(Name, Features.Imports.EnrollmentImport.Kind, Policies.Write,
            Features.Imports.EnrollmentImport.Columns);
        services.AddImportKind<Features.Imports.AttendanceImport>(Name, Features.Imports.AttendanceImport.Kind, Policies.Write,
            Features.Imports.AttendanceImport.Columns);
        services.Configure<AuthorizationOptions>(o =>
        {
            o.AddRoleOrScopePolicy(Policies.Read, Scopes.Read,
                Roles.Admin, Roles.DistrictOfficer, Roles.StreetOfficer, Roles.Inspector, Roles.InstitutionOperator, Roles.Auditor);
            o.AddRoleOrScopePolicy(Policies.Write, Scopes.Write, Roles.Admin, Roles.DistrictOfficer, Roles.InstitutionOperator);
            o.AddPolicy(Policies.Manage, p => p.RequireClaim(JiafuClaims.Role, Roles.Admin, Roles.DistrictOfficer));
            o.AddPolicy(Policies.Survey, p => p.RequireClaim(JiafuClaims.Role, Roles.Admin, Roles.DistrictOfficer, Roles.StreetOfficer));
        });
        return services;
    }

    public static IEndpointRouteBuilder MapTrainingEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var training = endpoints.MapGroup("/api/v1/training");
        training.MapGroup("").WithTags("Training reference 培训基础数据").MapCatalogEndpoints();
        training.MapGroup("/programmes").WithTags("Training programmes 培训项目").MapProgrammeEndpoints();
        training.MapGroup("/classes").WithTags("Training classes 培训班").MapClassEndpoints();
        training.MapGroup("/classes").WithTags("Attendance 考勤").MapAttendanceEndpoints();
        training.MapGroup("").WithTags("Enrollment 报名与学员").MapEnrollmentEndpoints();
        training.MapGroup("").WithTags("Certificates 培训证书").MapCertificateEndpoints();
        training.MapGroup("/progress").WithTags("Training statistics 培训统计").MapProgressEndpoints();
        training.MapGroup("/statistics").WithTags("Training statistics 培训统计").MapStatisticsEndpoints();
        training.MapGroup("/surveys").WithTags("Training statistics 培训统计").MapSurveyEndpoints();
        training.MapGroup("/trainees").WithTags("Enrollment 报名与学员").MapTraineeEndpoints();
        return endpoints;
    }
}
