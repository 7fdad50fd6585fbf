using GreenBuild.Platform.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Supervision.Model;

/// <summary>执法检查人员 — a member of the enforcement pool. Signs in with an account that has the Inspector role (<see cref="UserId"/>).</summary>
public sealed class Inspector : ICityScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>执法证号 or pool number: the id on published candidate lists.</summary>
    public required string Number { get; set; }

    public required string Name { get; set; }

    /// <summary>The employer (avoidance: not the inspector's own employer).</summary>
    public Guid? OrganizationId { get; set; }

    public string? OrganizationName { get; set; }

    /// <summary>GB/T 2260 code of the inspector's city (avoidance: not their own city, when the task says so).</summary>
    public required string CityCode { get; set; }

    /// <summary>Specialty codes separated by commas (建筑节能, 绿色建筑, 结构, 消防…).</summary>
    public string Specialties { get; set; } = "";

    public bool IsAvailable { get; set; } = true;

    /// <summary>The Inspector account that carries out this inspector's assignments.</summary>
    public string? UserId { get; set; }

    public bool IsDemo { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public IReadOnlyList<string> SpecialtyList => Specialties.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

internal sealed class InspectorConfiguration : IEntityTypeConfiguration<Inspector>
{
    public void Configure(EntityTypeBuilder<Inspector> builder)
    {
        builder.ToTable("supervision_inspectors");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Number).HasMaxLength(40);
        builder.HasIndex(i => i.Number).IsUnique();
        builder.Property(i => i.Name).HasMaxLength(100);
        builder.Property(i => i.OrganizationName).HasMaxLength(200);
        builder.Property(i => i.CityCode).HasMaxLength(6);
        builder.Property(i => i.Specialties).HasMaxLength(400);
        builder.Property(i => i.UserId).HasMaxLength(64);
        builder.HasIndex(i => i.UserId);
        builder.Ignore(i => i.SpecialtyList);
    }
}
