using Jiafu.Shared.Persistence;
using Jiafu.Voucher.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jiafu.Voucher.Data;

internal sealed class VoucherBatchConfiguration : IEntityTypeConfiguration<VoucherBatch>
{
    public void Configure(EntityTypeBuilder<VoucherBatch> b)
    {
        b.ToTable("Batches", t =>
        {
            // The limits that protect quota and money: the database refuses any update that breaks them.
            t.HasCheckConstraint("CK_Batches_Issued", "\"IssuedCount\" >= 0 AND \"IssuedCount\" <= \"Quantity\"");
            t.HasCheckConstraint("CK_Batches_Settled", "\"SettledFen\" >= 0 AND \"SettledFen\" <= \"TotalValueFen\"");
            t.HasCheckConstraint("CK_Batches_Value", "\"Quantity\" > 0 AND \"FaceValueFen\" > 0 AND \"TotalValueFen\" = \"Quantity\" * \"FaceValueFen\"");
        });
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(200);
        b.HasIndex(x => x.Name).IsUnique();
        b.Property(x => x.EligibleGroups).HasSpaceSeparatedConversion(500);
        b.Property(x => x.CreatedBy).HasMaxLength(100);
        b.HasMany(x => x.StreetQuotas).WithOne().HasForeignKey(q => q.BatchId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StreetQuotaConfiguration : IEntityTypeConfiguration<StreetQuota>
{
    public void Configure(EntityTypeBuilder<StreetQuota> b)
    {
        b.ToTable("StreetQuotas", t => t.HasCheckConstraint("CK_StreetQuotas_Issued", "\"Issued\" >= 0 AND \"Issued\" <= \"Quota\""));
        b.HasKey(x => new { x.BatchId, x.StreetCode });
        b.Property(x => x.StreetCode).HasMaxLength(12);
    }
}

internal sealed class VoucherApplicationConfiguration : IEntityTypeConfiguration<VoucherApplication>
{
    public void Configure(EntityTypeBuilder<VoucherApplication> b)
    {
        b.ToTable("Applications");
        b.HasKey(x => x.Id);
        b.Property(x => x.ApplicantName).HasMaxLength(50);
        b.Property(x => x.IdNumberEncrypted).HasMaxLength(200);
        b.Property(x => x.IdNumberMasked).HasMaxLength(18);
        b.Property(x => x.HouseholdHash).HasMaxLength(64);
        // One application per household per batch (一户一券).
        b.HasIndex(x => new { x.BatchId, x.HouseholdHash }).IsUnique();
        b.Property(x => x.PhoneEncrypted).HasMaxLength(200);
        b.Property(x => x.PhoneMasked).HasMaxLength(30);
        b.Property(x => x.StreetCode).HasMaxLength(12);
        b.HasIndex(x => new { x.BatchId, x.Status, x.StreetCode });
        b.Property(x => x.Address).HasMaxLength(300);
        b.Property(x => x.Group).HasMaxLength(50);
        b.Property(x => x.EvidenceNote).HasMaxLength(1000);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.RejectionReason).HasMaxLength(500);
        b.Property(x => x.ReviewedBy).HasMaxLength(100);
        b.Property(x => x.CreatedBy).HasMaxLength(100);
        b.Property(x => x.CreatedById).HasMaxLength(100);
        b.HasIndex(x => x.CreatedById);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<VoucherBatch>().WithMany().HasForeignKey(x => x.BatchId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class VoucherConfiguration : IEntityTypeConfiguration<EmploymentVoucher>
{
    public void Configure(EntityTypeBuilder<EmploymentVoucher> b)
    {
        b.ToTable("Vouchers");
        b.HasKey(x => x.Id);
        b.Property(x => x.Code).HasMaxLength(13);
        b.HasIndex(x => x.Code).IsUnique();
        b.HasIndex(x => x.ApplicationId).IsUnique();
        b.HasIndex(x => new { x.BatchId, x.Status });
        b.HasIndex(x => new { x.InstitutionId, x.Status });
        b.HasIndex(x => new { x.StreetCode, x.Status });
        b.HasIndex(x => x.SettlementId);
        // Statistics (ADR 0065): covering indexes for the issue-time group-by, the use-by-service-date group-by and the expiry to-do.
        b.HasIndex(x => new { x.IssuedAt, x.StreetCode, x.Status, x.BusinessFormat, x.FaceValueFen }, "IX_Vouchers_Statistics_Issued");
        b.HasIndex(x => new { x.Status, x.ServiceDate, x.FaceValueFen }, "IX_Vouchers_Statistics_Used");
        b.HasIndex(x => new { x.Status, x.ValidUntil }, "IX_Vouchers_Statistics_Expiring");
        b.Property(x => x.StreetCode).HasMaxLength(12);
        b.Property(x => x.HolderNameMasked).HasMaxLength(50);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.InstitutionName).HasMaxLength(200);
        b.Property(x => x.BusinessFormat).HasMaxLength(50);
        b.Property(x => x.WorkerName).HasMaxLength(50);
        b.Property(x => x.ServiceItems).HasMaxLength(500);
        b.Property(x => x.FollowUpChannel).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.FollowUpIssues).HasMaxLength(1000);
        b.Property(x => x.VerificationResult).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.VerificationNote).HasMaxLength(1000);
        b.Property(x => x.VerifiedBy).HasMaxLength(100);
        b.Property(x => x.VoidReason).HasMaxLength(500);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.ToTable(t => t.HasCheckConstraint("CK_Vouchers_Satisfaction", "\"Satisfaction\" IS NULL OR (\"Satisfaction\" >= 1 AND \"Satisfaction\" <= 5)"));
        b.HasOne<VoucherBatch>().WithMany().HasForeignKey(x => x.BatchId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class VoucherEventConfiguration : IEntityTypeConfiguration<VoucherEvent>
{
    public void Configure(EntityTypeBuilder<VoucherEvent> b)
    {
        b.ToTable("VoucherEvents");
        b.HasKey(x => x.Id);
        b.HasIndex(x => new { x.VoucherId, x.At });
        b.Property(x => x.Action).HasMaxLength(50);
        b.Property(x => x.FromStatus).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.ToStatus).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Note).HasMaxLength(1000);
        b.Property(x => x.Actor).HasMaxLength(100);
    }
}

internal sealed class SettlementConfiguration : IEntityTypeConfiguration<Settlement>
{
    public void Configure(EntityTypeBuilder<Settlement> b)
    {
        b.ToTable("Settlements", t => t.HasCheckConstraint("CK_Settlements_Amount", "\"AmountFen\" > 0 AND \"VoucherCount\" > 0"));
        b.HasKey(x => x.Id);
        b.HasIndex(x => new { x.InstitutionId, x.BatchId });
        b.Property(x => x.InstitutionName).HasMaxLength(200);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.CreatedBy).HasMaxLength(100);
        b.Property(x => x.ApprovedBy).HasMaxLength(100);
        b.Property(x => x.PaymentReference).HasMaxLength(100);
        b.Property(x => x.RejectedBy).HasMaxLength(100);
        b.Property(x => x.RejectionReason).HasMaxLength(1000);
        b.Property(x => x.RejectedVoucherIds)
            .HasConversion(
                v => string.Join(' ', v),
                v => v.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList(),
                new ValueComparer<List<Guid>>((x, y) => x!.SequenceEqual(y!), v => v.Count, v => v.ToList()));
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<VoucherBatch>().WithMany().HasForeignKey(x => x.BatchId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class VerificationSampleConfiguration : IEntityTypeConfiguration<VerificationSample>
{
    public void Configure(EntityTypeBuilder<VerificationSample> b)
    {
        b.ToTable("VerificationSamples");
        b.HasKey(x => x.Id);
        b.HasIndex(x => x.BatchId);
        b.Property(x => x.Rate).HasPrecision(5, 4);
        b.Property(x => x.Seed).HasMaxLength(64);
        b.Property(x => x.DrawnBy).HasMaxLength(100);
        b.Property(x => x.VoucherIds)
            .HasConversion(
                v => string.Join(' ', v),
                v => v.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList(),
                new ValueComparer<List<Guid>>((x, y) => x!.SequenceEqual(y!), v => v.Count, v => v.ToList()));
        b.HasOne<VoucherBatch>().WithMany().HasForeignKey(x => x.BatchId).OnDelete(DeleteBehavior.Restrict);
    }
}
