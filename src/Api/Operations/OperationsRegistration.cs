namespace Jiafu.Api.Operations;

internal static class OperationsRegistration
{
    public static IServiceCollection AddJiafuOperations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BackupOptions>().Bind(configuration.GetSection(BackupOptions.SectionName))
            .Validate(o => o.IntervalHours >= 0 && o.Retain >= 1, "Backup:IntervalHours must be 0 or more and Backup:Retain at least 1.")
            .ValidateOnStart();
        services.AddSingleton<DatabaseBackup>();
        services.AddHostedService<ScheduledBackupService>();
        return services;
    }
}
