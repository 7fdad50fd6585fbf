using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Platform.Places;

/// <summary>Level of an administrative division in GB/T 2260.</summary>
public enum PlaceLevel
{
    /// <summary>省</summary>
    Province,

    /// <summary>地级市</summary>
    Prefecture,

    /// <summary>县级行政区（市辖区、县、县级市）</summary>
    County,
}

/// <summary>What a county-level division is.</summary>
public enum CountyKind
{
    /// <summary>市辖区</summary>
    District,

    /// <summary>县</summary>
    County,

    /// <summary>县级市</summary>
    CountyLevelCity,
}

/// <summary>An administrative division of Shanxi with its GB/T 2260 code.</summary>
public sealed class Place
{
    /// <summary>Six-digit GB/T 2260 code, e.g. 140100 for 太原市.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public PlaceLevel Level { get; set; }

    public CountyKind? Kind { get; set; }

    public string? ParentCode { get; set; }

    /// <summary>One of the plan's 22 设市城市: the 11 prefecture-level cities and the 11 county-level cities.</summary>
    public bool IsPlanCity { get; set; }

    /// <summary>Climate sub-zone (GB 50176-2016), when known; editable by the province.</summary>
    public string? ClimateZone { get; set; }

    /// <summary>The prefecture a code belongs to: 140181 (古交市) → 140100 (太原市).</summary>
    public static string PrefectureOf(string code) => code.Length == 6 ? code[..4] + "00" : code;
}

internal sealed class PlaceConfiguration : IEntityTypeConfiguration<Place>
{
    public void Configure(EntityTypeBuilder<Place> builder)
    {
        builder.ToTable("places");
        builder.HasKey(p => p.Code);
        builder.Property(p => p.Code).HasMaxLength(6);
        builder.Property(p => p.Name).HasMaxLength(50);
        builder.Property(p => p.Level).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.ParentCode).HasMaxLength(6);
        builder.Property(p => p.ClimateZone).HasMaxLength(10);
        builder.HasIndex(p => p.ParentCode);
    }
}
