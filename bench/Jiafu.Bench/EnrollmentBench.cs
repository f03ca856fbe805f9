using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Jiafu.Shared.Validation;

/// <summary>
/// Bulk enrollment import (学员批量报名) over HTTP: N rows, each a new person, spread round robin over classes of 500 seats
/// (enough for every row), committed once. Prints the figures (rows/s overall and per half of the file, host CPU, load
/// average); docs/perf.md is edited by hand from them.
/// Usage: Jiafu.Bench &lt;api-dll&gt; &lt;content-root&gt; &lt;report.md&gt; enrollments [rows=20000] [timeout-seconds=3600]
/// </summary>
internal static class EnrollmentBench
{
    private const string Url = "http://127.0.0.1:5198";
    private const int Capacity = 500;

    public static async Task<int> RunAsync(string apiDll, string contentRoot, string[] args)
    {
        var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20_000;
        var timeout = TimeSpan.FromSeconds(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3600);
        var data = Directory.CreateTempSubdirectory("jiafu-bench-enroll").FullName;
        var host = BenchHost.Start(apiDll, contentRoot, data, Url);
        try
        {
            using var http = await host.SignInAsync();

            var body = "91150203MA0BENCH9";
            var provider = await Created(await http.PostAsJsonAsync("/api/v1/registry/institutions", new
            {
                name = "基准测试职业培训学校", creditCode = body + UnifiedSocialCreditCode.ComputeCheckCharacter(body), streetCode = "150203001",
                address = "包头市昆都仑区钢铁大街1号", legalRepresentative = "张三", contactPhone = "0472-5123456", businessFormats = new[] { "Housekeeping" },
            }));
            var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
            var programme = await Created(await http.PostAsJsonAsync("/api/v1/training/programmes", new
            {
                name = "家政服务员岗前培训（基准）", category = "PreJob", providerInstitutionId = provider.GetProperty("id").GetGuid(), requiredHours = 40,
                activeFromYear = today.Year - 1, activeToYear = (int?)null, description = "基准测试",
                subsidyStandards = new[] { new { year = today.Year, trainingSubsidy = 800m, certificationSubsidy = 300m } },
            }));
            var classCount = (rows + Capacity - 1) / Capacity;
            var classes = new List<Guid>();
            for (var i = 0; i < classCount; i++)
            {
                var cls = await Created(await http.PostAsJsonAsync("/api/v1/training/classes", new
                {
                    programmeId = programme.GetProperty("id").GetGuid(), name = $"第{i + 1}期", startDate = today.AddDays(10 + i * 12),
                    endDate = today.AddDays(19 + i * 12), location = "昆区职业技能培训中心", capacity = Capacity, teacher = "李老师",
                }));
                var id = cls.GetProperty("id").GetGuid();
                (await http.PostAsJsonAsync($"/api/v1/training/classes/{id}/open", new { reason = (string?)null })).EnsureSuccessStatusCode();
                classes.Add(id);
            }

            var csv = new StringBuilder("classId,idNumber,name,phone,category,streetCode\n");
            for (var i = 0; i < rows; i++)
            {
                var birth = new DateOnly(1965, 1, 1).AddDays(i / 1000 % 12_000);
                var id = $"150203{birth:yyyyMMdd}{i % 1000:D3}";
                csv.Append(CultureInfo.InvariantCulture, $"{classes[i % classCount]},{id}{ResidentIdNumber.ComputeCheckCharacter(id)},学员{i},1{38 + i % 2}{i:D8},Unemployed,150203001\n");
            }

            var loadBefore = BenchHost.LoadAverage();
            var cpuBefore = host.CpuSeconds();
            var stopwatch = Stopwatch.StartNew();
            using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(csv.ToString()));
            content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            var accepted = await (await http.PostAsync("/api/v1/training/imports/enrollments?mode=commit", content)).Content.ReadFromJsonAsync<JsonElement>();
            var statusUrl = accepted.GetProperty("statusUrl").GetString()!;
            var samples = new List<(double Seconds, int Rows)>();
            JsonElement job;
            while (true)
            {
                job = await (await http.GetAsync(statusUrl)).Content.ReadFromJsonAsync<JsonElement>();
                samples.Add((stopwatch.Elapsed.TotalSeconds, job.GetProperty("rowsRead").GetInt32()));
                if (job.GetProperty("state").GetString() is "Completed" or "Failed" || stopwatch.Elapsed > timeout)
                {
                    break;
                }

                await Task.Delay(200);
            }

            var seconds = stopwatch.Elapsed.TotalSeconds;
            var cpu = host.CpuSeconds() - cpuBefore;
            var state = job.GetProperty("state").GetString();
            var half = samples.FirstOrDefault(s => s.Rows >= rows / 2);
            var last = samples[^1];
            Console.WriteLine($"enrollment import: {rows:N0} rows over {classCount} classes of {Capacity}; state {state}; created {job.GetProperty("created")}; invalid {job.GetProperty("rowsInvalid")}");
            Console.WriteLine($"  elapsed {seconds:F1} s, rows read {last.Rows:N0}, overall {last.Rows / seconds:N1} rows/s" + (state == "Completed" ? $" (to Completed: {rows / seconds:N1} rows/s)" : " (stopped at the timeout)"));
            if (half.Seconds > 0)
            {
                Console.WriteLine($"  first half {half.Rows:N0} rows in {half.Seconds:F1} s = {half.Rows / half.Seconds:N1} rows/s; "
                    + $"after: {(last.Rows - half.Rows) / Math.Max(0.001, last.Seconds - half.Seconds):N1} rows/s");
            }

            var bands = new List<string>();
            var from = (Seconds: 0.0, Rows: 0);
            foreach (var sample in samples)
            {
                if (sample.Rows - from.Rows >= 2_000 || (sample == last && sample.Rows > from.Rows))
                {
                    bands.Add($"{from.Rows:N0}–{sample.Rows:N0}: {(sample.Rows - from.Rows) / Math.Max(0.001, sample.Seconds - from.Seconds):N1}");
                    from = sample;
                }
            }

            Console.WriteLine($"  rows/s by band of rows read: {string.Join("; ", bands)}");
            Console.WriteLine($"  host CPU {cpu:F1} s; 1-minute load average {loadBefore:F2} before, {BenchHost.LoadAverage():F2} after; {Environment.ProcessorCount} cores");
            return state == "Completed" ? 0 : 1;
        }
        finally
        {
            host.Dispose();
            Directory.Delete(data, recursive: true);
        }
    }

    private static async Task<JsonElement> Created(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
