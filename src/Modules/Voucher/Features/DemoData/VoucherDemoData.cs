using System.Globalization;
using Jiafu.Contracts.Registry;
using Jiafu.Shared;
using Jiafu.Shared.District;
using Jiafu.Shared.Privacy;
using Jiafu.Shared.Validation;
using Jiafu.Voucher.Data;
using Jiafu.Voucher.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Jiafu.Voucher.Features.DemoData;

/// <summary>
/// With <c>Bootstrap:SeedDemoData=true</c> and an empty Voucher database, one batch of the plan's size (5000 vouchers,
/// 200 yuan) half-way through its year: declarations pending, rejected and issued, and vouchers spread over every state,
/// served by the demo institutions of the register (read through <see cref="IRegistryReader"/>), with paid settlements.
/// Deterministic (fixed seed).
/// </summary>
public sealed class VoucherDemoData(
    VoucherDbContext db, IRegistryReader registry, IPersonalDataProtector protector, IOptions<BootstrapOptions> bootstrap,
    IOptions<DistrictOptions> district, IOptions<VoucherOptions> options, TimeProvider time, ILogger<VoucherDemoData> logger)
    : IBootstrapStep
{
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗"];

    private static readonly string[] GivenNames = ["秀英", "桂兰", "建国", "志强", "海燕", "丽娟", "国庆", "玉兰", "永红", "建华", "淑珍", "春梅", "立新", "红梅", "文杰", "晓东"];

    private static readonly string[] Roads = ["钢铁大街", "阿尔丁大街", "友谊大街", "团结大街", "昆区少先路", "白云路", "黄河西路", "市府东路"];

    private static readonly string[] Items = ["居家保洁 2 小时", "老人助浴与居家照料", "母婴护理上门指导", "病患陪护半天", "家电清洗", "做饭与陪同就医"];

    private static readonly string[] Workers = ["刘桂芳", "王秀梅", "张丽华", "赵春燕", "陈玉珍", "杨淑英", "孙红霞", "周美玲"];

    public int Order => 130;

    public async Task RunAsync(CancellationToken ct)
    {
        if (!bootstrap.Value.SeedDemoData || await db.Set<VoucherBatch>().AnyAsync(ct))
        {
            return;
        }

        // Every entity is new (Added): their values are read at save time, no change detection is needed.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var institutions = (await registry.ListActiveInstitutionsAsync(null, ct)).Where(i => i.BusinessFormats.Count > 0).ToList();
        var random = new Random(2020);
        var now = VoucherRules.Now(time);
        var today = VoucherRules.Today(time);
        var streets = district.Value.EffectiveStreets;
        var groups = options.Value.EffectiveGroups.Select(g => g.Code).ToList();
        var faceValueFen = VoucherRules.ToFen(options.Value.DefaultFaceValue);
        var quantity = options.Value.DefaultQuantity;
        var batch = new VoucherBatch
        {
            Name = $"{today.Year}年家庭服务业促进就业券（第一批）",
            Year = today.Year,
            Quantity = quantity,
            FaceValueFen = faceValueFen,
            TotalValueFen = quantity * faceValueFen,
            EligibleGroups = groups,
            ValidFrom = today.AddDays(-120),
            ValidUntil = today.AddDays(245),
            CreatedAt = now.AddDays(-125),
            CreatedBy = "demo",
        };
        db.Set<VoucherBatch>().Add(batch);

        // Declarations: 94% of the quantity; a few pending and rejected; the rest issued, 1% of them voided later.
        var declared = quantity * 94 / 100;
        var settlements = new Dictionary<Guid, Settlement>();
        var issued = 0;
        var usedIds = new HashSet<string>();
        for (var n = 0; n < declared; n++)
        {
            var street = streets[random.Next(streets.Count)];
            var name = Surnames[random.Next(Surnames.Length)] + GivenNames[random.Next(GivenNames.Length)];
            var idNumber = NewIdNumber(random, usedIds);
            var phone = "13" + random.Next(0, 1_000_000_000).ToString("D9", CultureInfo.InvariantCulture);
            var createdAt = now.AddDays(-random.Next(5, 115)).AddMinutes(-random.Next(0, 600));
            var application = new VoucherApplication
            {
                BatchId = batch.Id,
                ApplicantName = name,
                IdNumberEncrypted = protector.Encrypt(idNumber),
                IdNumberMasked = Mask.IdNumber(idNumber),
                HouseholdHash = protector.LookupHash(idNumber),
                PhoneEncrypted = protector.Encrypt(phone),
                PhoneMasked = Mask.Phone(phone),
                StreetCode = street.Code,
                Address = $"{Roads[random.Next(Roads.Length)]}{random.Next(1, 200)}号{random.Next(1, 30)}栋{random.Next(1, 6)}单元",
                Group = groups[random.Next(groups.Count)],
                HouseholdSize = random.Next(1, 6),
                CreatedAt = createdAt,
                CreatedBy = "demo",
            };
            db.Set<VoucherApplication>().Add(application);
            var roll = random.Next(100);
            if (roll < 4)
            {
                continue; // pending review
            }

            application.ReviewedAt = createdAt.AddDays(2);
            application.ReviewedBy = "demo";
            if (roll < 6)
            {
                application.Status = ApplicationStatus.Rejected;
                application.RejectionReason = "不属于本批次发放群体 (demo)";
                continue;
            }

            var voucher = new EmploymentVoucher
            {
                Code = VoucherCode.New(),
                BatchId = batch.Id,
                ApplicationId = application.Id,
                StreetCode = street.Code,
                HolderNameMasked = Mask.Name(name),
                FaceValueFen = faceValueFen,
                ValidFrom = batch.ValidFrom,
                ValidUntil = batch.ValidUntil,
                IssuedAt = application.ReviewedAt.Value,
                UpdatedAt = application.ReviewedAt.Value,
            };
            application.Status = ApplicationStatus.Issued;
            application.VoucherId = voucher.Id;
            db.Set<EmploymentVoucher>().Add(voucher);
            Event(voucher, "Issue", null, VoucherStatus.Issued, voucher.IssuedAt);
            if (random.Next(100) == 0)
            {
                voucher.Status = VoucherStatus.Voided;
                voucher.VoidReason = "家庭迁出本区 (demo)";
                application.Status = ApplicationStatus.Voided;
                Event(voucher, "Void", VoucherStatus.Issued, VoucherStatus.Voided, voucher.IssuedAt.AddDays(3));
                continue;
            }

            issued++;
            Advance(voucher, random, institutions, today, settlements);
        }

        batch.IssuedCount = issued;
        batch.SettledFen = settlements.Values.Sum(s => s.AmountFen);
        db.Set<Settlement>().AddRange(settlements.Values);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        logger.LogInformation("Voucher demo data: 1 batch, {Declared} declarations, {Issued} vouchers in force, {Settlements} settlements",
            declared, issued, settlements.Count);
    }

    /// <summary>Moves a voucher along the workflow to a random stage (weights roughly a programme half-way through).</summary>
    private void Advance(EmploymentVoucher v, Random random, IReadOnlyList<InstitutionSummary> institutions, DateOnly today, Dictionary<Guid, Settlement> settlements)
    {
        var stage = random.Next(100);
        if (stage < 18 || institutions.Count == 0)
        {
            return; // Issued, waiting for a choice
        }

        var institution = institutions[random.Next(institutions.Count)];
        var at = v.IssuedAt.AddDays(random.Next(1, 10));
        v.Status = VoucherStatus.InstitutionSelected;
        v.InstitutionId = institution.Id;
        v.InstitutionName = institution.Name;
        v.BusinessFormat = institution.BusinessFormats[random.Next(institution.BusinessFormats.Count)];
        v.SelectedAt = at;
        Event(v, "SelectInstitution", VoucherStatus.Issued, v.Status, at, institution.Name);
        if (stage < 28) return;

        var scheduled = DateOnly.FromDateTime(at.UtcDateTime).AddDays(random.Next(1, 7));
        if (scheduled > today) scheduled = today;
        v.Status = VoucherStatus.Scheduled;
        v.ScheduledFor = scheduled;
        Event(v, "Schedule", VoucherStatus.InstitutionSelected, v.Status, at.AddHours(4));
        if (stage < 38) return;

        v.Status = VoucherStatus.Served;
        v.WorkerName = Workers[random.Next(Workers.Length)];
        v.ServiceDate = scheduled;
        v.ServiceMinutes = 60 * random.Next(1, 5);
        v.ServiceItems = Items[random.Next(Items.Length)];
        v.ResidentConfirmed = true;
        v.ServedAt = at.AddDays(random.Next(1, 7));
        Event(v, "RecordService", VoucherStatus.Scheduled, v.Status, v.ServedAt.Value, v.ServiceItems);
        if (stage < 52) return;

        v.Status = VoucherStatus.FollowedUp;
        v.FollowUpDate = scheduled.AddDays(random.Next(1, 5)) is var d && d <= today ? d : today;
        v.FollowUpChannel = (FollowUpChannel)random.Next(3);
        v.Satisfaction = random.Next(100) < 85 ? 5 - random.Next(2) : 2 + random.Next(2);
        Event(v, "FollowUp", VoucherStatus.Served, v.Status, v.ServedAt.Value.AddDays(3));
        if (stage < 62) return;

        var discrepancy = random.Next(100) < 4;
        v.Status = discrepancy ? VoucherStatus.Discrepancy : VoucherStatus.Verified;
        v.VerificationResult = discrepancy ? VerificationResult.Discrepancy : VerificationResult.Confirmed;
        v.VerificationNote = discrepancy ? "居民反映服务时长不足 (demo)" : null;
        v.VerifiedBy = "demo";
        v.VerifiedAt = v.ServedAt.Value.AddDays(6);
        Event(v, "Verify", VoucherStatus.FollowedUp, v.Status, v.VerifiedAt.Value, v.VerificationNote);
        if (discrepancy || stage < 78) return;

        if (!settlements.TryGetValue(institution.Id, out var settlement))
        {
            settlement = new Settlement
            {
                BatchId = v.BatchId,
                InstitutionId = institution.Id,
                InstitutionName = institution.Name,
                Status = SettlementStatus.Paid,
                CreatedAt = v.VerifiedAt.Value.AddDays(5),
                CreatedBy = "demo",
                ApprovedAt = v.VerifiedAt.Value.AddDays(8),
                ApprovedBy = "demo",
                PaidOn = DateOnly.FromDateTime(v.VerifiedAt.Value.UtcDateTime).AddDays(12) is var p && p <= today ? p : today,
                PaymentReference = "KDL-" + random.Next(100000, 999999).ToString(CultureInfo.InvariantCulture),
            };
            settlements[institution.Id] = settlement;
        }

        settlement.VoucherCount++;
        settlement.AmountFen += v.FaceValueFen;
        v.SettlementId = settlement.Id;
        v.Status = VoucherStatus.Reimbursed;
        Event(v, "Reimburse", VoucherStatus.Verified, v.Status, v.VerifiedAt.Value.AddDays(12), settlement.PaymentReference);
    }

    private void Event(EmploymentVoucher v, string action, VoucherStatus? from, VoucherStatus to, DateTimeOffset at, string? note = null)
    {
        v.UpdatedAt = at;
        db.Set<VoucherEvent>().Add(new VoucherEvent { VoucherId = v.Id, Action = action, FromStatus = from, ToStatus = to, Note = note, Actor = "demo", At = at });
    }

    private static string NewIdNumber(Random random, HashSet<string> used)
    {
        while (true)
        {
            var birth = new DateOnly(1950, 1, 1).AddDays(random.Next(0, 50 * 365));
            var first17 = "150203" + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + random.Next(0, 1000).ToString("D3", CultureInfo.InvariantCulture);
            var number = first17 + ResidentIdNumber.ComputeCheckCharacter(first17);
            if (used.Add(number))
            {
                return number;
            }
        }
    }
}
