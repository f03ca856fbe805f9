using Jiafu.Shared;

namespace Jiafu.Api.Hosting;

internal static class Bootstrapper
{
    public static async Task RunAsync(IServiceProvider services, CancellationToken ct = default)
    {
        using var scope = services.CreateScope();
        foreach (var step in scope.ServiceProvider.GetServices<IBootstrapStep>().OrderBy(s => s.Order))
        {
            await step.RunAsync(ct);
        }
    }
}
