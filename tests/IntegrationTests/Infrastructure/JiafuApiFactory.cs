using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Jiafu.IntegrationTests.Infrastructure;

/// <summary>
/// The real host over HTTP against a temporary SQLite data folder. Two factories given the same folder
/// are two hosts sharing one database.
/// </summary>
public sealed class JiafuApiFactory : WebApplicationFactory<Program>
{
    public const string AdminUserName = "admin";
    public const string AdminPassword = "Admin-pass-2026";

    private readonly bool _ownsDirectory;
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _configureServices;

    /// <param name="configureServices">Test-only service overrides, applied after the host's own registrations.</param>
    public JiafuApiFactory(string? dataDirectory = null, IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configureServices = null)
    {
        _configureServices = configureServices;
        _ownsDirectory = dataDirectory is null;
        DataDirectory = dataDirectory ?? NewDataDirectory();
        _settings = new Dictionary<string, string?>
        {
            ["Database:DataDirectory"] = DataDirectory,
            ["Bootstrap:AdminUserName"] = AdminUserName,
            ["Bootstrap:AdminPassword"] = AdminPassword,
            ["RateLimiting:AuthPermitLimit"] = "10000",
            ["RateLimiting:Clients:PermitLimit"] = "100000",
            ["Outbox:PollInterval"] = "00:00:00.200",
            ["Logging:Json"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public string DataDirectory { get; }

    public static string NewDataDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "jiafu-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (TestLogFile.IsEnabled)
        {
            // Its own rule, so the tests' console level (Warning) does not hide the Information lines the scan needs.
            builder.ConfigureLogging(logging => logging.AddProvider(new TestLogFile()).AddFilter<TestLogFile>(null, LogLevel.Trace));
        }

        if (_configureServices is not null)
        {
            builder.ConfigureTestServices(_configureServices);
        }
    }

    /// <summary>A client signed in as <paramref name="userName"/>.</summary>
    public async Task<HttpClient> CreateSignedInClientAsync(string userName = AdminUserName, string password = AdminPassword)
    {
        var client = CreateClient();
        var tokens = await LoginAsync(client, userName, password);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        return client;
    }

    public static async Task<TokenResponseDto> LoginAsync(HttpClient client, string userName, string password)
    {
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName, password });
        await response.EnsureStatusAsync(System.Net.HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<TokenResponseDto>())!;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsDirectory)
        {
            DeleteDataDirectory(DataDirectory);
        }
    }

    public static void DeleteDataDirectory(string path)
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a closing connection; the temp folder is cleaned by the OS.
        }
    }
}

public sealed record TokenResponseDto(string AccessToken, int ExpiresIn, string RefreshToken);
