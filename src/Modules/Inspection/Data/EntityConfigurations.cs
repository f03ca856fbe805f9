using Jiafu.Inspection.Domain;
using Jiafu.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jiafu.Inspection.Data;

internal sealed class ChecklistTemplateConfiguration : IEntityTypeConfiguration<ChecklistTemplate>
{
    public void Configure(EntityTypeBuilder<ChecklistTemplate> b)
    {
        b.ToTable("Templates", t => t.HasCheckConstraint("CK_Templates_Version", "[VersionNumber] > 0"));
        b.HasKey(x => x.Id);
        b.Property(x => x.Code).HasMaxLength(50);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.ObjectType).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(x => new { x.Code, x.VersionNumber }).IsUnique();
        b.Ignore(x => x.TotalWeight);
        b.HasMany(x => x.Items).WithOne().HasForeignKey(i => i.TemplateId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ChecklistItemConfiguration : IEntityTypeConfiguration<ChecklistItem>
{
    public void Configure(EntityTypeBuilder<ChecklistItem> b)
    {
        b.ToTable("TemplateItems", t => t.HasCheckConstraint("CK_TemplateItems_Weight", "[Weight] > 0 AND [Weight] <= 100"));
        b.HasKey(x => x.Id);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Evidence).HasMaxLength(500);
        b.HasIndex(x => new { x.TemplateId, x.Position }).IsUnique();
    }
}

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> b)
    {
        b.ToTable("Campaigns");
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.ObjectType).HasConversion<string>().HasMaxLength(20);
        // One annual review per year and object type.
        b.HasIndex(x => new { x.Year, x.ObjectType }).IsUnique();
        b.HasOne<ChecklistTemplate>().WithMany().HasForeignKey(x => x.TemplateId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class InspectionTaskConfiguration : IEntityTypeConfiguration<InspectionTask>
{
    public void Configure(EntityTypeBuilder<InspectionTask> b)
    {
        b.ToTable("Tasks", t => t.HasCheckConstraint("CK_Tasks_Score", "[Score] IS NULL OR ([Score] >= 0 AND [Score] <= 100)"));
        b.HasKey(x => x.Id);
        b.Property(x => x.ObjectType).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.ObjectName).HasMaxLength(200);
        b.Property(x => x.StreetCode).HasMaxLength(12);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Findings).HasMaxLength(2000);
        b.Property(x => x.OutcomeBy).HasMaxLength(100);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.CampaignId, x.ObjectId }).IsUnique();
        b.HasIndex(x => new { x.CampaignId, x.StreetCode, x.Status });
        b.HasIndex(x => new { x.Status, x.RectifyBy });
        b.HasIndex(x => x.InstitutionId);
        b.HasOne<Campaign>().WithMany().HasForeignKey(x => x.CampaignId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Inspectors).WithOne().HasForeignKey(i => i.TaskId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Scores).WithOne().HasForeignKey(s => s.TaskId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TaskInspectorConfiguration : IEntityTypeConfiguration<TaskInspector>
{
    public void Configure(EntityTypeBuilder<TaskInspector> b)
    {
        b.ToTable("TaskInspectors");
        b.HasKey(x => new { x.TaskId, x.UserId });
        b.Property(x => x.UserId).HasMaxLength(64);
        b.Property(x => x.Name).HasMaxLength(100);
        b.HasIndex(x => x.UserId);
    }
}

internal sealed class TaskItemScoreConfiguration : IEntityTypeConfiguration<TaskItemScore>
{
    public void Configure(EntityTypeBuilder<TaskItemScore> b)
    {
        b.ToTable("TaskItemScores", t => t.HasCheckConstraint("CK_TaskItemScores_Points", "[Points] >= 0"));
        b.HasKey(x => new { x.TaskId, x.ItemId });
        b.Property(x => x.Note).HasMaxLength(500);
    }
}

internal sealed class IntegrityEntryConfiguration : IEntityTypeConfiguration<IntegrityEntry>
{
    public void Configure(EntityTypeBuilder<IntegrityEntry> b)
    {
        b.ToTable("IntegrityEntries");
        b.HasKey(x => x.Id);
        b.Property(x => x.InstitutionName).HasMaxLength(200);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Summary).HasMaxLength(500);
        b.Property(x => x.SourceType).HasMaxLength(30);
        b.Property(x => x.RecordedBy).HasMaxLength(100);
        b.HasIndex(x => new { x.InstitutionId, x.OccurredOn });
        // A source adds an entry of a kind once (a retried command cannot count twice).
        b.HasIndex(x => new { x.SourceType, x.SourceId, x.Kind }).IsUnique();
    }
}

internal sealed class IntegrityProfileConfiguration : IEntityTypeConfiguration<IntegrityProfile>
{
    public void Configure(EntityTypeBuilder<IntegrityProfile> b)
    {
        b.ToTable("IntegrityProfiles");
        b.HasKey(x => x.InstitutionId);
        b.Property(x => x.InstitutionName).HasMaxLength(200);
        b.Property(x => x.CreditClass).HasConversion<string>().HasMaxLength(1);
        b.Property(x => x.Reasons).HasMaxLength(8000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.CreditClass);
    }
}

internal sealed class SpotCheckPlanConfiguration : IEntityTypeConfiguration<SpotCheckPlan>
{
    public void Configure(EntityTypeBuilder<SpotCheckPlan> b)
    {
        b.ToTable("SpotCheckPlans", t =>
        {
            t.HasCheckConstraint("CK_SpotCheckPlans_Rates",
                "[RateA] BETWEEN 0 AND 1000 AND [RateB] BETWEEN 0 AND 1000 AND [RateC] BETWEEN 0 AND 1000 AND [RateD] BETWEEN 0 AND 1000");
            t.HasCheckConstraint("CK_SpotCheckPlans_Inspectors", "[InspectorsPerObject] >= 2");
        });
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Seed).HasMaxLength(64);
        b.Property(x => x.Population).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.DrawnBy).HasMaxLength(100);
        b.HasMany(x => x.Pool).WithOne().HasForeignKey(p => p.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PoolInspectorConfiguration : IEntityTypeConfiguration<PoolInspector>
{
    public void Configure(EntityTypeBuilder<PoolInspector> b)
    {
        b.ToTable("SpotCheckPool");
        b.HasKey(x => new { x.PlanId, x.UserId });
        b.Property(x => x.UserId).HasMaxLength(64);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.StreetCode).HasMaxLength(12);
        b.Property(x => x.ConflictInstitutionIds).HasSpaceSeparatedConversion(4000);
    }
}

internal sealed class PopulationMemberConfiguration : IEntityTypeConfiguration<PopulationMember>
{
    public void Configure(EntityTypeBuilder<PopulationMember> b)
    {
        b.ToTable("SpotCheckPopulation");
        b.HasKey(x => new { x.PlanId, x.ObjectId });
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.StreetCode).HasMaxLength(12);
        b.Property(x => x.CreditClass).HasConversion<string>().HasMaxLength(1);
        b.HasOne<SpotCheckPlan>().WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SpotCheckConfiguration : IEntityTypeConfiguration<SpotCheck>
{
    public void Configure(EntityTypeBuilder<SpotCheck> b)
    {
        b.ToTable("SpotChecks");
        b.HasKey(x => x.Id);
        b.Property(x => x.ObjectName).HasMaxLength(200);
        b.Property(x => x.StreetCode).HasMaxLength(12);
        b.Property(x => x.CreditClass).HasConversion<string>().HasMaxLength(1);
        b.Property(x => x.Rank).HasMaxLength(64);
        b.Property(x => x.Result).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Findings).HasMaxLength(2000);
        b.Property(x => x.ResultBy).HasMaxLength(100);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.PlanId, x.ObjectId }).IsUnique();
        b.HasIndex(x => x.Result);
        b.HasOne<SpotCheckPlan>().WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Inspectors).WithOne().HasForeignKey(i => i.SpotCheckId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SpotCheckInspectorConfiguration : IEntityTypeConfiguration<SpotCheckInspector>
{
    public void Configure(EntityTypeBuilder<SpotCheckInspector> b)
    {
        b.ToTable("SpotCheckInspectors");
        b.HasKey(x => new { x.SpotCheckId, x.UserId });
        b.Property(x => x.UserId).HasMaxLength(64);
        b.Property(x => x.Name).HasMaxLength(100);
        b.HasIndex(x => x.UserId);
    }
}

internal sealed class DrawLogEntryConfiguration : IEntityTypeConfiguration<DrawLogEntry>
{
    public void Configure(EntityTypeBuilder<DrawLogEntry> b)
    {
        b.ToTable("SpotCheckDrawLog");
        b.HasKey(x => x.Id);
        b.Property(x => x.RecusedUserId).HasMaxLength(64);
        b.Property(x => x.ReplacedByUserId).HasMaxLength(64);
        b.Property(x => x.Reason).HasMaxLength(200);
        b.HasIndex(x => new { x.PlanId, x.Sequence });
        b.HasOne<SpotCheckPlan>().WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}
