using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Energy.Model;

/// <summary>
/// 能耗分类分项编码 — one code of the national sub-metering dictionary (01000 电, 01A00 照明插座用电 …), loaded
/// from the versioned reference file with its source; a province may add local codes (<see cref="IsLocal"/>).
/// </summary>
public sealed class EnergyItemCode
{
    /// <summary>Five characters: category digits, sub-item letter, level digits (01A00, 01D10).</summary>
    public required string Code { get; set; }

    public required string NameZh { get; set; }

    public required string NameEn { get; set; }

    /// <summary>The category (分类) this code belongs to: 01000, 02000 …; itself for a category.</summary>
    public required string CategoryCode { get; set; }

    /// <summary>The unit roll-ups of this category are kept in (kWh, m³, GJ).</summary>
    public required string CanonicalUnit { get; set; }

    /// <summary>Meter units accepted for the category, space-separated (e.g. <c>GJ MJ kWh</c>).</summary>
    public required string AcceptedUnits { get; set; }

    /// <summary>The dictionary version that brought the code.</summary>
    public required string DictionaryVersion { get; set; }

    public required string Source { get; set; }

    public bool IsLocal { get; set; }

    public bool IsCategory => Code == CategoryCode;
}

internal sealed class EnergyItemCodeConfiguration : IEntityTypeConfiguration<EnergyItemCode>
{
    public void Configure(EntityTypeBuilder<EnergyItemCode> builder)
    {
        builder.ToTable("energy_item_codes");
        builder.HasKey(c => c.Code);
        builder.Property(c => c.Code).HasMaxLength(5);
        builder.Property(c => c.NameZh).HasMaxLength(100);
        builder.Property(c => c.NameEn).HasMaxLength(100);
        builder.Property(c => c.CategoryCode).HasMaxLength(5);
        builder.Property(c => c.CanonicalUnit).HasMaxLength(10);
        builder.Property(c => c.AcceptedUnits).HasMaxLength(100);
        builder.Property(c => c.DictionaryVersion).HasMaxLength(20);
        builder.Property(c => c.Source).HasMaxLength(500);
        builder.Ignore(c => c.IsCategory);
    }
}
