using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

/// <summary>
/// The built API as its own process on a data folder (Production environment, warnings and errors echoed to stderr),
/// with what the benchmarks read of it: readiness, a signed-in client, its CPU time and resident memory.
/// </summary>
internal sealed class BenchHost : IDisposable
{
    public const string AdminPassword = "Bench-admin-pass-1";

    private const string HostVariablePrefix = "BENCHHOST_";

    private readonly Process _process;
    private readonly string _url;

    private BenchHost(Process process, string url)
    {
        _process = process;
        _url = url;
    }

    /// <param name="settings">More configuration, as environment variables (<c>Section__Key</c>).</param>
    public static BenchHost Start(string apiDll, string contentRoot, string data, string url, IReadOnlyDictionary<string, string>? settings = null)
    {
        var start = new ProcessStartInfo("dotnet", [apiDll])
        {
            WorkingDirectory = contentRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_URLS"] = url, ["ASPNETCORE_ENVIRONMENT"] = "Production", ["Database__DataDirectory"] = data,
                ["Bootstrap__AdminPassword"] = AdminPassword, ["Logging__LogLevel__Default"] = "Warning", ["RateLimiting__AuthPermitLimit"] = "1000",
            },
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        // For experiments: BENCHHOST_X=value in the bench's environment is X=value in the host's only
        // (e.g. BENCHHOST_Imports__SqliteImportCacheKiB=65536, BENCHHOST_DOTNET_TieredPGO=0).
        foreach (System.Collections.DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            if (variable.Key is string key && key.StartsWith(HostVariablePrefix, StringComparison.Ordinal))
            {
                start.Environment[key[HostVariablePrefix.Length..]] = variable.Value as string;
            }
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine("host: " + e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new BenchHost(process, url);
    }

    /// <summary>Waits until the host is ready (at most 2 minutes), then signs in.</summary>
    public async Task<HttpClient> SignInAsync(string user = "admin", string password = AdminPassword)
    {
        var http = new HttpClient { BaseAddress = new Uri(_url), Timeout = TimeSpan.FromMinutes(10) };
        for (var i = 0; i < 240 && !await ReadyAsync(http); i++)
        {
            await Task.Delay(500);
        }

        var response = await http.PostAsJsonAsync("/api/v1/auth/login", new { userName = user, password });
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Signing in as {user}: {(int)response.StatusCode} {body}");
        }

        var login = JsonDocument.Parse(body).RootElement;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login.GetProperty("accessToken").GetString());
        return http;
    }

    /// <summary>User and system CPU time of the host so far, in seconds.</summary>
    public double CpuSeconds()
    {
        // utime and stime (fields 14 and 15 of /proc/<pid>/stat, after the parenthesised command name), in clock ticks.
        var stat = File.ReadAllText($"/proc/{_process.Id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    }

    /// <summary>Resident memory of the host, in bytes.</summary>
    public long Rss()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    /// <summary>
    /// Waits until the host has settled: under 5% of a core over half a second (at most 30 s). The host compiles hot methods
    /// again, optimised, on a background thread (tiered JIT) for a while after they were first used; a measured run that
    /// starts once that is done sees a host that has been serving for a while.
    /// </summary>
    public async Task WaitUntilSettledAsync()
    {
        var deadline = Stopwatch.StartNew();
        var last = CpuSeconds();
        while (deadline.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(500);
            var now = CpuSeconds();
            if (now - last < 0.025)
            {
                return;
            }

            last = now;
        }
    }

    /// <summary>The machine's 1-minute load average.</summary>
    public static double LoadAverage() => double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);

    public void Dispose()
    {
        // The databases are in WAL mode and every write the benchmarks wait for is committed.
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        _process.Dispose();
    }

    private static async Task<bool> ReadyAsync(HttpClient http)
    {
        try
        {
            return (await http.GetAsync("/health/ready")).IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}
