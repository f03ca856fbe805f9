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

    private static DateTimeOffset China(int year, int month, int day) => new(year, month, day, 10, 0, 0, TimeSpan.FromHours(8));

    public async ValueTask InitializeAsync()
    {
        _ = Factory.Server;
        using var scope = Factory.Services.CreateScope();
        await SeedRegistryAsync(scope.ServiceProvider.GetRequiredService<RegistryDbContext>());
        await SeedTrainingAsync(scope.ServiceProvider.GetRequiredService<TrainingDbContext>());
        await SeedVouchersAsync(scope.ServiceProvider.GetRequiredService<VoucherDbContext>());
        await SeedSubsidyAsync(scope.ServiceProvider.GetRequiredService<SubsidyDbContext>());
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
}
