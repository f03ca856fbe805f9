using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Jiafu.Shared.Imports;
using Jiafu.Shared.Validation;

// Runs the built API as a separate process on a fresh data folder and measures, over HTTP:
//  1. importing N worker rows from one CSV (validate + commit), end to end, with the host's peak memory;
//  2. listing workers (page of 20, filtered by street) with C concurrent connections: p50/p95/p99.
// Usage: Jiafu.Bench <api-dll> <content-root> <report.md> [rows=100000] [concurrency=32] [requests=3200]
//    or: Jiafu.Bench <api-dll> <content-root> <report.md> scale [repetitions=20] [dataset-folder]  (see ScaleBench)
//    or: Jiafu.Bench <api-dll> <content-root> <report.md> enrollments [rows=20000] [timeout-seconds=3600]  (see EnrollmentBench; prints only)
if (args.Length > 3 && args[3] == "scale")
{
    return await ScaleBench.RunAsync(args[0], args[1], args[2], args[4..]);
}

if (args.Length > 3 && args[3] == "enrollments")
{
    return await EnrollmentBench.RunAsync(args[0], args[1], args[4..]);
}

var apiDll = args[0];
var contentRoot = args[1];
var report = args[2];
var rows = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 100_000;
var concurrency = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 32;
var requests = args.Length > 5 ? int.Parse(args[5], CultureInfo.InvariantCulture) : 3200;
const string Url = "http://127.0.0.1:5199";
const int WarmUpRequestsPerConnection = 100;

var data = Directory.CreateTempSubdirectory("jiafu-bench").FullName;
var host = BenchHost.Start(apiDll, contentRoot, data, Url);
try
{
    using var http = await host.SignInAsync();

    var schemaCopy = SqliteFloor.CopySchema(Path.Combine(data, "registry.db"), data);
    const string street = "150203001";
    var institutions = new List<string>();
    for (var i = 0; i < 10; i++)
    {
        var code = CreditCode(i);
        var created = await http.PostAsJsonAsync("/api/v1/registry/institutions", new
        {
            name = $"基准测试家政服务有限公司{i}", creditCode = code, streetCode = i < 5 ? street : "150203002", address = "包头市昆都仑区钢铁大街1号",
            legalRepresentative = "张三", contactPhone = "0472-5123456", businessFormats = new[] { "Housekeeping" },
        });
        created.EnsureSuccessStatusCode();
        institutions.Add(code);
    }

    var csvPath = await WriteWorkersCsvAsync(Path.Combine(data, "workers.csv"), 0, rows, institutions);
    var warmUpRows = rows;
    var warmUpPath = await WriteWorkersCsvAsync(Path.Combine(data, "warm-up.csv"), rows, warmUpRows, institutions);

    var size = new FileInfo(csvPath).Length;
    var baseline = host.Rss();
    var loadBefore = BenchHost.LoadAverage();

    // A host that has served before: the first commit and the first requests after start also compile the code paths
    // (tiered JIT: a method is compiled again, optimised, after it has been called often, in two steps with dynamic PGO), so
    // a file of as many other people is committed and the list requested first (twice, letting the host settle after
    // each round); the first commit's figures are reported separately.
    var cpuWarm = host.CpuSeconds();
    var (warmUpSeconds, _, _, _, _) = await ImportAsync(http, warmUpPath, "commit", host);
    var warmUpCpu = host.CpuSeconds() - cpuWarm;
    using var clients = new ClientSet(concurrency, Url, http.DefaultRequestHeaders.Authorization);
    for (var round = 0; round < 2; round++)
    {
        await WarmUpListAsync(clients, street, WarmUpRequestsPerConnection);
        await host.WaitUntilSettledAsync();
    }

    var cpu0 = host.CpuSeconds();
    var (validateSeconds, _, _, validatePeak, _) = await ImportAsync(http, csvPath, "validate", host);
    var cpu1 = host.CpuSeconds();
    await host.WaitUntilSettledAsync();
    var cpu1b = host.CpuSeconds();
    var (commitSeconds, commitUploadSeconds, commitSeenSeconds, commitPeak, job) = await ImportAsync(http, csvPath, "commit", host);
    var cpu2 = host.CpuSeconds();

    // The commit stored its integration events (one WorkersRegistered per batch of new workers); wait for their delivery, then list on a quiet host.
    var drain = Stopwatch.StartNew();
    while (PendingOutbox(Path.Combine(data, "registry.db")) > 0 && drain.Elapsed < TimeSpan.FromMinutes(10))
    {
        await Task.Delay(250);
    }

    var drainSeconds = drain.Elapsed.TotalSeconds;

    var latencies = new List<double>(requests);
    var gate = new object();
    var perWorker = requests / concurrency;
    // Warm-up, not measured: the connections are opened and the list's code paths compiled before the clock starts
    // (the target is the steady state of a running host, not its first requests).
    await WarmUpListAsync(clients, street, WarmUpRequestsPerConnection);

    await host.WaitUntilSettledAsync();
    var cpu3 = host.CpuSeconds();
    var stopwatch = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async w =>
    {
        var client = clients[w];
        for (var r = 0; r < perWorker; r++)
        {
            var page = 1 + (w * perWorker + r) % 50;
            var started = Stopwatch.GetTimestamp();
            using var response = await client.GetAsync($"/api/v1/registry/workers?streetCode={street}&page={page}&pageSize=20");
            await response.Content.ReadAsByteArrayAsync();
            response.EnsureSuccessStatusCode();
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            lock (gate)
            {
                latencies.Add(elapsed);
            }
        }
    }));
    var listSeconds = stopwatch.Elapsed.TotalSeconds;
    var listCpu = host.CpuSeconds() - cpu3;
    var loadAfter = BenchHost.LoadAverage();
    // The best of three: a floor.
    var floor = Enumerable.Range(0, 3).Select(_ => SqliteFloor.Measure(Path.Combine(data, "registry.db"), schemaCopy, rows, new ImportOptions().SqliteImportCacheKiB))
        .MinBy(f => f.InsertSeconds + f.CommitSeconds);
    latencies.Sort();

    var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':')[1].Trim() ?? "unknown";
    var text = new StringBuilder()
        .AppendLine("# Performance")
        .AppendLine()
        .AppendLine($"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC by `build/bench` on {Environment.ProcessorCount} cores ({cpu}), "
            + $"{GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024 / 1024 / 1024} GiB, .NET {Environment.Version}, SQLite (embedded default), "
            + "Release build, the API as a separate process on loopback.")
        .AppendLine()
        .AppendLine($"The machine is shared: 1-minute load average {loadBefore:F1} when the imports started, {loadAfter:F1} after the list run "
            + "(2 cores; above 2, other processes competed for them). Host CPU time is reported beside wall time because it depends far less on that competition.")
        .AppendLine()
        .AppendLine("## Bulk import of workers (CSV over HTTP)")
        .AppendLine()
        .AppendLine($"{rows:N0} rows ({size / 1024 / 1024.0:F1} MiB), 10 institutions, every row valid. Time from the POST to the job's `Completed`; "
            + "the measured runs follow a first commit of other people, as on a host that has imported before.")
        .AppendLine()
        .AppendLine("| mode | seconds | rows/s | host CPU s | host peak RSS (MiB) | target |")
        .AppendLine("|---|---|---|---|---|---|")
        .AppendLine($"| commit, the first after the host started ({warmUpRows:N0} other rows) | {warmUpSeconds:F2} | {warmUpRows / warmUpSeconds:N0} | {warmUpCpu:F2} | — | — |")
        .AppendLine($"| validate | {validateSeconds:F2} | {rows / validateSeconds:N0} | {cpu1 - cpu0:F2} | {validatePeak / 1024 / 1024:N0} | — |")
        .AppendLine($"| commit | {commitSeconds:F2} | {rows / commitSeconds:N0} | {cpu2 - cpu1b:F2} | {commitPeak / 1024 / 1024:N0} | ≥ 40,000 rows/s |")
        .AppendLine($"| SQLite alone: the same rows, prepared inserts on one thread, nothing else (see below) | {floor.InsertSeconds + floor.CommitSeconds:F2} | {floor.Rows / (floor.InsertSeconds + floor.CommitSeconds):N0} | — | — | — |")
        .AppendLine()
        .AppendLine($"The last row is the floor under the commit for this row shape on this machine: the {floor.Rows:N0} workers and first employments the commit "
            + $"wrote, read back and inserted in the writer's order (a worker, `ON CONFLICT (IdNumberHash) DO NOTHING`, then its employment) into an empty copy of "
            + $"the register's schema (the table and its 7 indexes, the employments and their 3), in one transaction with the import's pragmas, after the list run (the best of three): "
            + $"{floor.InsertSeconds:F2} s of inserts and {floor.CommitSeconds:F2} s of commit. No HTTP, parsing, validation, encryption or hashing.")
        .AppendLine()
        .AppendLine($"Of the commit's {commitSeconds:F2} s, the upload (the POST until its `202`) took {commitUploadSeconds:F2} s, the job waited "
            + $"{QueuedSeconds(job):F2} s in the queue and ran {ProcessingSeconds(job):F2} s (its `startedAt` to `finishedAt`), and its status said "
            + $"`Completed` {commitSeenSeconds:F2} s after its recorded finish (the bench polls every 50 ms).")
        .AppendLine()
        .AppendLine($"Host RSS before the imports: {baseline / 1024 / 1024:N0} MiB. Commit created {job.GetProperty("created").GetInt32():N0} workers; "
            + $"the outbox held no undelivered event {drainSeconds:F1} s after the commit completed.")
        .AppendLine()
        .AppendLine("## Listing workers")
        .AppendLine()
        .AppendLine($"`GET /api/v1/registry/workers?streetCode=…&page=…&pageSize=20` with {rows + warmUpRows:N0} workers stored, {concurrency} concurrent connections (each first sent three rounds of {WarmUpRequestsPerConnection} unmeasured warm-up requests, two of them before the imports, the host left to settle after each), {latencies.Count:N0} requests in {listSeconds:F1} s ({latencies.Count / listSeconds:N0} req/s); "
            + $"host CPU {listCpu * 1000 / latencies.Count:F2} ms per request.")
        .AppendLine()
        .AppendLine("| p50 ms | p95 ms | p99 ms | max ms | target |")
        .AppendLine("|---|---|---|---|---|")
        .AppendLine($"| {Percentile(0.50):F1} | {Percentile(0.95):F1} | {Percentile(0.99):F1} | {latencies[^1]:F1} | p99 < 50 ms |")
        .AppendLine()
        .AppendLine("Command: `build/bench` (rows, concurrency and requests can be passed: `build/bench 100000 32 3200`).");
    // The figures are regenerated; the scale section (written by `build/bench scale`) and the hand-written analysis after
    // the marker are kept.
    const string Marker = "<!-- analysis: kept by build/bench -->";
    const string ScaleSection = "<!-- scale: written by build/bench scale -->";
    var previous = File.Exists(report) ? await File.ReadAllTextAsync(report) : "";
    var kept = new[] { previous.IndexOf(ScaleSection, StringComparison.Ordinal), previous.IndexOf(Marker, StringComparison.Ordinal) }
        .Where(i => i >= 0).DefaultIfEmpty(-1).Min();
    var analysis = kept >= 0 ? previous[kept..] : Marker + Environment.NewLine;
    text.AppendLine().Append(analysis);
    await File.WriteAllTextAsync(report, text.ToString());
    Console.WriteLine(text);
    return 0;

    double Percentile(double p) => latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p * latencies.Count) - 1)];
}
finally
{
    host.Dispose();
    Directory.Delete(data, recursive: true);
}

// The POST until the job's `Completed` is seen, polling every 50 ms; also the upload's share and how long after the job's
// recorded finish its status said so.
static async Task<(double Seconds, double UploadSeconds, double SeenAfterFinishSeconds, long PeakRss, JsonElement Job)> ImportAsync(HttpClient http, string path, string mode, BenchHost host)
{
    var stopwatch = Stopwatch.StartNew();
    await using var file = File.OpenRead(path);
    using var content = new StreamContent(file);
    content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
    var accepted = await (await http.PostAsync($"/api/v1/registry/imports/workers?mode={mode}", content)).Content.ReadFromJsonAsync<JsonElement>();
    var uploadSeconds = stopwatch.Elapsed.TotalSeconds;
    var statusUrl = accepted.GetProperty("statusUrl").GetString()!;
    long peak = 0;
    while (true)
    {
        peak = Math.Max(peak, host.Rss());
        var job = await (await http.GetAsync(statusUrl)).Content.ReadFromJsonAsync<JsonElement>();
        var state = job.GetProperty("state").GetString();
        if (state is "Completed" or "Failed")
        {
            if (state == "Failed" || job.GetProperty("rowsInvalid").GetInt32() > 0)
            {
                throw new InvalidOperationException($"Import {mode} did not complete cleanly: {job}");
            }

            var seen = (DateTimeOffset.UtcNow - job.GetProperty("finishedAt").GetDateTimeOffset()).TotalSeconds;
            return (stopwatch.Elapsed.TotalSeconds, uploadSeconds, seen, peak, job);
        }

        await Task.Delay(50);
    }
}

// The job's own start-to-finish time, from its timestamps.
static double ProcessingSeconds(JsonElement job) =>
    (job.GetProperty("finishedAt").GetDateTimeOffset() - job.GetProperty("startedAt").GetDateTimeOffset()).TotalSeconds;

static double QueuedSeconds(JsonElement job) =>
    (job.GetProperty("startedAt").GetDateTimeOffset() - job.GetProperty("createdAt").GetDateTimeOffset()).TotalSeconds;

static long PendingOutbox(string database)
{
    using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=false");
    connection.Open();
    using var command = connection.CreateCommand();
    command.CommandText = "SELECT COUNT(*) FROM OutboxMessages WHERE ProcessedAt IS NULL";
    return (long)command.ExecuteScalar()!;
}

static Task WarmUpListAsync(ClientSet clients, string street, int requestsPerConnection) =>
    Task.WhenAll(Enumerable.Range(0, clients.Count).Select(async w =>
    {
        for (var r = 0; r < requestsPerConnection; r++)
        {
            using var response = await clients[w].GetAsync($"/api/v1/registry/workers?streetCode={street}&page={1 + (w + r) % 50}&pageSize=20");
            response.EnsureSuccessStatusCode();
        }
    }));

static async Task<string> WriteWorkersCsvAsync(string path, int first, int count, List<string> institutions)
{
    await using var writer = new StreamWriter(path, false, new UTF8Encoding(true));
    await writer.WriteLineAsync("name,idNumber,phone,institutionCreditCode,employmentType,jobTypes,healthCheckDate,accidentInsuranceValidUntil,identityVerified");
    for (var i = first; i < first + count; i++)
    {
        await writer.WriteLineAsync($"工人{i},{IdNumber(i)},1{39 + i % 2}{i:D8},{institutions[i % institutions.Count]},EmployeeBased,Housekeeper,2026-06-01,2027-06-01,是");
    }

    return path;
}

static string IdNumber(int i)
{
    var birth = new DateOnly(1960, 1, 1).AddDays(i / 1000 % 14_000);
    var body = $"150203{birth:yyyyMMdd}{i % 1000:D3}";
    return body + ResidentIdNumber.ComputeCheckCharacter(body);
}

static string CreditCode(int i)
{
    var body = $"91150203MA0BENCH{i % 10}";
    return body + UnifiedSocialCreditCode.ComputeCheckCharacter(body);
}

/// <summary>One HTTP client (and so one connection) per simulated user, kept from the warm-up to the measured run.</summary>
internal sealed class ClientSet(int count, string url, AuthenticationHeaderValue? authorization) : IDisposable
{
    private readonly HttpClient[] _clients = Enumerable.Range(0, count).Select(_ =>
    {
        var client = new HttpClient { BaseAddress = new Uri(url) };
        client.DefaultRequestHeaders.Authorization = authorization;
        return client;
    }).ToArray();

    public int Count => _clients.Length;

    public HttpClient this[int index] => _clients[index];

    public void Dispose()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }
    }
}
