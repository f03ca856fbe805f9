using Jiafu.Api.Hosting;
using Jiafu.Api.Operations;

// "backup [folder]" and "restore <archive>" run a maintenance command with the server's configuration instead of serving.
var command = OperationsCommands.IsCommand(args) ? args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray() : null;
WebApplication app;
try
{
    var builder = WebApplication.CreateBuilder(command is null ? args : args.Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToArray());
    builder.AddJiafuHost();
    app = builder.Build();
    if (command is not null)
    {
        return await OperationsCommands.RunAsync(app.Services, command);
    }

    app.UseJiafuPipeline();
    await app.PrepareDatabasesAsync();
}
catch (Exception ex) when (StartupFailure.IsConfigurationError(ex))
{
    return StartupFailure.Report(ex);
}

await app.RunAsync();
return 0;

/// <summary>Entry point; public so integration tests can host it with WebApplicationFactory.</summary>
public partial class Program;
