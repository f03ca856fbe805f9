using Jiafu.Registry.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jiafu.Registry.Data;

internal sealed class RevocationProposalConfiguration : IEntityTypeConfiguration<RevocationProposal>
{
    public void Configure(EntityTypeBuilder<RevocationProposal> b)
    {
        b.ToTable("RevocationProposals");
        b.HasKey(x => x.Id);
        b.Property(x => x.InstitutionName).HasMaxLength(200);
        b.Property(x => x.Findings).HasMaxLength(2000);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.DecisionNote).HasMaxLength(500);
        b.Property(x => x.DecidedBy).HasMaxLength(100);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.InspectionTaskId).IsUnique();
        b.HasIndex(x => new { x.Status, x.CreatedAt });
        b.HasIndex(x => x.InstitutionId);
    }
}
