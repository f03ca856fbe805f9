using System.Diagnostics;
using Jiafu.IntegrationTests.Infrastructure;

namespace Jiafu.IntegrationTests.Platform;

/// <summary>
/// The real host binary started with a bad configuration: it stops before migrating or writing anything, with
/// exit code 78 (EX_CONFIG) and one plain line per problem naming the setting — no stack trace.
/// </summary>
public sealed class StartupConfigurationTests
{
    [Theory]
    [InlineData("Database__Provider=Oracle", "Failed to convert configuration value 'Oracle' at 'Database:Provider'")]
    [InlineData("Database__Provider=SqlServer", "Database:Provider is SqlServer but ConnectionStrings:SqlServer is not set.")]
    [InlineData("Auth__SigningKey=c2hvcnQ=", "Auth:SigningKey is 5 bytes once decoded; at least 32 are required.")]
    [InlineData("Auth__SigningKey=not-base64!", "Auth:SigningKey is not base64")]
    [InlineData("Auth__AccessTokenLifetime=-00:01:00", "Auth:AccessTokenLifetime is -00:01:00; it must be a positive duration")]
    [InlineData("Auth__PasswordMinimumLength=6", "Auth:PasswordMinimumLength is 6; it must be at least 8.")]
    [InlineData("Database__BusyTimeoutSeconds=0", "Database:BusyTimeoutSeconds must be at least 1.")]
    [InlineData("Cors__AllowedOrigins__0=https://o2o.example.cn/app", "Cors:AllowedOrigins must be origins such as")]
    [InlineData("Shutdown__DrainDelay=-00:00:05", "Shutdown:DrainDelay must not be negative.")]
    public async Task Given_a_bad_setting_When_the_host_starts_Then_it_exits_with_a_clear_message_and_writes_nothing(string setting, string expected)
    {
        var directory = JiafuApiFactory.NewDataDirectory();
        try
        {
            var (exitCode, error) = await StartHostAsync(directory, setting);

            Assert.Equal(78, exitCode);
            Assert.StartsWith("Jiafu cannot start: the configuration is invalid.", error);
            Assert.Contains(expected, error);
            Assert.DoesNotContain("   at ", error);
            Assert.Empty(Directory.EnumerateFiles(directory, "*.db"));
        }
        finally
        {
            JiafuApiFactory.DeleteDataDirectory(directory);
        }
    }

    [Fact]
    public async Task Given_several_bad_settings_When_the_host_starts_Then_every_problem_is_listed()
    {
        var directory = JiafuApiFactory.NewDataDirectory();
        try
        {
            var (exitCode, error) = await StartHostAsync(directory, "Auth__SigningKey=c2hvcnQ=", "Auth__MaxFailedAccessAttempts=0");

            Assert.Equal(78, exitCode);
            Assert.Contains("  - Auth:SigningKey is 5 bytes", error);
            Assert.Contains("  - Auth:MaxFailedAccessAttempts is 0; it must be at least 1.", error);
        }
        finally
        {
            JiafuApiFactory.DeleteDataDirectory(directory);
        }
    }

    private static async Task<(int ExitCode, string Error)> StartHostAsync(string dataDirectory, params string[] settings)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Jiafu.Api.dll")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = dataDirectory,
        };
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Database__DataDirectory"] = dataDirectory;
        start.Environment["Logging__Json"] = "false";
        foreach (var setting in settings)
        {
            var (key, value) = (setting[..setting.IndexOf('=')], setting[(setting.IndexOf('=') + 1)..]);
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The host did not exit: it started despite the bad configuration.\n" + await output);
        }

        return (process.ExitCode, await error);
    }
}
