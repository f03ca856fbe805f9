using Jiafu.Inspection.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jiafu.Inspection.Data;

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> b)
    {
        b.ToTable("Complaints", t => t.HasCheckConstraint("CK_Complaints_Closed",
            "([Status] = 'Open' AND [Outcome] IS NULL) OR ([Status] = 'Closed' AND [Outcome] IS NOT NULL AND [ClosedOn] IS NOT NULL)"));
        b.HasKey(x => x.Id);
        b.Property(x => x.InstitutionName).HasMaxLength(200);
        b.Property(x => x.StreetCode).HasMaxLength(12);
        b.Property(x => x.WorkerName).HasMaxLength(50);
        b.Property(x => x.ServiceReference).HasMaxLength(100);
        b.Property(x => x.Source).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Content).HasMaxLength(2000);
        b.Property(x => x.HandlingOfficer).HasMaxLength(100);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Conclusion).HasMaxLength(1000);
        b.Property(x => x.ClosedBy).HasMaxLength(100);
        b.Property(x => x.CreatedBy).HasMaxLength(100);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.InstitutionId, x.ReceivedOn });
        b.HasIndex(x => new { x.StreetCode, x.Status });
        b.HasMany(x => x.FollowUps).WithOne().HasForeignKey(f => f.ComplaintId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ComplaintFollowUpConfiguration : IEntityTypeConfiguration<ComplaintFollowUp>
{
    public void Configure(EntityTypeBuilder<ComplaintFollowUp> b)
    {
        b.ToTable("ComplaintFollowUps");
        b.HasKey(x => x.Id);
        b.Property(x => x.Action).HasMaxLength(1000);
        b.Property(x => x.RecordedBy).HasMaxLength(100);
        b.HasIndex(x => new { x.ComplaintId, x.ActionOn });
    }
}

internal sealed class FieldVisitConfiguration : IEntityTypeConfiguration<FieldVisit>
{
    public void Configure(EntityTypeBuilder<FieldVisit> b)
    {
        b.ToTable("FieldVisits", t =>
        {
            t.HasCheckConstraint("CK_FieldVisits_FollowUp", "[FollowUpRequired] = 1 OR ([FollowUpDue] IS NULL AND [FollowUpDoneOn] IS NULL)");
        });
        b.HasKey(x => x.Id);
        b.Property(x => x.InstitutionName).HasMaxLength(200);
        b.Property(x => x.StreetCode).HasMaxLength(12);
        b.Property(x => x.WorkerName).HasMaxLength(50);
        b.Property(x => x.Visitors).HasMaxLength(300);
        b.Property(x => x.Findings).HasMaxLength(2000);
        b.Property(x => x.FollowUpNote).HasMaxLength(1000);
        b.Property(x => x.FollowUpBy).HasMaxLength(100);
        b.Property(x => x.CreatedBy).HasMaxLength(100);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.InstitutionId, x.VisitedOn });
        b.HasIndex(x => new { x.StreetCode, x.VisitedOn });
    }
}

internal sealed class ServiceEvaluationConfiguration : IEntityTypeConfiguration<ServiceEvaluation>
{
    public void Configure(EntityTypeBuilder<ServiceEvaluation> b)
    {
        b.ToTable("ServiceEvaluations", t => t.HasCheckConstraint("CK_ServiceEvaluations_Rating", "[Rating] >= 1 AND [Rating] <= 5"));
        b.HasKey(x => x.Id);
        b.Property(x => x.InstitutionName).HasMaxLength(200);
        b.Property(x => x.StreetCode).HasMaxLength(12);
        b.Property(x => x.SubmitterKey).HasMaxLength(100);
        b.Property(x => x.SubmittedBy).HasMaxLength(100);
        b.Property(x => x.ServiceReference).HasMaxLength(100);
        b.Property(x => x.Comment).HasMaxLength(500);
        // One evaluation per submitter and service.
        b.HasIndex(x => new { x.SubmitterKey, x.ServiceReference }).IsUnique();
        b.HasIndex(x => new { x.InstitutionId, x.ServiceDate });
    }
}

internal sealed class PerformanceRunConfiguration : IEntityTypeConfiguration<PerformanceRun>
{
    public void Configure(EntityTypeBuilder<PerformanceRun> b)
    {
        b.ToTable("PerformanceRuns");
        b.HasKey(x => x.Year);
        b.Property(x => x.Year).ValueGeneratedNever();
        b.Property(x => x.ComputedBy).HasMaxLength(100);
        b.Property(x => x.Parameters).HasMaxLength(1000);
    }
}

internal sealed class PerformanceResultConfiguration : IEntityTypeConfiguration<PerformanceResult>
{
    public void Configure(EntityTypeBuilder<PerformanceResult> b)
    {
        b.ToTable("PerformanceResults", t => t.HasCheckConstraint("CK_PerformanceResults_Total", "[Total] >= 0 AND [Total] <= 10000"));
        b.HasKey(x => new { x.Year, x.InstitutionId });
        b.Property(x => x.InstitutionName).HasMaxLength(200);
        b.Property(x => x.StreetCode).HasMaxLength(12);
        b.HasIndex(x => new { x.Year, x.Rank });
        b.HasIndex(x => new { x.InstitutionId, x.Excellent });
        b.HasOne<PerformanceRun>().WithMany().HasForeignKey(x => x.Year).OnDelete(DeleteBehavior.Cascade);
    }
}
