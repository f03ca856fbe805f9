using Microsoft.Extensions.Options;

namespace Jiafu.Api.Hosting;

/// <summary>Reports a configuration error found at start as plain lines on standard error, not a stack trace.</summary>
internal static class StartupFailure
{
    public const int ExitCode = 78; // EX_CONFIG

    public static bool IsConfigurationError(Exception ex) => ex is OptionsValidationException or InvalidOperationException;

    public static int Report(Exception ex)
    {
        var messages = ex is OptionsValidationException validation
            ? validation.Failures
            : Chain(ex).Select(e => e.Message).Distinct();
        Console.Error.WriteLine("Jiafu cannot start: the configuration is invalid.");
        foreach (var message in messages)
        {
            Console.Error.WriteLine("  - " + message);
        }

        Console.Error.WriteLine("Settings come from appsettings.json, environment variables (Section__Key) and the command line (see README, Configuration).");
        return ExitCode;
    }

    private static IEnumerable<Exception> Chain(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }
}
