using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Jiafu.Shared.Privacy;
using Jiafu.Shared.Validation;
using Microsoft.Data.Sqlite;

/// <summary>
/// The 10× scale benchmark (issue 8): generates the district's data ten times over into a fresh data folder —
/// 1,000 institutions and 100,000 workers (Registry bulk imports over HTTP), 20,000 trainees (Training: programme and
/// classes over HTTP; trainees, enrollments and completions written into the stopped host's training.db),
/// 50,000 vouchers and 20,000 subsidy applications (no bulk path: written into voucher.db and subsidy.db of the stopped
/// host, personal data encrypted with the host's keys through <see cref="PersonalDataProtector"/>) — then restarts the
/// Release host and times the dashboard and every report form for a district officer and a street officer.
/// </summary>
internal static class ScaleBench
{
    private const string Url = "http://127.0.0.1:5194";
    private const string UserPassword = "Bench-user-pass-1";
    private const string Street = "150203001";
    private const int Institutions = 1_000;
    private const int Workers = 100_000;
    private const int Trainees = 20_000;
    private const int ClassSize = 200;
    private const int Vouchers = 50_000;
    private const int SubsidyApplications = 20_000;
    private const string DoneMarker = "scale-dataset.done";

    // Bench-only keys (never used elsewhere): the generator encrypts with the same keys the host is configured with.
    private static readonly string EncryptionKey = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)(i * 7)).ToArray());
    private static readonly string LookupKey = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)(i * 11)).ToArray());
    private const string KeyId = "bench1";

    // The data set is generated once and reused: its encrypted values and hashes need the same keys on every run.
    private static readonly Dictionary<string, string> HostSettings = new()
    {
        ["PersonalData__EncryptionKey"] = EncryptionKey, ["PersonalData__LookupKey"] = LookupKey, ["PersonalData__KeyId"] = KeyId,
        ["Auth__AccessTokenLifetime"] = "04:00:00",
    };

    private static readonly string[] Streets = Enumerable.Range(1, 12).Select(i => $"1502030{i:D2}").ToArray();
    private static readonly string[] Formats = ["Housekeeping", "ElderlyCare", "CommunityCare", "PatientEscort", "MaternalInfantCare", "FamilyEducation", "FamilyHealth", "CookingTea", "Consulting"];
    private static readonly string[] JobTypes = ["Housekeeper", "ElderlyCarer", "MaternityNurse", "ChildCarer", "PatientCarer", "Cleaner", "Cook", "HealthManager"];
    private static readonly string[] EmploymentTypes = ["EmployeeBased", "Affiliated", "Flexible"];
    private static readonly string[] TraineeCategories = ["Unemployed", "HardToEmploy", "Employed", "RuralMigrant", "CollegeGraduate", "LowIncome", "Other"];
    private static readonly string[] VoucherGroups = ["UrbanUnemployed", "HardToEmploy", "ModelWorker"];
    private static readonly string[] SubsidyItems = ["LoanInterestDiscount", "Award", "TrainingSubsidy", "CertificationSubsidy", "SocialInsuranceSubsidy",
        "UnemploymentInsuranceRefund", "AccidentInsuranceSubsidy", "HealthCheckSubsidy", "ServiceFeeReduction"];

    /// <summary>Usage: scale [repetitions=20] [dataset-folder]. With a folder holding a finished data set, it is copied and measured; otherwise one is generated (and kept there when a folder is given).</summary>
    public static async Task<int> RunAsync(string apiDll, string contentRoot, string report, string[] args)
    {
        var repetitions = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
        var keep = args.Length > 1 ? Path.GetFullPath(args[1]) : null;
        var data = Directory.CreateTempSubdirectory("jiafu-scale").FullName;
        try
        {
            string generation;
            if (keep is not null && File.Exists(Path.Combine(keep, DoneMarker)))
            {
                CopyFolder(keep, data);
                generation = File.ReadAllText(Path.Combine(keep, DoneMarker)).Trim();
                Console.WriteLine($"Using the data set in {keep} ({generation}).");
            }
            else
            {
                generation = await GenerateAsync(apiDll, contentRoot, data);
                await File.WriteAllTextAsync(Path.Combine(data, DoneMarker), generation);
                if (keep is not null)
                {
                    Directory.CreateDirectory(keep);
                    CopyFolder(data, keep);
                }
            }

            var result = await MeasureAsync(apiDll, contentRoot, data, repetitions);
            var section = Section(result, generation, repetitions);
            await WriteReportAsync(report, section);
            Console.WriteLine(section);
            return result.Rows.All(r => r.P95 <= r.Target) ? 0 : 1;
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    // ---------------------------------------------------------------- generation

    private static async Task<string> GenerateAsync(string apiDll, string contentRoot, string data)
    {
        var total = Stopwatch.StartNew();
        var year = ChinaToday().Year;
        var steps = new List<string>();
        Guid programmeId;
        var classes = new List<(Guid Id, DateOnly Start, DateOnly End)>();
        using (var host = BenchHost.Start(apiDll, contentRoot, data, Url, HostSettings))
        {
            using var http = await host.SignInAsync();
            var step = Stopwatch.StartNew();

            // Registry: 1,000 institutions, then 100,000 workers, both through the bulk-import endpoints.
            var institutionsCsv = Path.Combine(data, "institutions.csv");
            await using (var w = new StreamWriter(institutionsCsv, false, new UTF8Encoding(true)))
            {
                await w.WriteLineAsync("name,creditCode,streetCode,address,legalRepresentative,contactPhone,businessFormats");
                for (var i = 0; i < Institutions; i++)
                {
                    var formats = Formats[i % Formats.Length] + (i % 3 == 0 ? ";" + Formats[(i + 4) % Formats.Length] : "");
                    await w.WriteLineAsync($"规模测试家庭服务有限公司{i:D4},{CreditCode(i)},{Streets[i % Streets.Length]},包头市昆都仑区钢铁大街{i}号,张三,0472-5123456,{formats}");
                }
            }

            await ImportAsync(http, "/api/v1/registry/imports/institutions", institutionsCsv);
            steps.Add($"institutions import {step.Elapsed.TotalSeconds:F0} s");
            step.Restart();

            var workersCsv = Path.Combine(data, "workers.csv");
            var today = ChinaToday();
            await using (var w = new StreamWriter(workersCsv, false, new UTF8Encoding(true)))
            {
                await w.WriteLineAsync("name,idNumber,phone,institutionCreditCode,employmentType,jobTypes,healthCheckDate,accidentInsuranceValidUntil,identityVerified");
                for (var i = 0; i < Workers; i++)
                {
                    // Health checks from 13 to 1 months ago (some lapsed, some about to), insurance mostly valid.
                    var health = today.AddDays(-30 - i % 365);
                    var insurance = today.AddDays(i % 10 == 0 ? -20 : 30 + i % 300);
                    await w.WriteLineAsync($"工人{i},{IdNumber(i)},1{39 + i % 2}{i:D8},{CreditCode(i % Institutions)},{EmploymentTypes[i % 3]},"
                        + $"{JobTypes[i % JobTypes.Length]},{health:yyyy-MM-dd},{insurance:yyyy-MM-dd},{(i % 20 == 0 ? "否" : "是")}");
                }
            }

            await ImportAsync(http, "/api/v1/registry/imports/workers", workersCsv);
            steps.Add($"workers import {step.Elapsed.TotalSeconds:F0} s");
            step.Restart();

            // Training: one programme, 100 classes of 200 seats over the year, opened (the trainees are written below).
            var providers = await http.GetFromJsonAsync<JsonElement>("/api/v1/registry/institutions?page=1&pageSize=10");
            var providerId = providers.GetProperty("items")[0].GetProperty("id").GetGuid();
            var programme = await Json(await http.PostAsJsonAsync("/api/v1/training/programmes", new
            {
                name = "家政服务员岗前培训（规模测试）", category = "PreJob", providerInstitutionId = providerId, requiredHours = 40,
                activeFromYear = year - 1, activeToYear = (int?)null, description = (string?)null,
            }));
            programmeId = programme.GetProperty("id").GetGuid();
            var classCount = Trainees / ClassSize;
            for (var c = 0; c < classCount; c++)
            {
                var start = new DateOnly(year, 1, 5).AddDays(c * (today.DayOfYear - 20) / classCount);
                var created = await Json(await http.PostAsJsonAsync("/api/v1/training/classes", new
                {
                    programmeId, name = $"规模测试培训班{c:D3}", startDate = start, endDate = start.AddDays(9), location = "昆都仑区职业技能培训中心",
                    capacity = ClassSize, teacher = "李老师",
                }));
                var id = created.GetProperty("id").GetGuid();
                (await http.PostAsync($"/api/v1/training/classes/{id}/open", null)).EnsureSuccessStatusCode();
                classes.Add((id, start, start.AddDays(9)));
            }

            steps.Add($"training programme and classes over HTTP {step.Elapsed.TotalSeconds:F0} s");
            step.Restart();

            // Let the outbox deliver what the imports published before the host stops.
            await Task.Delay(TimeSpan.FromSeconds(3));
        }

        var direct = Stopwatch.StartNew();
        var protector = new PersonalDataProtector(new PersonalDataKeys(KeyId, Convert.FromBase64String(EncryptionKey), Convert.FromBase64String(LookupKey)));
        var now = DateTimeOffset.UtcNow;
        var institutions = ReadInstitutions(Path.Combine(data, "registry.db"));
        SpreadRegistry(Path.Combine(data, "registry.db"), year, now);
        InsertTrainees(Path.Combine(data, "training.db"), protector, classes, now);
        CompleteTraining(Path.Combine(data, "training.db"), classes.Select(c => (c.Id, c.End)).ToList(), now);
        InsertVouchers(Path.Combine(data, "voucher.db"), protector, institutions, year, now);
        InsertSubsidy(Path.Combine(data, "subsidy.db"), institutions, year, now);
        steps.Add($"direct inserts {direct.Elapsed.TotalSeconds:F0} s");
        foreach (var f in new[] { "institutions.csv", "workers.csv" })
        {
            File.Delete(Path.Combine(data, f));
        }

        return $"generated in {total.Elapsed.TotalSeconds:F0} s ({string.Join(", ", steps)})";
    }

    private static async Task ImportAsync(HttpClient http, string path, string csv)
    {
        await using var file = File.OpenRead(csv);
        using var content = new StreamContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var accepted = await Json(await http.PostAsync($"{path}?mode=commit", content));
        var statusUrl = accepted.GetProperty("statusUrl").GetString()!;
        while (true)
        {
            var job = await http.GetFromJsonAsync<JsonElement>(statusUrl);
            var state = job.GetProperty("state").GetString();
            if (state is "Completed" or "Failed")
            {
                if (state == "Failed" || job.GetProperty("rowsInvalid").GetInt32() > 0)
                {
                    throw new InvalidOperationException($"Import {path} did not complete cleanly: {job}");
                }

                return;
            }

            await Task.Delay(200);
        }
    }

    private static List<(string Id, string Name, string Street, string Format)> ReadInstitutions(string db)
    {
        using var c = Open(db);
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT Id, Name, StreetCode FROM Institutions ORDER BY Name";
        using var r = cmd.ExecuteReader();
        var list = new List<(string, string, string, string)>();
        while (r.Read())
        {
            list.Add((r.GetString(0), r.GetString(1), r.GetString(2), Formats[list.Count % Formats.Length]));
        }

        return list;
    }

    /// <summary>Imports stamp everything "now": spread creation over two years and recognise 60% of the institutions during this year.</summary>
    private static void SpreadRegistry(string db, int year, DateTimeOffset now)
    {
        using var c = Open(db);
        using var tx = c.BeginTransaction();
        var yearStart = new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)).ToUnixTimeMilliseconds();
        var span = now.ToUnixTimeMilliseconds() - yearStart;
        Exec(c, $"UPDATE Institutions SET CreatedAt = {yearStart} - 31536000000 + (rowid * 7919 % 1000) * ({span} + 31536000000) / 1000");
        Exec(c, $"UPDATE Institutions SET Status = 'Recognised', RecognisedAt = max(CreatedAt, {yearStart}) + (rowid * 104729 % 1000) * 20000000 "
            + "WHERE rowid % 10 < 6");
        Exec(c, $"UPDATE Institutions SET RecognisedAt = {now.ToUnixTimeMilliseconds()} - 86400000 WHERE RecognisedAt > {now.ToUnixTimeMilliseconds()}");
        Exec(c, "UPDATE Institutions SET Status = 'PendingRecognition' WHERE rowid % 10 = 6");
        Exec(c, $"UPDATE Workers SET CreatedAt = {yearStart} - 31536000000 + (rowid * 7919 % 100000) * ({span} + 31536000000) / 100000");
        tx.Commit();
    }

    /// <summary>
    /// 20,000 trainees, 200 in each class. Written directly: the enrollment bulk import takes a seat and saves per row, and at this
    /// size it slowed to a few rows per second (see docs/perf.md), so the rows are written as <c>EnrollmentWriter</c> would write them.
    /// </summary>
    private static void InsertTrainees(string db, PersonalDataProtector protector, List<(Guid Id, DateOnly Start, DateOnly End)> classes, DateTimeOffset now)
    {
        using var c = Open(db);
        using var tx = c.BeginTransaction();
        using var t = c.CreateCommand();
        t.CommandText = "INSERT INTO Trainees (Id, Category, CreatedAt, IdNumberEncrypted, IdNumberHash, IdNumberMasked, Name, PhoneEncrypted, PhoneMasked, StreetCode, UpdatedAt) "
            + "VALUES ($id, $category, $at, $idEnc, $hash, $idMask, $name, $phoneEnc, $phoneMask, $street, $at)";
        using var e = c.CreateCommand();
        e.CommandText = "INSERT INTO Enrollments (Id, AttendedHours, ClassId, EndDate, EnrolledAt, StartDate, Status, TraineeId, Version) "
            + "VALUES ($id, 0, $class, $end, $at, $start, 'Enrolled', $trainee, $version)";
        for (var i = 0; i < Trainees; i++)
        {
            var cls = classes[i / ClassSize];
            var idNumber = IdNumber(Workers + i);
            var phone = $"1{37 + i % 2}{i:D8}";
            var traineeId = Guid.NewGuid().ToString().ToUpperInvariant();
            var at = new DateTimeOffset(cls.Start.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)).AddDays(-3).ToUnixTimeMilliseconds();
            Bind(t, ("$id", traineeId), ("$category", TraineeCategories[i % TraineeCategories.Length]), ("$at", at), ("$idEnc", protector.Encrypt(idNumber)),
                ("$hash", protector.LookupHash(idNumber)), ("$idMask", idNumber[..6] + "********" + idNumber[^4..]), ("$name", $"学员{i}"),
                ("$phoneEnc", protector.Encrypt(phone)), ("$phoneMask", phone[..3] + "****" + phone[^4..]), ("$street", Streets[i % Streets.Length]));
            t.ExecuteNonQuery();
            Bind(e, ("$id", Guid.NewGuid().ToString().ToUpperInvariant()), ("$class", cls.Id.ToString().ToUpperInvariant()),
                ("$end", cls.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("$at", at),
                ("$start", cls.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("$trainee", traineeId),
                ("$version", Guid.NewGuid().ToString().ToUpperInvariant()));
            e.ExecuteNonQuery();
        }

        Exec(c, $"UPDATE Classes SET Enrolled = (SELECT COUNT(*) FROM Enrollments e WHERE e.ClassId = Classes.Id)");
        tx.Commit();
    }

    /// <summary>Classes ended: 90% of each class completes on its last day, 10% do not.</summary>
    private static void CompleteTraining(string db, List<(Guid Id, DateOnly End)> classes, DateTimeOffset now)
    {
        using var c = Open(db);
        using var tx = c.BeginTransaction();
        foreach (var (id, end) in classes)
        {
            var cid = id.ToString().ToUpperInvariant();
            Exec(c, $"UPDATE Classes SET Status = 'Completed', CompletedAt = {now.ToUnixTimeMilliseconds()} WHERE upper(Id) = '{cid}'");
            Exec(c, $"UPDATE Enrollments SET Status = 'Completed', CompletedOn = '{end:yyyy-MM-dd}', AttendedHours = 40 WHERE upper(ClassId) = '{cid}' AND rowid % 10 <> 0");
            Exec(c, $"UPDATE Enrollments SET Status = 'NotCompleted', AttendedHours = 20 WHERE upper(ClassId) = '{cid}' AND rowid % 10 = 0");
        }

        tx.Commit();
    }

    private static void InsertVouchers(string db, PersonalDataProtector protector, List<(string Id, string Name, string Street, string Format)> institutions,
        int year, DateTimeOffset now)
    {
        using var c = Open(db);
        using var tx = c.BeginTransaction();
        var batch = Guid.NewGuid().ToString().ToUpperInvariant();
        var nowMs = now.ToUnixTimeMilliseconds();
        var validFrom = new DateOnly(year, 1, 1);
        var validUntil = new DateOnly(year, 12, 31);
        const long Face = 20_000; // 200 yuan
        Exec(c, "INSERT INTO Batches (Id, CreatedAt, CreatedBy, EligibleGroups, FaceValueFen, IssuedCount, Name, Quantity, SettledFen, TotalValueFen, ValidFrom, ValidUntil, Year) "
            + $"VALUES ('{batch}', {nowMs}, 'admin', '{string.Join(",", VoucherGroups)}', {Face}, {Vouchers}, '{year}年规模测试批次', {Vouchers}, 0, {Face * Vouchers}, '{validFrom:yyyy-MM-dd}', '{validUntil:yyyy-MM-dd}', {year})");
        foreach (var s in Streets)
        {
            Exec(c, $"INSERT INTO StreetQuotas (BatchId, StreetCode, Issued, Quota) VALUES ('{batch}', '{s}', {Vouchers / Streets.Length + (s == Streets[0] ? Vouchers % Streets.Length : 0)}, {Vouchers})");
        }

        using var app = c.CreateCommand();
        app.CommandText = "INSERT INTO Applications (Id, Address, ApplicantName, BatchId, CreatedAt, CreatedBy, CreatedById, \"Group\", HouseholdHash, HouseholdSize, "
            + "IdNumberEncrypted, IdNumberMasked, PhoneEncrypted, PhoneMasked, ReviewedAt, ReviewedBy, Status, StreetCode, Version, VoucherId) VALUES "
            + "($id, $address, $name, $batch, $at, 'admin', NULL, $group, $hash, 3, $idEnc, $idMask, $phoneEnc, $phoneMask, $at, 'admin', 'Issued', $street, $version, $voucher)";
        using var v = c.CreateCommand();
        v.CommandText = "INSERT INTO Vouchers (Id, ApplicationId, BatchId, BusinessFormat, Code, FaceValueFen, HolderNameMasked, InstitutionId, InstitutionName, IssuedAt, "
            + "SelectedAt, ServedAt, ServiceDate, ServiceMinutes, Status, StreetCode, UpdatedAt, ValidFrom, ValidUntil, Version, WorkerName) VALUES "
            + "($id, $app, $batch, $format, $code, $face, $holder, $inst, $instName, $issued, $selected, $served, $serviceDate, $minutes, $status, $street, $issued, $from, $until, $version, $worker)";
        var yearStart = new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)).ToUnixTimeMilliseconds();
        var span = nowMs - yearStart - 86_400_000L * 30;
        string[] statuses = ["Issued", "InstitutionSelected", "Scheduled", "Served", "FollowedUp", "Verified", "Reimbursed", "Reimbursed", "Expired", "Served"];
        for (var i = 0; i < Vouchers; i++)
        {
            var appId = Guid.NewGuid().ToString().ToUpperInvariant();
            var voucherId = Guid.NewGuid().ToString().ToUpperInvariant();
            var street = Streets[i % Streets.Length];
            var issued = yearStart + (long)i * span / Vouchers;
            var idNumber = IdNumber(200_000 + i);
            var phone = $"136{i:D8}";
            var at = issued - 86_400_000L * 3;
            Bind(app, ("$id", appId), ("$address", $"包头市昆都仑区测试小区{i % 500}栋{i % 30}号"), ("$name", $"居民{i}"), ("$batch", batch), ("$at", at),
                ("$group", VoucherGroups[i % VoucherGroups.Length]), ("$hash", protector.LookupHash(idNumber)), ("$idEnc", protector.Encrypt(idNumber)),
                ("$idMask", idNumber[..6] + "********" + idNumber[^4..]), ("$phoneEnc", protector.Encrypt(phone)), ("$phoneMask", phone[..3] + "****" + phone[^4..]),
                ("$street", street), ("$version", Guid.NewGuid().ToString().ToUpperInvariant()), ("$voucher", voucherId));
            app.ExecuteNonQuery();

            var status = statuses[i % statuses.Length];
            var selected = status is not "Issued" and not "Expired";
            var used = status is "Served" or "FollowedUp" or "Verified" or "Reimbursed";
            var inst = institutions[i % institutions.Count];
            var serviceDate = DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds(issued + 86_400_000L * (5 + i % 20)).ToOffset(TimeSpan.FromHours(8)).DateTime);
            Bind(v, ("$id", voucherId), ("$app", appId), ("$batch", batch), ("$format", selected ? inst.Format : null), ("$code", $"JF{i:D10}"), ("$face", Face),
                ("$holder", "居*"), ("$inst", selected ? inst.Id : null), ("$instName", selected ? inst.Name : null), ("$issued", issued),
                ("$selected", selected ? issued + 86_400_000L : null), ("$served", used ? issued + 86_400_000L * (5 + i % 20) : null),
                ("$serviceDate", used ? serviceDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null), ("$minutes", used ? 120 : null),
                ("$status", status), ("$street", street), ("$from", validFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                ("$until", validUntil.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("$version", Guid.NewGuid().ToString().ToUpperInvariant()),
                ("$worker", used ? "工*" : null));
            v.ExecuteNonQuery();
        }

        tx.Commit();
    }

    private static void InsertSubsidy(string db, List<(string Id, string Name, string Street, string Format)> institutions, int year, DateTimeOffset now)
    {
        using var c = Open(db);
        using var tx = c.BeginTransaction();
        var nowMs = now.ToUnixTimeMilliseconds();
        foreach (var item in SubsidyItems)
        {
            Exec(c, $"INSERT OR IGNORE INTO FundAllocations (Year, ItemCode, AllocatedFen, PaidFen, RecoveredFen, ReservedFen) VALUES ({year}, '{item}', 100000000, 0, 0, 0)");
        }

        using var a = c.CreateCommand();
        a.CommandText = "INSERT INTO Applications (Id, AmountFen, BreakdownJson, CreatedAt, CreatedBy, CreatedById, InputsJson, InstitutionId, InstitutionName, ItemCode, "
            + "PaidOn, ParameterVersion, Status, StreetCode, UpdatedAt, Version, Year) VALUES "
            + "($id, $amount, '[]', $created, 'operator', 'bench', '{}', $inst, $instName, $item, $paidOn, 1, $status, $street, $created, $version, $year)";
        var yearStart = new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)).ToUnixTimeMilliseconds();
        var span = nowMs - yearStart - 86_400_000L * 20;
        string[] statuses = ["Submitted", "StreetApproved", "Approved", "Returned", "Rejected", "Paid", "Paid", "Paid", "RecoveryOrdered", "Paid"];
        for (var i = 0; i < SubsidyApplications; i++)
        {
            var inst = institutions[i % institutions.Count];
            var created = yearStart + (long)i * span / SubsidyApplications;
            var status = statuses[i % statuses.Length];
            var paid = status is "Paid" or "RecoveryOrdered";
            var paidOn = DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds(created + 86_400_000L * 15).ToOffset(TimeSpan.FromHours(8)).DateTime);
            Bind(a, ("$id", Guid.NewGuid().ToString().ToUpperInvariant()), ("$amount", 50_000L + i % 50 * 10_000L), ("$created", created), ("$inst", inst.Id),
                ("$instName", inst.Name), ("$item", SubsidyItems[i % SubsidyItems.Length]),
                ("$paidOn", paid ? paidOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null), ("$status", status), ("$street", inst.Street),
                ("$version", Guid.NewGuid().ToString().ToUpperInvariant()), ("$year", year));
            a.ExecuteNonQuery();
        }

        tx.Commit();
    }

    // ---------------------------------------------------------------- measurement

    private sealed record Row(string User, string Request, string Kind, double P50, double P95, double Max, double CpuMs, double Target, long Bytes);

    private sealed record Result(List<Row> Rows, double LoadBefore, double LoadAfter, Dictionary<string, long> Counts);

    private static async Task<Result> MeasureAsync(string apiDll, string contentRoot, string data, int repetitions)
    {
        using var host = BenchHost.Start(apiDll, contentRoot, data, Url, HostSettings);
        var counts = new Dictionary<string, long>
        {
            ["institutions"] = Count(Path.Combine(data, "registry.db"), "Institutions"),
            ["workers"] = Count(Path.Combine(data, "registry.db"), "Workers"),
            ["trainees"] = Count(Path.Combine(data, "training.db"), "Trainees"),
            ["vouchers"] = Count(Path.Combine(data, "voucher.db"), "Vouchers"),
            ["subsidy applications"] = Count(Path.Combine(data, "subsidy.db"), "Applications"),
        };
        using var admin = await host.SignInAsync();
        foreach (var (user, role, street) in new[] { ("bench-district", "DistrictOfficer", (string?)null), ("bench-street", "StreetOfficer", Street) })
        {
            var created = await admin.PostAsJsonAsync("/api/v1/identity/users", new
            {
                userName = user, password = UserPassword, displayName = "规模测试 " + user, roles = new[] { role }, streetCode = street, institutionId = (string?)null,
            });
            if (!created.IsSuccessStatusCode && created.StatusCode != System.Net.HttpStatusCode.Conflict)
            {
                throw new InvalidOperationException($"Creating {user}: {(int)created.StatusCode} {await created.Content.ReadAsStringAsync()}");
            }
        }

        var year = ChinaToday().Year;
        var requests = new List<(string Path, string Kind, double Target)>
        {
            ("/api/v1/auth/me", "dashboard", 300),
            ($"/api/v1/dashboard?year={year}", "dashboard", 300),
        };
        foreach (var kind in new[] { "industry-basics", "training", "vouchers", "subsidy", "inspection" })
        {
            requests.Add(($"/api/v1/reports/{kind}?year={year}", "report", 2000));
            requests.Add(($"/api/v1/reports/{kind}/xlsx?year={year}", "report", 2000));
            requests.Add(($"/api/v1/reports/{kind}?year={year}&quarter=3", "report", 2000));
        }

        var loadBefore = BenchHost.LoadAverage();
        var rows = new List<Row>();
        foreach (var user in new[] { "bench-district", "bench-street" })
        {
            using var http = await host.SignInAsync(user, UserPassword);
            foreach (var (path, kind, target) in requests)
            {
                using (var probe = await http.GetAsync(path))
                {
                    if (probe.StatusCode is System.Net.HttpStatusCode.NotFound or System.Net.HttpStatusCode.BadRequest)
                    {
                        continue; // a report kind this build does not have
                    }

                    probe.EnsureSuccessStatusCode();
                }

                var times = new List<double>(repetitions);
                long bytes = 0;
                var cpu0 = host.CpuSeconds();
                for (var r = 0; r < repetitions; r++)
                {
                    var started = Stopwatch.GetTimestamp();
                    using var response = await http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
                    var body = await response.Content.ReadAsByteArrayAsync();
                    times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    response.EnsureSuccessStatusCode();
                    bytes = body.Length;
                }

                var cpu = (host.CpuSeconds() - cpu0) * 1000 / repetitions;
                times.Sort();
                rows.Add(new Row(user == "bench-district" ? "district officer" : "street officer", path, kind,
                    Percentile(times, 0.50), Percentile(times, 0.95), times[^1], cpu, target, bytes));
                Console.WriteLine($"{user} {path}: p50 {Percentile(times, 0.50):F1} p95 {Percentile(times, 0.95):F1} max {times[^1]:F1} ms, cpu {cpu:F1} ms");
            }
        }

        return new Result(rows, loadBefore, BenchHost.LoadAverage(), counts);
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private const string Begin = "<!-- scale: written by build/bench scale -->";
    private const string End = "<!-- /scale -->";

    private static string Section(Result result, string generation, int repetitions)
    {
        var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':')[1].Trim() ?? "unknown";
        var text = new StringBuilder()
            .AppendLine(Begin)
            .AppendLine("## Dashboard and report forms at 10× the district's data (issue 8)")
            .AppendLine()
            .AppendLine($"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC by `build/bench scale {repetitions}` on {Environment.ProcessorCount} cores ({cpu}), .NET {Environment.Version}, "
                + $"SQLite, Release build, the API as a separate process; 1-minute load average {result.LoadBefore:F2} before, {result.LoadAfter:F2} after.")
            .AppendLine()
            .AppendLine("Data set: " + string.Join(", ", result.Counts.Select(c => $"{c.Value:N0} {c.Key}")) + $"; {generation}.")
            .AppendLine()
            .AppendLine($"Each request is sent {repetitions} times one after another (after one untimed warm-up) on loopback; the time is from sending the "
                + "request to the last byte of the body (the host sends no `Server-Timing`, so this is server time plus the loopback round trip, well under 1 ms). "
                + "Host CPU is the API process's user+system time divided by the repetitions.")
            .AppendLine()
            .AppendLine("| user | request | p50 ms | p95 ms | max ms | host CPU ms | body bytes | target (p95) |")
            .AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var r in result.Rows)
        {
            var ok = r.P95 <= r.Target ? "met" : "**missed**";
            text.AppendLine($"| {r.User} | `GET {r.Request}` | {r.P50:F1} | {r.P95:F1} | {r.Max:F1} | {r.CpuMs:F1} | {r.Bytes:N0} | < {r.Target:N0} ms: {ok} |");
        }

        return text.AppendLine().Append(End).ToString();
    }

    /// <summary>Replaces the scale section of the report (or inserts it before the kept analysis), leaving everything else as it is.</summary>
    private static async Task WriteReportAsync(string report, string section)
    {
        var text = File.Exists(report) ? await File.ReadAllTextAsync(report) : "# Performance\n";
        var at = text.IndexOf(Begin, StringComparison.Ordinal);
        if (at >= 0)
        {
            var end = text.IndexOf(End, at, StringComparison.Ordinal);
            text = text[..at] + section + text[(end + End.Length)..];
        }
        else
        {
            const string Marker = "<!-- analysis: kept by build/bench -->";
            var m = text.IndexOf(Marker, StringComparison.Ordinal);
            text = m >= 0 ? text[..m] + section + "\n\n" + text[m..] : text.TrimEnd() + "\n\n" + section + "\n";
        }

        await File.WriteAllTextAsync(report, text);
    }

    // ---------------------------------------------------------------- helpers

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
        }

        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static SqliteConnection Open(string path)
    {
        var c = new SqliteConnection($"Data Source={path};Pooling=false");
        c.Open();
        Exec(c, "PRAGMA cache_size = -65536");
        return c;
    }

    private static void Exec(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private static long Count(string db, string table)
    {
        using var c = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=false");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return (long)cmd.ExecuteScalar()!;
    }

    private static void Bind(SqliteCommand cmd, params (string Name, object? Value)[] values)
    {
        cmd.Parameters.Clear();
        foreach (var (name, value) in values)
        {
            cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(dir.Replace(from, to, StringComparison.Ordinal));
        }

        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, file.Replace(from, to, StringComparison.Ordinal), overwrite: true);
        }
    }

    private static DateOnly ChinaToday() => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);


    /// <summary>A valid resident ID number, unique per <paramref name="i"/> below 1,000,000: birth dates over 27 years, the sequence carrying the rest.</summary>
    private static string IdNumber(int i)
    {
        var birth = new DateOnly(1966, 1, 1).AddDays(i % 10_000);
        var body = $"150203{birth:yyyyMMdd}{i / 10_000:D3}";
        return body + ResidentIdNumber.ComputeCheckCharacter(body);
    }

    private static string CreditCode(int i)
    {
        var body = $"91150203MA0B{i:D5}";
        return body + UnifiedSocialCreditCode.ComputeCheckCharacter(body);
    }
}
