using Jiafu.Subsidy.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jiafu.Subsidy.Data;

internal sealed class PolicyParameterVersionConfiguration : IEntityTypeConfiguration<PolicyParameterVersion>
{
    public void Configure(EntityTypeBuilder<PolicyParameterVersion> b)
    {
        b.ToTable("ParameterVersions", t => t.HasCheckConstraint("CK_ParameterVersions_Version", "\"Version\" > 0"));
        b.HasKey(x => x.Id);
        b.Property(x => x.ItemCode).HasMaxLength(40);
        b.HasIndex(x => new { x.ItemCode, x.Year, x.Version }).IsUnique();
        b.Property(x => x.ParametersJson).HasMaxLength(4000);
        b.Property(x => x.Note).HasMaxLength(500);
        b.Property(x => x.CreatedBy).HasMaxLength(100);
    }
}

internal sealed class SubsidyApplicationConfiguration : IEntityTypeConfiguration<SubsidyApplication>
{
    public void Configure(EntityTypeBuilder<SubsidyApplication> b)
    {
        b.ToTable("Applications", t => t.HasCheckConstraint("CK_Applications_Amount", "\"AmountFen\" > 0"));
        b.HasKey(x => x.Id);
        b.Property(x => x.ItemCode).HasMaxLength(40);
        b.Property(x => x.InstitutionName).HasMaxLength(200);
        b.Property(x => x.StreetCode).HasMaxLength(12);
        b.Property(x => x.InputsJson).HasMaxLength(4000);
        b.Property(x => x.BreakdownJson);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.CreatedBy).HasMaxLength(100);
        b.Property(x => x.CreatedById).HasMaxLength(100);
        b.Property(x => x.StreetReviewerId).HasMaxLength(100);
        b.Property(x => x.BankReference).HasMaxLength(100);
        b.Property(x => x.RecoveryReason).HasMaxLength(500);
        b.Property(x => x.RecoveryReference).HasMaxLength(100);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.Status, x.StreetCode });
        b.HasIndex(x => new { x.InstitutionId, x.Year });
        // Statistics (ADR 0065): covering indexes for applications by creation time and payments by paid date.
        b.HasIndex(x => new { x.CreatedAt, x.Status, x.AmountFen }, "IX_Applications_Statistics_Created");
        b.HasIndex(x => new { x.Status, x.PaidOn, x.ItemCode, x.StreetCode, x.AmountFen }, "IX_Applications_Statistics_Paid");
        b.HasMany(x => x.Reviews).WithOne().HasForeignKey(r => r.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ApplicationReviewConfiguration : IEntityTypeConfiguration<ApplicationReview>
{
    public void Configure(EntityTypeBuilder<ApplicationReview> b)
    {
        b.ToTable("Reviews");
        b.HasKey(x => x.Id);
        b.Property(x => x.Action).HasMaxLength(30);
        b.Property(x => x.FromStatus).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.ToStatus).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Comment).HasMaxLength(1000);
        b.Property(x => x.Actor).HasMaxLength(100);
        b.Property(x => x.ActorId).HasMaxLength(100);
    }
}

internal sealed class SubsidyClaimConfiguration : IEntityTypeConfiguration<SubsidyClaim>
{
    public void Configure(EntityTypeBuilder<SubsidyClaim> b)
    {
        b.ToTable("Claims");
        b.HasKey(x => x.Id);
        b.Property(x => x.ItemCode).HasMaxLength(40);
        b.Property(x => x.Period).HasMaxLength(60);
        b.Property(x => x.SubjectKey).HasMaxLength(100);
        b.Property(x => x.CounterScope).HasMaxLength(20);
        b.Property(x => x.CounterSubject).HasMaxLength(100);
        // No double payment: one claim per subject, item and period.
        b.HasIndex(x => new { x.ItemCode, x.Period, x.SubjectKey }).IsUnique();
        b.HasIndex(x => x.ApplicationId);
        b.HasOne<SubsidyApplication>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FundAllocationConfiguration : IEntityTypeConfiguration<FundAllocation>
{
    public void Configure(EntityTypeBuilder<FundAllocation> b)
    {
        b.ToTable("FundAllocations", t =>
        {
            // The limit that protects the money: nothing is reserved or paid beyond the allocation.
            t.HasCheckConstraint("CK_FundAllocations_Limit",
                "\"AllocatedFen\" >= 0 AND \"ReservedFen\" >= 0 AND \"PaidFen\" >= 0 AND \"RecoveredFen\" >= 0 AND \"ReservedFen\" + \"PaidFen\" <= \"AllocatedFen\"");
        });
        b.HasKey(x => new { x.Year, x.ItemCode });
        b.Property(x => x.ItemCode).HasMaxLength(40);
    }
}

internal sealed class LedgerEntryConfiguration : IEntityTypeConfiguration<LedgerEntry>
{
    public void Configure(EntityTypeBuilder<LedgerEntry> b)
    {
        b.ToTable("Ledger");
        b.HasKey(x => x.Id);
        b.Property(x => x.ItemCode).HasMaxLength(40);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Note).HasMaxLength(500);
        b.Property(x => x.Actor).HasMaxLength(100);
        b.HasIndex(x => new { x.Year, x.ItemCode });
        b.HasIndex(x => x.ApplicationId);
    }
}

internal sealed class ClaimCounterConfiguration : IEntityTypeConfiguration<ClaimCounter>
{
    public void Configure(EntityTypeBuilder<ClaimCounter> b)
    {
        b.ToTable("ClaimCounters", t => t.HasCheckConstraint("CK_ClaimCounters_Count", "\"Count\" >= 0"));
        b.HasKey(x => new { x.ItemCode, x.Scope, x.SubjectKey });
        b.Property(x => x.ItemCode).HasMaxLength(40);
        b.Property(x => x.Scope).HasMaxLength(20);
        b.Property(x => x.SubjectKey).HasMaxLength(100);
    }
}

internal sealed class ServiceRecordConfiguration : IEntityTypeConfiguration<ServiceRecord>
{
    public void Configure(EntityTypeBuilder<ServiceRecord> b)
    {
        b.ToTable("ServiceRecords");
        b.HasKey(x => x.Id);
        b.Property(x => x.HouseholdHash).HasMaxLength(64);
        b.Property(x => x.HouseholdHeadIdEncrypted).HasMaxLength(200);
        b.Property(x => x.HouseholdHeadIdMasked).HasMaxLength(20);
        b.Property(x => x.ServiceType).HasMaxLength(50);
        b.Property(x => x.ClaimKey).HasMaxLength(40);
        b.Property(x => x.StreetCode).HasMaxLength(12);
        b.Property(x => x.CreatedBy).HasMaxLength(100);
        // The same service is recorded once: an import of the same file again changes nothing.
        b.HasIndex(x => new { x.InstitutionId, x.HouseholdHash, x.ServiceDate, x.ServiceType }).IsUnique();
        b.HasIndex(x => x.ClaimKey).IsUnique();
        b.HasIndex(x => new { x.InstitutionId, x.ServiceDate });
    }
}

internal sealed class EvidenceFileConfiguration : IEntityTypeConfiguration<EvidenceFile>
{
    public void Configure(EntityTypeBuilder<EvidenceFile> b)
    {
        b.ToTable("EvidenceFiles", t => t.HasCheckConstraint("CK_EvidenceFiles_Size", "\"SizeBytes\" > 0"));
        b.HasKey(x => x.Id);
        b.Property(x => x.FileName).HasMaxLength(200);
        b.Property(x => x.ContentType).HasMaxLength(40);
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.Property(x => x.UploadedBy).HasMaxLength(100);
        b.HasIndex(x => x.ApplicationId);
        b.HasOne<SubsidyApplication>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }
}
