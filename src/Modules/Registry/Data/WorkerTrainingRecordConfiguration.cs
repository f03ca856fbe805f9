using Jiafu.Registry.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jiafu.Registry.Data;

internal sealed class WorkerTrainingRecordConfiguration : IEntityTypeConfiguration<WorkerTrainingRecord>
{
    public void Configure(EntityTypeBuilder<WorkerTrainingRecord> b)
    {
        b.ToTable("WorkerTrainingRecords");
        b.HasKey(x => x.Id);
        b.Property(x => x.IdNumberHash).HasMaxLength(64);
        b.HasIndex(x => x.IdNumberHash);
        b.HasIndex(x => x.EnrollmentId).IsUnique();
        b.Property(x => x.ProgrammeName).HasMaxLength(200);
        b.Property(x => x.Category).HasMaxLength(50);
        b.Property(x => x.ClassName).HasMaxLength(200);
        b.Property(x => x.ProviderName).HasMaxLength(200);
        b.Property(x => x.AttendedHours).HasPrecision(6, 1);
        b.Property(x => x.CertificateNumber).HasMaxLength(50);
        b.Property(x => x.SkillLevel).HasMaxLength(30);
        b.Property(x => x.VerificationCode).HasMaxLength(20);
        b.Property(x => x.CertificateRevokedReason).HasMaxLength(500);
    }
}
