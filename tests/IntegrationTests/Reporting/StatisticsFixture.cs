using Jiafu.Inspection.Data;
using Jiafu.Inspection.Domain;
using Jiafu.IntegrationTests.Infrastructure;
using Jiafu.IntegrationTests.Registry;
using Jiafu.Registry.Data;
using Jiafu.Registry.Domain;
using Jiafu.Subsidy.Data;
using Jiafu.Subsidy.Domain;
using Jiafu.Training.Data;
using Jiafu.Training.Domain;
using Jiafu.Voucher.Data;
using Jiafu.Voucher.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace Jiafu.IntegrationTests.Reporting;

/// <summary>
/// A small known data set for <see cref="Year"/> written straight into each module's database, so every figure of the
/// statistics, the dashboard and the reports can be counted by hand (see the comments on each record).
/// Streets: A = 少先路街道 (150203001), B = 沼潭街道 (150203002).
/// </summary>
public sealed class StatisticsFixture : IAsyncLifetime
{
    public const int Year = 2019;
    public const string StreetA = RegistryTestData.StreetA;
    public const string StreetB = RegistryTestData.StreetB;

    public JiafuApiFactory Factory { get; } = new();

    /// <summary>Street A, Housekeeping + ElderlyCare, recognised 2019-03-10; two workers (green, yellow).</summary>
    public Guid Institution1 { get; } = Guid.CreateVersion7();

    /// <summary>Street A, Housekeeping, pending recognition; no workers.</summary>
    public Guid Institution2 { get; } = Guid.CreateVersion7();

    /// <summary>Street B, MaternalInfantCare, recognised 2019-07-01; one revoked worker; a city brand of 2019.</summary>
    public Guid Institution3 { get; } = Guid.CreateVersion7();

    /// <summary>An inspector assigned to inspection tasks T1, T2, T5 and spot check S1 (see <see cref="SeedInspectionAsync"/>).</summary>
    public CreatedUser Inspector { get; private set; } = null!;

    private static DateTimeOffset China(int year, int month, int day) => new(year, month, day, 10, 0, 0, TimeSpan.FromHours(8));

    public async ValueTask InitializeAsync()
    {
        _ = Factory.Server;
        using var scope = Factory.Services.CreateScope();
        await SeedRegistryAsync(scope.ServiceProvider.GetRequiredService<RegistryDbContext>());
        await SeedTrainingAsync(scope.ServiceProvider.GetRequiredService<TrainingDbContext>());
        await SeedVouchersAsync(scope.ServiceProvider.GetRequiredService<VoucherDbContext>());
        await SeedSubsidyAsync(scope.ServiceProvider.GetRequiredService<SubsidyDbContext>());
        var admin = await Factory.CreateSignedInClientAsync();
        Inspector = await admin.CreateScopedUserAsync("Inspector");
        await SeedInspectionAsync(scope.ServiceProvider.GetRequiredService<InspectionDbContext>());
    }

    public ValueTask DisposeAsync() => Factory.DisposeAsync();

    private async Task SeedRegistryAsync(RegistryDbContext db)
    {
        Institution NewInstitution(Guid id, string street, DateTimeOffset created, params string[] formats) => new()
        {
            Id = id, Name = RegistryTestData.NewInstitutionName(), CreditCode = RegistryTestData.NewCreditCode(), StreetCode = street,
            Address = "测试路1号", LegalRepresentative = "张三", ContactPhone = "13800000000", BusinessFormats = [.. formats],
            CreatedAt = created, UpdatedAt = created,
        };

        var i1 = NewInstitution(Institution1, StreetA, China(Year, 1, 5), "Housekeeping", "ElderlyCare");
        i1.ChangeStatus(InstitutionAction.ApplyForRecognition, null, "test", China(Year, 3, 1));
        i1.ChangeStatus(InstitutionAction.Recognise, null, "test", China(Year, 3, 10));
        var i2 = NewInstitution(Institution2, StreetA, China(Year, 2, 1), "Housekeeping");
        i2.ChangeStatus(InstitutionAction.ApplyForRecognition, null, "test", China(Year, 2, 2));
        var i3 = NewInstitution(Institution3, StreetB, China(Year, 6, 1), "MaternalInfantCare");
        i3.ChangeStatus(InstitutionAction.ApplyForRecognition, null, "test", China(Year, 6, 2));
        i3.ChangeStatus(InstitutionAction.Recognise, null, "test", China(Year, 7, 1));
        // Registered after the year: never in the year's figures (and not pending, so no to-do either).
        var i4 = NewInstitution(Guid.CreateVersion7(), StreetB, China(Year + 1, 2, 1), "Housekeeping");
        db.AddRange(i1, i2, i3, i4);

        db.Add(new ServicePoint
        {
            Kind = ServicePointKind.CommunityStation, Name = "测试社区家庭服务站", InstitutionId = Institution1, StreetCode = StreetA,
            Address = "测试路2号", Status = InstitutionStatus.Recognised, RecognisedAt = China(Year, 5, 5),
            CreatedAt = China(Year, 4, 1), UpdatedAt = China(Year, 5, 5),
        });
        db.Add(new InstitutionTitle { InstitutionId = Institution3, Title = "BaotouCharacteristicBrand", Level = "City", Year = Year, GrantedAt = China(Year, 9, 1) });
        db.Add(new InstitutionTitle
        {
            InstitutionId = Institution1, Title = "BaotouCharacteristicBrand", Level = "City", Year = Year, GrantedAt = China(Year, 9, 1),
            WithdrawnAt = China(Year, 10, 1), WithdrawnReason = "测试撤销",
        });

        var farFuture = new DateOnly(2099, 12, 31);
        Worker NewWorker(Guid institution, string street, Gender gender, DateOnly birth, EmploymentType type, params string[] jobs) => new()
        {
            Name = "测试人员", IdNumberEncrypted = "x", IdNumberHash = Guid.NewGuid().ToString("N"), IdNumberMasked = "1502**********0000",
            Gender = gender, BirthDate = birth, InstitutionId = institution, StreetCode = street, EmploymentType = type, JobTypes = [.. jobs],
            CreatedAt = China(Year, 8, 1), UpdatedAt = China(Year, 8, 1),
        };

        // Green: verified, health check and insurance valid. 34 at the end of 2019.
        var green = NewWorker(Institution1, StreetA, Gender.Female, new DateOnly(1985, 5, 1), EmploymentType.EmployeeBased, "Housekeeper", "Cleaner");
        green.IdentityVerified = true;
        green.HealthCheckValidUntil = farFuture;
        green.AccidentInsuranceValidUntil = farFuture;
        // Yellow: not verified. 59 at the end of 2019; health check expiring within 30 days of today (a to-do).
        var yellow = NewWorker(Institution1, StreetA, Gender.Female, new DateOnly(1960, 1, 1), EmploymentType.Affiliated, "ElderlyCarer");
        yellow.HealthCheckValidUntil = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10);
        // Red: revoked. 24 at the end of 2019.
        var red = NewWorker(Institution3, StreetB, Gender.Male, new DateOnly(1995, 6, 1), EmploymentType.Flexible, "Housekeeper");
        red.IsRevoked = true;
        red.RevokedReason = "测试";
        db.AddRange(green, yellow, red);
        await db.SaveChangesAsync();
    }

    private async Task SeedTrainingAsync(TrainingDbContext db)
    {
        var programme = new Programme
        {
            Name = "测试岗前培训", Category = "PreJob", ProviderInstitutionId = Institution1, ProviderName = "测试机构", ProviderStreetCode = StreetA,
            RequiredHours = 40, ActiveFromYear = Year, CreatedAt = China(Year, 1, 1), UpdatedAt = China(Year, 1, 1),
        };
        var cls = new TrainingClass
        {
            ProgrammeId = programme.Id, InstitutionId = Institution1, ProviderStreetCode = StreetA, Name = "测试一班", Location = "测试路1号",
            StartDate = new DateOnly(Year, 4, 1), EndDate = new DateOnly(Year, 4, 20), Capacity = 30, Enrolled = 2, Status = ClassStatus.Completed,
            CreatedAt = China(Year, 3, 1), UpdatedAt = China(Year, 4, 20),
        };
        Trainee NewTrainee(string street, string category) => new()
        {
            Name = "测试学员", IdNumberEncrypted = "x", IdNumberHash = Guid.NewGuid().ToString("N"), IdNumberMasked = "1502**********0000",
            Category = category, StreetCode = street, CreatedAt = China(Year, 3, 1), UpdatedAt = China(Year, 3, 1),
        };
        var a = NewTrainee(StreetA, "Unemployed");
        var b = NewTrainee(StreetB, "HardToEmploy");
        var withdrawn = NewTrainee(StreetA, "Unemployed");
        Enrollment Enrol(Trainee t, EnrollmentStatus status) => new()
        {
            ClassId = cls.Id, TraineeId = t.Id, StartDate = cls.StartDate, EndDate = cls.EndDate, Status = status, EnrolledAt = China(Year, 3, 15),
            AttendedHours = status == EnrollmentStatus.Completed ? 40 : 0,
            CompletedOn = status == EnrollmentStatus.Completed ? new DateOnly(Year, 4, 20) : null,
        };
        var ea = Enrol(a, EnrollmentStatus.Completed);
        var eb = Enrol(b, EnrollmentStatus.Completed);
        var ew = Enrol(withdrawn, EnrollmentStatus.Withdrawn);
        db.AddRange(programme, cls, a, b, withdrawn, ea, eb, ew);
        // Street A's trainee is certified in May.
        db.Add(new Certificate
        {
            Code = Guid.NewGuid().ToString("N")[..16].ToUpperInvariant(), EnrollmentId = ea.Id, TraineeId = a.Id, ClassId = cls.Id,
            HolderNameMasked = "测*", ProgrammeName = programme.Name, Category = "PreJob", SkillLevel = "Qualified",
            CertificateNumber = "T-" + Guid.NewGuid().ToString("N")[..8], IssuedOn = new DateOnly(Year, 5, 1),
        });
        await db.SaveChangesAsync();
    }

    private async Task SeedVouchersAsync(VoucherDbContext db)
    {
        var batch = new VoucherBatch
        {
            Name = "测试批次" + Guid.NewGuid().ToString("N")[..6], Year = Year, Quantity = 10, FaceValueFen = 20_000, TotalValueFen = 200_000,
            ValidFrom = new DateOnly(Year, 1, 1), ValidUntil = new DateOnly(Year, 12, 31), IssuedCount = 4, CreatedAt = China(Year, 1, 1), CreatedBy = "test",
        };
        db.Add(batch);
        EmploymentVoucher NewVoucher(string street, DateTimeOffset issued, VoucherStatus status) => new()
        {
            Code = Guid.NewGuid().ToString("N")[..12].ToUpperInvariant(), BatchId = batch.Id, ApplicationId = Guid.NewGuid(), StreetCode = street,
            HolderNameMasked = "测*", FaceValueFen = 20_000, ValidFrom = batch.ValidFrom, ValidUntil = batch.ValidUntil, Status = status,
            IssuedAt = issued, UpdatedAt = issued,
        };
        // Street A: one unused (March), one reimbursed (issued March, served April) at institution 1.
        var unused = NewVoucher(StreetA, China(Year, 3, 5), VoucherStatus.Issued);
        var reimbursed = NewVoucher(StreetA, China(Year, 3, 20), VoucherStatus.Reimbursed);
        reimbursed.InstitutionId = Institution1;
        reimbursed.BusinessFormat = "Housekeeping";
        reimbursed.ServiceDate = new DateOnly(Year, 4, 10);
        // Street B: one served (issued and served in May) at institution 3.
        var served = NewVoucher(StreetB, China(Year, 5, 1), VoucherStatus.Served);
        served.InstitutionId = Institution3;
        served.BusinessFormat = "ElderlyCare";
        served.ServiceDate = new DateOnly(Year, 5, 15);
        // Street B: issued the year before (not in the year's issued figures), served in January.
        var earlier = NewVoucher(StreetB, China(Year - 1, 12, 1), VoucherStatus.Verified);
        earlier.ServiceDate = new DateOnly(Year, 1, 10);
        db.AddRange(unused, reimbursed, served, earlier);
        await db.SaveChangesAsync();
    }

    private async Task SeedSubsidyAsync(SubsidyDbContext db)
    {
        db.Add(new FundAllocation { Year = Year, ItemCode = PolicyItems.Award, AllocatedFen = 10_000_000 });
        SubsidyApplication NewApplication(string item, Guid institution, string street, long fen, DateTimeOffset created, SubsidyApplicationStatus status) => new()
        {
            ItemCode = item, Year = Year, InstitutionId = institution, InstitutionName = "测试机构", StreetCode = street, AmountFen = fen,
            InputsJson = "{}", BreakdownJson = "[]", Status = status, CreatedAt = created, CreatedBy = "test", CreatedById = "test", UpdatedAt = created,
        };
        var award = NewApplication(PolicyItems.Award, Institution1, StreetA, 5_000_000, China(Year, 2, 1), SubsidyApplicationStatus.Paid);
        award.PaidOn = new DateOnly(Year, 3, 1);
        var training = NewApplication(PolicyItems.TrainingSubsidy, Institution3, StreetB, 123_450, China(Year, 6, 1), SubsidyApplicationStatus.Paid);
        training.PaidOn = new DateOnly(Year, 6, 20);
        var waiting = NewApplication(PolicyItems.Award, Institution2, StreetA, 1_000_000, China(Year, 7, 1), SubsidyApplicationStatus.Submitted);
        db.AddRange(award, training, waiting);
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// Campaign 2019 with five tasks — T1 street A 合格 (inspected 04-10), T2 street A 限期整改 open (05-10, due in 30 days), T3 street B
    /// 不合格 (08-05), T4 street B escalated (限期整改 05-20, due 06-20), T5 street B pending — and a 2018 campaign with one task passed
    /// 2018-12-20. The inspector is on T1, T2, T5. Spot-check plan 2019: S1 institution 1 (street A) 属实 09-01 (the inspector), S2
    /// institution 3 (street B) 不实 10-15, S3 institution 2 (street A) pending; a 2018 plan with one check. Integrity profiles:
    /// institution 1 A and red list, institution 3 C, T4's institution D and black list.
    /// </summary>
    private async Task SeedInspectionAsync(InspectionDbContext db)
    {
        var template = new ChecklistTemplate { Code = "T-" + Guid.NewGuid().ToString("N")[..8], Name = "测试检查表", VersionNumber = 1, ObjectType = InspectionObjectType.Institution, CreatedAt = China(Year, 1, 1) };
        var campaign = new Campaign { Year = Year, Name = "2019年度机构年检复核", TemplateId = template.Id, TaskCount = 5, CreatedAt = China(Year, 3, 1) };
        var earlier = new Campaign { Year = Year - 1, Name = "2018年度机构年检复核", TemplateId = template.Id, TaskCount = 1, CreatedAt = China(Year - 1, 3, 1) };
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        InspectionTask Task(Campaign c, Guid institution, string street, InspectionTaskStatus status, DateOnly? inspected, bool mine) => new()
        {
            CampaignId = c.Id, ObjectType = InspectionObjectType.Institution, ObjectId = institution, ObjectName = "测试机构" + institution.ToString()[..4],
            InstitutionId = institution, StreetCode = street, Status = status, InspectedOn = inspected, Score = inspected is null ? null : 80,
            Inspectors = mine ? [new TaskInspector { UserId = Inspector.Id.ToString(), Name = "测试检查员" }] : [],
        };
        var i4 = Guid.CreateVersion7();
        var t2 = Task(campaign, Institution2, StreetA, InspectionTaskStatus.Rectify, new DateOnly(Year, 5, 10), true);
        t2.RectifyBy = today.AddDays(30);
        var t4 = Task(campaign, i4, StreetB, InspectionTaskStatus.Escalated, new DateOnly(Year, 5, 20), false);
        t4.RectifyBy = new DateOnly(Year, 6, 20);
        db.AddRange(template, campaign, earlier,
            Task(campaign, Institution1, StreetA, InspectionTaskStatus.Passed, new DateOnly(Year, 4, 10), true), t2,
            Task(campaign, Institution3, StreetB, InspectionTaskStatus.Failed, new DateOnly(Year, 8, 5), false), t4,
            Task(campaign, Guid.CreateVersion7(), StreetB, InspectionTaskStatus.Pending, null, true),
            Task(earlier, Institution1, StreetA, InspectionTaskStatus.Passed, new DateOnly(Year - 1, 12, 20), false));

        SpotCheckPlan Plan(int year) => new()
        {
            Name = $"{year}年双随机抽查", Year = year, Seed = new string('a', 32), SeedRecordedAt = China(year, 8, 1), RateA = 100, RateB = 100, RateC = 100,
            RateD = 100, InspectorsPerObject = 2, Status = SpotCheckPlanStatus.Drawn, CreatedAt = China(year, 8, 1),
        };
        var plan = Plan(Year);
        var oldPlan = Plan(Year - 1);
        SpotCheck Check(SpotCheckPlan p, Guid institution, string street, SpotCheckResult result, DateOnly? checkedOn, bool mine) => new()
        {
            PlanId = p.Id, ObjectId = institution, ObjectName = "测试机构" + institution.ToString()[..4], StreetCode = street, Rank = Guid.NewGuid().ToString("N"),
            Result = result, CheckedOn = checkedOn,
            Inspectors = mine ? [new SpotCheckInspector { UserId = Inspector.Id.ToString(), Name = "测试检查员" }] : [],
        };
        db.AddRange(plan, oldPlan,
            Check(plan, Institution1, StreetA, SpotCheckResult.Confirmed, new DateOnly(Year, 9, 1), true),
            Check(plan, Institution3, StreetB, SpotCheckResult.Discrepancy, new DateOnly(Year, 10, 15), false),
            Check(plan, Institution2, StreetA, SpotCheckResult.Pending, null, false),
            Check(oldPlan, Institution1, StreetA, SpotCheckResult.Confirmed, new DateOnly(Year - 1, 11, 1), false));

        IntegrityProfile Profile(Guid institution, CreditClass c, bool red = false, bool black = false) => new()
        {
            InstitutionId = institution, InstitutionName = "测试机构", CreditClass = c, RedList = red, BlackList = black, Score = 80, Reasons = "测试",
            UpdatedAt = China(Year, 10, 1),
        };
        db.AddRange(Profile(Institution1, CreditClass.A, red: true), Profile(Institution3, CreditClass.C), Profile(i4, CreditClass.D, black: true));
        await db.SaveChangesAsync();
    }
}
