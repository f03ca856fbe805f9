using Jiafu.Shared.Persistence;
using Jiafu.Training.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Jiafu.Training.Data;

/// <summary>Hours with one decimal are stored as whole tenths (SQLite keeps decimals as text).</summary>
internal static class Hours
{
    public static readonly ValueConverter<decimal, int> Tenths = new(v => (int)Math.Round(v * 10m), v => v / 10m);
}

internal sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> b)
    {
        b.ToTable("Programmes", t => t.HasCheckConstraint("CK_Programmes_RequiredHours", "[RequiredHours] > 0"));
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(200);
        b.HasIndex(x => x.Name);
        b.Property(x => x.Category).HasMaxLength(50);
        b.HasIndex(x => x.Category);
        b.HasIndex(x => x.ProviderInstitutionId);
        b.Property(x => x.ProviderName).HasMaxLength(200);
        b.Property(x => x.ProviderStreetCode).HasMaxLength(12);
        b.Property(x => x.Description).HasMaxLength(1000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasMany(x => x.SubsidyStandards).WithOne().HasForeignKey(s => s.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SubsidyStandardConfiguration : IEntityTypeConfiguration<SubsidyStandard>
{
    public void Configure(EntityTypeBuilder<SubsidyStandard> b)
    {
        b.ToTable("SubsidyStandards", t => t.HasCheckConstraint(
            "CK_SubsidyStandards_Amounts", "[TrainingSubsidyFen] >= 0 AND [CertificationSubsidyFen] >= 0"));
        b.HasKey(x => x.Id);
        b.HasIndex(x => new { x.ProgrammeId, x.Year }).IsUnique();
    }
}

internal sealed class TrainingClassConfiguration : IEntityTypeConfiguration<TrainingClass>
{
    public void Configure(EntityTypeBuilder<TrainingClass> b)
    {
        b.ToTable("Classes", t =>
        {
            t.HasCheckConstraint("CK_Classes_Capacity", "[Capacity] > 0");
            t.HasCheckConstraint("CK_Classes_Enrolled", "[Enrolled] >= 0 AND [Enrolled] <= [Capacity]");
            t.HasCheckConstraint("CK_Classes_Dates", "[EndDate] >= [StartDate]");
        });
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.ProviderStreetCode).HasMaxLength(12);
        b.Property(x => x.Location).HasMaxLength(300);
        b.Property(x => x.Teacher).HasMaxLength(100);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.StatusReason).HasMaxLength(500);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.ProgrammeId);
        b.HasIndex(x => new { x.InstitutionId, x.StartDate });
        b.HasIndex(x => new { x.ProviderStreetCode, x.StartDate });
        b.HasIndex(x => x.StartDate);
        b.HasOne<Programme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TraineeConfiguration : IEntityTypeConfiguration<Trainee>
{
    public void Configure(EntityTypeBuilder<Trainee> b)
    {
        b.ToTable("Trainees");
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(50);
        b.HasIndex(x => x.Name);
        b.Property(x => x.IdNumberEncrypted).HasMaxLength(200);
        b.Property(x => x.IdNumberHash).HasMaxLength(64);
        b.HasIndex(x => x.IdNumberHash).IsUnique();
        b.Property(x => x.IdNumberMasked).HasMaxLength(18);
        b.Property(x => x.PhoneEncrypted).HasMaxLength(200);
        b.Property(x => x.PhoneMasked).HasMaxLength(30);
        b.Property(x => x.Category).HasMaxLength(50);
        b.Property(x => x.StreetCode).HasMaxLength(12);
        b.HasIndex(x => x.StreetCode);
        b.HasIndex(x => x.RegistryWorkerId);
    }
}

internal sealed class EnrollmentConfiguration : IEntityTypeConfiguration<Enrollment>
{
    public void Configure(EntityTypeBuilder<Enrollment> b)
    {
        b.ToTable("Enrollments");
        b.HasKey(x => x.Id);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.WithdrawnReason).HasMaxLength(500);
        b.Property(x => x.AttendedHours).HasConversion(Hours.Tenths);
        b.Property(x => x.AssessmentResult).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.SkillLevel).HasMaxLength(30);
        b.Property(x => x.CertificateNumber).HasMaxLength(50);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.IsActive);

        // One active seat per person and class; a withdrawn seat may be taken again.
        b.HasIndex(x => new { x.ClassId, x.TraineeId }).IsUnique().HasFilter("[Status] <> 'Withdrawn'");
        b.HasIndex(x => new { x.TraineeId, x.StartDate });
        b.HasIndex(x => new { x.Status, x.CompletedOn });
        b.HasOne<TrainingClass>().WithMany().HasForeignKey(x => x.ClassId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Trainee>().WithMany().HasForeignKey(x => x.TraineeId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AttendanceRecordConfiguration : IEntityTypeConfiguration<AttendanceRecord>
{
    public void Configure(EntityTypeBuilder<AttendanceRecord> b)
    {
        b.ToTable("Attendance", t => t.HasCheckConstraint("CK_Attendance_Hours", "[Hours] >= 0 AND [Hours] <= 240"));
        b.HasKey(x => x.Id);
        b.Property(x => x.Hours).HasConversion(Hours.Tenths);
        b.Property(x => x.RecordedBy).HasMaxLength(100);
        b.HasIndex(x => new { x.EnrollmentId, x.SessionDate }).IsUnique();
        b.HasIndex(x => new { x.ClassId, x.SessionDate });
        b.HasOne<Enrollment>().WithMany().HasForeignKey(x => x.EnrollmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    public void Configure(EntityTypeBuilder<Certificate> b)
    {
        b.ToTable("Certificates");
        b.HasKey(x => x.Id);
        b.Property(x => x.Code).HasMaxLength(20);
        b.HasIndex(x => x.Code).IsUnique();
        b.HasIndex(x => x.EnrollmentId).IsUnique();
        b.HasIndex(x => x.TraineeId);
        b.HasIndex(x => x.ClassId);
        b.Property(x => x.HolderNameMasked).HasMaxLength(50);
        b.Property(x => x.ProgrammeName).HasMaxLength(200);
        b.Property(x => x.Category).HasMaxLength(50);
        b.Property(x => x.SkillLevel).HasMaxLength(30);
        b.Property(x => x.CertificateNumber).HasMaxLength(50);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.RevokedReason).HasMaxLength(500);
        b.Property(x => x.RevokedBy).HasMaxLength(100);
        b.HasOne<Enrollment>().WithMany().HasForeignKey(x => x.EnrollmentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class NeedsSurveyConfiguration : IEntityTypeConfiguration<NeedsSurvey>
{
    public void Configure(EntityTypeBuilder<NeedsSurvey> b)
    {
        b.ToTable("NeedsSurveys", t => t.HasCheckConstraint(
            "CK_NeedsSurveys_Counts", "[RespondentCount] > 0 AND [WillingCount] >= 0 AND [WillingCount] <= [RespondentCount]"));
        b.HasKey(x => x.Id);
        b.Property(x => x.StreetCode).HasMaxLength(12);
        b.HasIndex(x => new { x.StreetCode, x.SurveyedOn });
        b.Property(x => x.RespondentType).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Categories).HasSpaceSeparatedConversion(500);
        b.Property(x => x.Notes).HasMaxLength(1000);
        b.Property(x => x.CreatedBy).HasMaxLength(100);
    }
}
