using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Platform.Places;

/// <summary>Where the loaded places came from: the data package, its version and when they were loaded.</summary>
public sealed class PlaceSource
{
    public int Id { get; set; } = 1;

    public required string Package { get; set; }

    public required string Version { get; set; }

    public required string GeneratedBy { get; set; }

    public int PlaceCount { get; set; }

    public DateTime LoadedAtUtc { get; set; }
}

internal sealed class PlaceSourceConfiguration : IEntityTypeConfiguration<PlaceSource>
{
    public void Configure(EntityTypeBuilder<PlaceSource> builder)
    {
        builder.ToTable("place_sources");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Package).HasMaxLength(100);
        builder.Property(p => p.Version).HasMaxLength(40);
        builder.Property(p => p.GeneratedBy).HasMaxLength(100);
    }
}
