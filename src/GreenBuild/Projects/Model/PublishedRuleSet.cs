using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Projects.Model;

/// <summary>
/// A rule-set version published by the province (when a standard takes effect or the plan is revised), kept as
/// the JSON it was published with; together with the shipped versions it forms the catalog the checker reads.
/// </summary>
public sealed class PublishedRuleSet
{
    public required string Version { get; set; }

    public DateOnly PublishedOn { get; set; }

    public required string Json { get; set; }

    public DateTime PublishedAtUtc { get; set; }

    public required string PublishedBy { get; set; }
}

internal sealed class PublishedRuleSetConfiguration : IEntityTypeConfiguration<PublishedRuleSet>
{
    public void Configure(EntityTypeBuilder<PublishedRuleSet> builder)
    {
        builder.ToTable("project_rule_sets");
        builder.HasKey(r => r.Version);
        builder.Property(r => r.Version).HasMaxLength(20);
        builder.Property(r => r.Json).HasColumnType("text");
        builder.Property(r => r.PublishedBy).HasMaxLength(200);
    }
}
