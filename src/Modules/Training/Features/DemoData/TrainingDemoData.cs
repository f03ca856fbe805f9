using System.Diagnostics;
using System.Globalization;
using Jiafu.Contracts.Registry;
using Jiafu.Shared;
using Jiafu.Shared.District;
using Jiafu.Shared.Privacy;
using Jiafu.Shared.Validation;
using Jiafu.Training.Data;
using Jiafu.Training.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Jiafu.Training.Features.DemoData;

/// <summary>
/// With <c>Bootstrap:SeedDemoData=true</c> and an empty Training database: programmes of the register's training bases and
/// institutions, and a year of classes — completed ones from January up to last month reaching about 70% of the yearly
/// target, with attendance, assessments and certificates, and open, running and planned ones after. Deterministic (fixed
/// seed); written in one transaction without integration events (the register's own demo data stands alone).
/// </summary>
public sealed class TrainingDemoData(
    TrainingDbContext db, IRegistryReader registry, IPersonalDataProtector protector, IOptions<BootstrapOptions> bootstrap,
    IOptions<TrainingOptions> options, IOptions<DistrictOptions> district, TimeProvider time, ILogger<TrainingDemoData> logger) : IBootstrapStep
{
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗"];
    private static readonly string[] Given = ["秀英", "桂兰", "玉兰", "海燕", "丽娟", "红霞", "淑珍", "建华", "春梅", "晓燕", "美玲", "丽华", "金凤", "翠花", "志强", "建国", "秀兰", "敏", "静", "丽"];

    private static readonly (string Category, string Name, int Hours, long TrainingFen, long CertificationFen)[] Programmes =
    [
        ("PreJob", "家政服务员岗前培训", 40, 80_000, 30_000),
        ("SkillUpgrade", "母婴护理员技能提升培训", 80, 150_000, 50_000),
        ("SkillUpgrade", "养老护理员技能提升培训", 80, 150_000, 50_000),
        ("Manager", "家庭服务业经理人培训", 24, 60_000, 0),
        ("WomenHousekeeping", "巾帼家政服务专项培训", 40, 100_000, 30_000),
        ("FamilyEducation", "家庭教育指导培训", 24, 50_000, 20_000),
        ("FamilyHealth", "家庭保健按摩培训", 32, 60_000, 20_000),
        ("CookingTea", "家庭烹饪与茶艺培训", 32, 60_000, 20_000),
        ("Consulting", "家庭服务咨询培训", 16, 40_000, 0),
        ("CommunityService", "社区家庭服务专项培训", 24, 50_000, 20_000),
    ];

    public int Order => 120;

    /// <summary>Completions to reach, as a share of the yearly target.</summary>
    public double TargetShare { get; init; } = 0.70;

    public async Task RunAsync(CancellationToken ct)
    {
        if (!bootstrap.Value.SeedDemoData || await db.Set<Programme>().AnyAsync(ct))
        {
            return;
        }

        var providers = await registry.ListActiveInstitutionsAsync(options.Value.TrainingBaseTitles, 6, ct);
        if (providers.Count < 3)
        {
            providers = [.. providers, .. await registry.ListActiveInstitutionsAsync([], 6 - providers.Count, ct)];
        }

        if (providers.Count == 0)
        {
            logger.LogInformation("No recognised institutions in the register: no training demo data");
            return;
        }

        var watch = Stopwatch.StartNew();
        var random = new Random(2026);
        var now = time.GetUtcNow();
        var today = TrainingRules.Today(time);
        var year = today.Year;
        var streets = district.Value.EffectiveStreets;
        var traineeCategories = options.Value.EffectiveTraineeCategories;
        var levels = options.Value.EffectiveSkillLevels;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        var programmes = Programmes.Select((p, i) =>
        {
            var provider = providers[i % providers.Count];
            var programme = new Programme
            {
                Name = p.Name, Category = p.Category, ProviderInstitutionId = provider.Id, ProviderName = provider.Name,
                ProviderStreetCode = provider.StreetCode, RequiredHours = p.Hours, ActiveFromYear = year - 1, CreatedAt = now.AddDays(-400),
                UpdatedAt = now.AddDays(-400), Description = "示范数据",
            };
            programme.SubsidyStandards =
            [
                new SubsidyStandard { ProgrammeId = programme.Id, Year = year - 1, TrainingSubsidyFen = p.TrainingFen, CertificationSubsidyFen = p.CertificationFen },
                new SubsidyStandard { ProgrammeId = programme.Id, Year = year, TrainingSubsidyFen = p.TrainingFen, CertificationSubsidyFen = p.CertificationFen },
            ];
            return programme;
        }).ToList();
        db.AddRange(programmes);

        var wanted = (int)(options.Value.AnnualTarget * TargetShare);
        var completions = 0;
        var seenIds = new HashSet<string>();
        var sequence = 0;
        var month = 1;
        while (completions < wanted && month < today.Month)
        {
            foreach (var _ in Enumerable.Range(0, 5))
            {
                if (completions >= wanted)
                {
                    break;
                }

                var programme = programmes[random.Next(programmes.Count)];
                var start = new DateOnly(year, month, 1 + random.Next(0, 15));
                var days = Math.Max(2, programme.RequiredHours / 8);
                var cls = NewClass(programme, start, start.AddDays(days - 1), ++sequence, 30 + random.Next(0, 16), now);
                cls.Status = ClassStatus.Completed;
                cls.CompletedAt = new DateTimeOffset(cls.EndDate.ToDateTime(new TimeOnly(18, 0)), TimeSpan.FromHours(8));
                if (month < today.Month - 2)
                {
                    cls.Status = ClassStatus.Settled;
                }

                db.Add(cls);
                completions += AddTrainees(cls, programme, cls.Capacity - random.Next(0, 6), completed: true);
            }

            month++;
        }

        // The rest of the year: a class running now, one open for enrollment and one planned.
        foreach (var (status, offset) in new[] { (ClassStatus.InProgress, -2), (ClassStatus.Open, 10), (ClassStatus.Planned, 20) })
        {
            var programme = programmes[random.Next(programmes.Count)];
            var start = today.AddDays(offset);
            var cls = NewClass(programme, start, start.AddDays(Math.Max(2, programme.RequiredHours / 8) - 1), ++sequence, 40, now);
            cls.Status = status;
            db.Add(cls);
            if (status != ClassStatus.Planned)
            {
                AddTrainees(cls, programme, status == ClassStatus.Open ? 12 : 35, completed: false);
            }
        }

        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        logger.LogInformation("Seeded training demo data: {Classes} classes, {Completions} completions in {Elapsed} ms", sequence, completions,
            watch.ElapsedMilliseconds);
        return;

        int AddTrainees(TrainingClass cls, Programme programme, int count, bool completed)
        {
            var done = 0;
            cls.Enrolled = count;
            var sessions = Enumerable.Range(0, cls.EndDate.DayNumber - cls.StartDate.DayNumber + 1).Select(cls.StartDate.AddDays).ToList();
            var hoursPerSession = decimal.Round((decimal)programme.RequiredHours / sessions.Count, 1, MidpointRounding.ToPositiveInfinity);
            for (var i = 0; i < count; i++)
            {
                var idNumber = NewIdNumber(random, seenIds);
                var name = Surnames[random.Next(Surnames.Length)] + Given[random.Next(Given.Length)];
                var trainee = new Trainee
                {
                    Name = name, IdNumberEncrypted = protector.Encrypt(idNumber), IdNumberHash = protector.LookupHash(idNumber),
                    IdNumberMasked = Mask.IdNumber(idNumber), Category = traineeCategories[random.Next(traineeCategories.Count)].Code,
                    StreetCode = streets[random.Next(streets.Count)].Code, CreatedAt = now, UpdatedAt = now,
                };
                var enrollment = new Enrollment
                {
                    ClassId = cls.Id, TraineeId = trainee.Id, StartDate = cls.StartDate, EndDate = cls.EndDate,
                    EnrolledAt = now.AddDays(cls.StartDate.DayNumber - today.DayNumber - 7),
                };
                db.Add(trainee);
                db.Add(enrollment);
                var attended = completed ? sessions : sessions.Where(d => d <= today).ToList();
                var missed = completed && random.Next(12) == 0 ? 2 : 0;
                foreach (var date in attended.Skip(missed))
                {
                    db.Add(new AttendanceRecord
                    {
                        EnrollmentId = enrollment.Id, ClassId = cls.Id, SessionDate = date, Hours = hoursPerSession, RecordedAt = now, RecordedBy = "demo",
                    });
                    enrollment.AttendedHours += hoursPerSession;
                }

                if (!completed)
                {
                    continue;
                }

                if (enrollment.AttendedHours < programme.RequiredHours)
                {
                    enrollment.Status = EnrollmentStatus.NotCompleted;
                    continue;
                }

                enrollment.Status = EnrollmentStatus.Completed;
                enrollment.CompletedOn = cls.EndDate;
                done++;
                if (programme.SubsidyStandards[0].CertificationSubsidyFen == 0 || random.Next(10) < 3)
                {
                    continue;
                }

                var passed = random.Next(10) > 0;
                enrollment.AssessmentResult = passed ? AssessmentResult.Passed : AssessmentResult.Failed;
                enrollment.AssessedOn = cls.EndDate.AddDays(7);
                if (!passed)
                {
                    continue;
                }

                enrollment.SkillLevel = levels[random.Next(Math.Min(3, levels.Count))].Code;
                enrollment.CertificateNumber = $"{year}{cls.StartDate.Month:D2}{random.Next(100000, 999999)}";
                var validity = options.Value.CertificateValidityYears;
                db.Add(new Certificate
                {
                    Code = CertificateCode.New(), EnrollmentId = enrollment.Id, TraineeId = trainee.Id, ClassId = cls.Id,
                    HolderNameMasked = Mask.Name(name), ProgrammeName = programme.Name, Category = programme.Category,
                    SkillLevel = enrollment.SkillLevel, CertificateNumber = enrollment.CertificateNumber, IssuedOn = enrollment.AssessedOn.Value,
                    ValidUntil = validity > 0 ? enrollment.AssessedOn.Value.AddYears(validity).AddDays(-1) : null,
                });
            }

            return done;
        }
    }

    private static TrainingClass NewClass(Programme programme, DateOnly start, DateOnly end, int sequence, int capacity, DateTimeOffset now) => new()
    {
        ProgrammeId = programme.Id, InstitutionId = programme.ProviderInstitutionId, ProviderStreetCode = programme.ProviderStreetCode,
        Name = $"{programme.Name}第{sequence}期", StartDate = start, EndDate = end, Location = programme.ProviderName + "培训教室",
        Capacity = capacity, Teacher = "王老师", CreatedAt = now, UpdatedAt = now,
    };

    private static string NewIdNumber(Random random, HashSet<string> seen)
    {
        while (true)
        {
            var birth = new DateOnly(1965, 1, 1).AddDays(random.Next(0, 35 * 365));
            var body = "150203" + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + random.Next(0, 1000).ToString("D3", CultureInfo.InvariantCulture);
            var id = body + ResidentIdNumber.ComputeCheckCharacter(body);
            if (seen.Add(id))
            {
                return id;
            }
        }
    }
}
