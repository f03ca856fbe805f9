using Jiafu.Registry.Data;
using Jiafu.Registry.Domain;
using Jiafu.Shared;
using Jiafu.Shared.District;
using Jiafu.Shared.Privacy;
using Jiafu.Shared.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Jiafu.Registry.Features.DemoData;

/// <summary>
/// With <c>Bootstrap:SeedDemoData=true</c> and an empty register, fills it with a realistic district: every street,
/// about 60 institutions in several business formats and states, titles, filings, and about 1,500 workers with
/// valid generated resident ID numbers. Deterministic (fixed seed), so screenshots and demos repeat.
/// </summary>
public sealed class RegistryDemoData(
    RegistryDbContext db, IPersonalDataProtector protector, IOptions<BootstrapOptions> bootstrap,
    IOptions<DistrictOptions> district, IOptions<RegistryOptions> registry, TimeProvider time, ILogger<RegistryDemoData> logger)
    : IBootstrapStep
{
    private const string CreditCodeCharacters = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    public int Order => 110;

    public int InstitutionCount { get; init; } = 60;

    public int WorkersPerInstitution { get; init; } = 25;

    public async Task RunAsync(CancellationToken ct)
    {
        if (!bootstrap.Value.SeedDemoData || await db.Set<Institution>().AnyAsync(ct))
        {
            return;
        }

        var random = new Random(2020);
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.ToOffset(TimeSpan.FromHours(8)).DateTime);
        var streets = district.Value.EffectiveStreets;
        var titles = registry.Value.EffectiveTitles;
        var institutions = new List<Institution>();
        var usedNames = new HashSet<string>();
        for (var i = 0; i < InstitutionCount; i++)
        {
            var street = streets[i % streets.Count];
            var (format, suffix) = DemoNames.Kinds[random.Next(DemoNames.Kinds.Length)];
            string name;
            do
            {
                name = DemoNames.BrandWords[random.Next(DemoNames.BrandWords.Length)] + suffix;
            }
            while (!usedNames.Add(name) && usedNames.Count < 500);

            var formats = new List<string> { format };
            if (random.Next(3) == 0 && format != "Housekeeping")
            {
                formats.Add("Housekeeping");
            }

            var institution = new Institution
            {
                Name = $"包头市{name}",
                CreditCode = CreditCode(random),
                StreetCode = street.Code,
                Address = $"内蒙古包头市昆都仑区{street.Name}{DemoNames.Roads[random.Next(DemoNames.Roads.Length)]}{random.Next(1, 300)}号",
                LegalRepresentative = PersonName(random),
                ContactPhone = MobilePhone(random),
                BusinessFormats = formats,
                CreatedAt = now.AddDays(-random.Next(30, 900)),
                IsAllianceMember = random.Next(3) > 0,
            };
            institution.AllianceJoinedOn = institution.IsAllianceMember ? today.AddDays(-random.Next(30, 1500)) : null;
            institution.UpdatedAt = institution.CreatedAt;
            AdvanceStatus(institution, random.Next(10), now);
            if (institution.Status == InstitutionStatus.Recognised && random.Next(3) == 0)
            {
                AddFiling(institution, today, random, now);
            }

            if (institution.Status == InstitutionStatus.Recognised && random.Next(6) == 0)
            {
                var title = titles[random.Next(titles.Count)];
                db.Add(new InstitutionTitle
                {
                    InstitutionId = institution.Id, Title = title.Code, Level = title.Level, Year = today.Year - random.Next(0, 3),
                    GrantedAt = now.AddDays(-random.Next(10, 700)), GrantedBy = "system",
                });
            }

            institutions.Add(institution);
            db.Add(institution);
        }

        var seenIds = new HashSet<string>();
        var jobTypes = registry.Value.EffectiveJobTypes;
        foreach (var institution in institutions)
        {
            var count = WorkersPerInstitution / 2 + random.Next(WorkersPerInstitution);
            for (var w = 0; w < count; w++)
            {
                var idNumber = IdNumber(random, seenIds);
                ResidentIdNumber.TryParse(idNumber, out var info);
                var phone = MobilePhone(random);
                var healthDate = today.AddDays(-random.Next(0, 500));
                var worker = new Worker
                {
                    Name = PersonName(random),
                    IdNumberEncrypted = protector.Encrypt(idNumber),
                    IdNumberHash = protector.LookupHash(idNumber),
                    IdNumberMasked = Mask.IdNumber(idNumber),
                    Gender = info!.Gender == Jiafu.Shared.Validation.Gender.Female ? Domain.Gender.Female : Domain.Gender.Male,
                    BirthDate = info.BirthDate,
                    PhoneEncrypted = protector.Encrypt(phone),
                    PhoneHash = protector.LookupHash(phone),
                    PhoneMasked = Mask.Phone(phone),
                    InstitutionId = institution.Id,
                    StreetCode = institution.StreetCode,
                    EmploymentType = institution.IsEmployeeBased ? EmploymentType.EmployeeBased
                        : random.Next(3) == 0 ? EmploymentType.Flexible : EmploymentType.Affiliated,
                    JobTypes = [jobTypes[random.Next(jobTypes.Count)].Code],
                    HealthCheckDate = healthDate,
                    HealthCheckValidUntil = healthDate.AddMonths(registry.Value.HealthCheckValidityMonths),
                    AccidentInsuranceValidUntil = random.Next(5) == 0 ? null : today.AddDays(random.Next(-60, 365)),
                    IdentityVerified = random.Next(10) > 0,
                    IsRevoked = random.Next(150) == 0,
                    CreatedAt = institution.CreatedAt.AddDays(random.Next(0, 30)),
                };
                worker.UpdatedAt = worker.CreatedAt;
                worker.RevokedReason = worker.IsRevoked ? "服务投诉核实，暂停从业资格" : null;
                db.Add(worker);
                db.Add(new WorkerEmployment
                {
                    WorkerId = worker.Id, InstitutionId = institution.Id, EmploymentType = worker.EmploymentType,
                    StartedOn = DateOnly.FromDateTime(worker.CreatedAt.UtcDateTime),
                });
            }
        }

        await db.SaveChangesAsync(ct);
        logger.LogInformation("Seeded demo register: {Institutions} institutions, {Workers} workers", institutions.Count, seenIds.Count);
    }

    private static void AdvanceStatus(Institution institution, int roll, DateTimeOffset now)
    {
        var steps = roll switch
        {
            0 => Array.Empty<(InstitutionAction, string?)>(),
            1 => [(InstitutionAction.ApplyForRecognition, null)],
            2 => [(InstitutionAction.ApplyForRecognition, null), (InstitutionAction.Reject, "材料不全，请补充营业场所证明")],
            3 => [(InstitutionAction.ApplyForRecognition, null), (InstitutionAction.Recognise, null), (InstitutionAction.Suspend, "年检限期整改")],
            _ => [(InstitutionAction.ApplyForRecognition, null), (InstitutionAction.Recognise, null)],
        };
        var at = institution.CreatedAt;
        foreach (var (action, reason) in steps)
        {
            at = at.AddDays(7);
            institution.ChangeStatus(action, reason, "system", at < now ? at : now);
        }
    }

    private void AddFiling(Institution institution, DateOnly today, Random random, DateTimeOffset now)
    {
        var validFrom = today.AddDays(-random.Next(0, 300));
        var filing = new EmployeeFiling
        {
            InstitutionId = institution.Id, AllWorkersContracted = true, SocialInsurancePaid = true, UnifiedDispatch = true,
            MinimumWagePaidThroughBank = true, OngoingTraining = true, WrittenManagementRules = true,
            StaffCount = registry.Value.EmployeeFilingMinimumStaff + random.Next(0, 40), Status = FilingStatus.Filed,
            SubmittedAt = now.AddDays(-random.Next(310, 400)), SubmittedBy = "system", ReviewedAt = now.AddDays(-300),
            ReviewedBy = "system", ValidFrom = validFrom,
            ValidUntil = validFrom.AddMonths(registry.Value.EmployeeFilingValidityMonths).AddDays(-1),
        };
        institution.IsEmployeeBased = true;
        institution.EmployeeBasedUntil = filing.ValidUntil;
        db.Add(filing);
    }

    private static string CreditCode(Random random)
    {
        var body = "91150203" + new string(Enumerable.Range(0, 9).Select(_ => CreditCodeCharacters[random.Next(CreditCodeCharacters.Length)]).ToArray());
        return body + UnifiedSocialCreditCode.ComputeCheckCharacter(body);
    }

    private static string IdNumber(Random random, HashSet<string> seen)
    {
        while (true)
        {
            var region = DemoNames.RegionCodes[random.Next(DemoNames.RegionCodes.Length)];
            var birth = new DateOnly(1962, 1, 1).AddDays(random.Next(0, 38 * 365));
            var body = $"{region}{birth:yyyyMMdd}{random.Next(0, 1000):000}";
            var id = body + ResidentIdNumber.ComputeCheckCharacter(body);
            if (seen.Add(id))
            {
                return id;
            }
        }
    }

    private static string PersonName(Random random) =>
        DemoNames.Surnames[random.Next(DemoNames.Surnames.Length)] + DemoNames.GivenNames[random.Next(DemoNames.GivenNames.Length)];

    private static string MobilePhone(Random random) =>
        "1" + "3578"[random.Next(4)] + random.Next(0, 1_000_000_000).ToString("000000000", System.Globalization.CultureInfo.InvariantCulture);
}
