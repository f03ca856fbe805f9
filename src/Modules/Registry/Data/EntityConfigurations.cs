using Jiafu.Registry.Domain;
using Jiafu.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jiafu.Registry.Data;

internal sealed class InstitutionConfiguration : IEntityTypeConfiguration<Institution>
{
    public void Configure(EntityTypeBuilder<Institution> b)
    {
        b.ToTable("Institutions");
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.CreditCode).HasMaxLength(18);
        b.HasIndex(x => x.CreditCode).IsUnique();
        b.Property(x => x.StreetCode).HasMaxLength(12);
        b.HasIndex(x => new { x.StreetCode, x.Status });
        b.HasIndex(x => x.Name);
        b.Property(x => x.Address).HasMaxLength(300);
        b.Property(x => x.LegalRepresentative).HasMaxLength(50);
        b.Property(x => x.ContactPhone).HasMaxLength(30);
        b.Property(x => x.BusinessFormats).HasSpaceSeparatedConversion(500);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.StatusReason).HasMaxLength(500);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.IsActive);
    }
}

internal sealed class StatusChangeConfiguration : IEntityTypeConfiguration<StatusChange>
{
    public void Configure(EntityTypeBuilder<StatusChange> b)
    {
        b.ToTable("StatusChanges");
        b.HasKey(x => x.Id);
        b.Property(x => x.SubjectType).HasMaxLength(50);
        b.HasIndex(x => new { x.SubjectId, x.ChangedAt });
        b.Property(x => x.FromStatus).HasMaxLength(30);
        b.Property(x => x.ToStatus).HasMaxLength(30);
        b.Property(x => x.Action).HasMaxLength(50);
        b.Property(x => x.Reason).HasMaxLength(500);
        b.Property(x => x.ChangedBy).HasMaxLength(100);
    }
}

internal sealed class WorkerConfiguration : IEntityTypeConfiguration<Worker>
{
    public void Configure(EntityTypeBuilder<Worker> b)
    {
        b.ToTable("Workers");
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(50);
        b.Property(x => x.IdNumberEncrypted).HasMaxLength(200);
        b.Property(x => x.IdNumberHash).HasMaxLength(64);
        b.HasIndex(x => x.IdNumberHash).IsUnique();
        b.Property(x => x.IdNumberMasked).HasMaxLength(18);
        b.Property(x => x.PhoneEncrypted).HasMaxLength(200);
        b.Property(x => x.PhoneHash).HasMaxLength(64);
        b.HasIndex(x => x.PhoneHash);
        b.Property(x => x.PhoneMasked).HasMaxLength(30);
        b.Property(x => x.StreetCode).HasMaxLength(12);
        b.HasIndex(x => new { x.StreetCode, x.Name });
        b.HasIndex(x => x.InstitutionId);
        b.HasIndex(x => x.Name);
        // Covers every statistics query on workers (ADR 0065): the street officer's seek by street and creation time, and the
        // district's group-bys scan this narrow index instead of the wide table (encrypted ID numbers and phones).
        b.HasIndex(x => new
        {
            x.StreetCode, x.CreatedAt, x.EmploymentType, x.Gender, x.BirthDate, x.IsRevoked, x.IdentityVerified,
            x.HealthCheckValidUntil, x.AccidentInsuranceValidUntil, x.InstitutionId, x.JobTypes,
        }, "IX_Workers_Statistics");
        b.Property(x => x.Gender).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.EmploymentType).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.JobTypes).HasSpaceSeparatedConversion(500);
        b.Property(x => x.RevokedReason).HasMaxLength(500);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasMany(x => x.Certificates).WithOne().HasForeignKey(c => c.WorkerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WorkerCertificateConfiguration : IEntityTypeConfiguration<WorkerCertificate>
{
    public void Configure(EntityTypeBuilder<WorkerCertificate> b)
    {
        b.ToTable("WorkerCertificates");
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Number).HasMaxLength(50);
        b.Property(x => x.Level).HasMaxLength(30);
    }
}

internal sealed class WorkerEmploymentConfiguration : IEntityTypeConfiguration<WorkerEmployment>
{
    public void Configure(EntityTypeBuilder<WorkerEmployment> b)
    {
        b.ToTable("WorkerEmployments");
        b.HasKey(x => x.Id);
        b.HasIndex(x => new { x.WorkerId, x.StartedOn });
        b.HasIndex(x => x.InstitutionId);
        b.Property(x => x.EmploymentType).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class ServicePointConfiguration : IEntityTypeConfiguration<ServicePoint>
{
    public void Configure(EntityTypeBuilder<ServicePoint> b)
    {
        b.ToTable("ServicePoints");
        b.HasKey(x => x.Id);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.StreetCode).HasMaxLength(12);
        b.Property(x => x.Address).HasMaxLength(300);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.StatusReason).HasMaxLength(500);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.InstitutionId);
        b.HasIndex(x => new { x.StreetCode, x.Status });
        b.HasOne<Institution>().WithMany().HasForeignKey(x => x.InstitutionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EmployeeFilingConfiguration : IEntityTypeConfiguration<EmployeeFiling>
{
    public void Configure(EntityTypeBuilder<EmployeeFiling> b)
    {
        b.ToTable("EmployeeFilings");
        b.HasKey(x => x.Id);
        b.HasIndex(x => new { x.InstitutionId, x.SubmittedAt });
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.SubmittedBy).HasMaxLength(100);
        b.Property(x => x.ReviewedBy).HasMaxLength(100);
        b.Property(x => x.ReviewNote).HasMaxLength(500);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Institution>().WithMany().HasForeignKey(x => x.InstitutionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class InstitutionTitleConfiguration : IEntityTypeConfiguration<InstitutionTitle>
{
    public void Configure(EntityTypeBuilder<InstitutionTitle> b)
    {
        b.ToTable("InstitutionTitles");
        b.HasKey(x => x.Id);
        b.Property(x => x.Title).HasMaxLength(50);
        b.Property(x => x.Level).HasMaxLength(20);
        b.Property(x => x.GrantedBy).HasMaxLength(100);
        b.Property(x => x.WithdrawnReason).HasMaxLength(500);
        b.HasIndex(x => new { x.InstitutionId, x.Title, x.Year }).IsUnique();
        b.HasOne<Institution>().WithMany().HasForeignKey(x => x.InstitutionId).OnDelete(DeleteBehavior.Restrict);
    }
}
