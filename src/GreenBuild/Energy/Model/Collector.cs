using GreenBuild.Platform.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Energy.Model;

/// <summary>
/// 数据采集器 — a data collector (a gateway or a city data centre) that sends readings with its own API key
/// (scope <c>energy:ingest</c>); the key may write only the meters assigned to this collector.
/// </summary>
public sealed class Collector : ICityScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    /// <summary>The city the collector serves (its officers manage it).</summary>
    public required string CityCode { get; set; }

    /// <summary>The public prefix of the collector's API key (key → collector ownership); null until a key is issued.</summary>
    public string? ApiKeyPrefix { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}

internal sealed class CollectorConfiguration : IEntityTypeConfiguration<Collector>
{
    public void Configure(EntityTypeBuilder<Collector> builder)
    {
        builder.ToTable("energy_collectors");
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.HasIndex(c => c.Name).IsUnique();
        builder.Property(c => c.CityCode).HasMaxLength(6);
        builder.Property(c => c.ApiKeyPrefix).HasMaxLength(16);
        builder.HasIndex(c => c.ApiKeyPrefix).IsUnique();
    }
}
