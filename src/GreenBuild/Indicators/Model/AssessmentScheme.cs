using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Indicators.Model;

/// <summary>年度考核方案 — a versioned, immutable set of weighted indicators; a change is a new version.</summary>
public sealed class AssessmentScheme
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string PlanCode { get; set; }

    public required string Name { get; set; }

    public int Version { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public List<AssessmentItem> Items { get; set; } = [];
}

internal sealed class AssessmentSchemeConfiguration : IEntityTypeConfiguration<AssessmentScheme>
{
    public void Configure(EntityTypeBuilder<AssessmentScheme> builder)
    {
        builder.ToTable("indicator_assessment_schemes");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.PlanCode).HasMaxLength(40);
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.CreatedBy).HasMaxLength(200);
        builder.HasIndex(s => new { s.Name, s.Version }).IsUnique();
        builder.HasMany(s => s.Items).WithOne().HasForeignKey(i => i.SchemeId).OnDelete(DeleteBehavior.Cascade);
    }
}
