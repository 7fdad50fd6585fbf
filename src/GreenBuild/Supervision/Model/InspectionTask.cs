using GreenBuild.Platform.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Supervision.Model;

/// <summary>
/// 检查任务 — a "双随机" inspection task of the province (<see cref="CityCode"/> 140000) or a city: which objects
/// (kind, filters), how many (count or ratio, stratified or not), how many inspectors per object, the avoidance
/// rules, the draw time and the public random sources named in advance. Frozen from its announcement on: a
/// change is a new <see cref="Version"/> with the same <see cref="Code"/>, announced in its place.
/// </summary>
public sealed class InspectionTask : ICityScoped
{
    public const string ProvinceCode = "140000";

    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>任务编号, shared by all versions.</summary>
    public required string Code { get; set; }

    public int Version { get; set; } = 1;

    public Guid? PreviousVersionId { get; set; }

    public required string Title { get; set; }

    /// <summary>The organizing authority: 140000 for the province, or a prefecture.</summary>
    public required string CityCode { get; set; }

    public ObjectKind ObjectKind { get; set; }

    /// <summary>Project stages (registry enum names), comma-separated; empty = any.</summary>
    public string Stages { get; set; } = "";

    /// <summary>Object types, comma-separated; empty = any.</summary>
    public string Types { get; set; } = "";

    /// <summary>Cities of the objects (prefectures), comma-separated; empty = the organizer's whole area.</summary>
    public string ObjectCities { get; set; } = "";

    public CreditFilter CreditFilter { get; set; }

    public SampleMode SampleMode { get; set; }

    /// <summary>The number of objects, or the percentage of each stratum (rounded up).</summary>
    public decimal SampleValue { get; set; }

    public Stratification Stratification { get; set; }

    public int InspectorsPerObject { get; set; } = 2;

    /// <summary>Required specialties of inspectors, comma-separated (an inspector needs one of them); empty = any.</summary>
    public string Specialties { get; set; } = "";

    public bool AvoidOwnEmployer { get; set; } = true;

    public bool AvoidOwnCity { get; set; }

    public bool AvoidPreviousInspector { get; set; } = true;

    public DateTime DrawAtUtc { get; set; }

    public InspectionTaskStatus Status { get; set; } = InspectionTaskStatus.Draft;

    public required string CreatedBy { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public string? AnnouncedBy { get; set; }

    public DateTime? AnnouncedAtUtc { get; set; }

    public string? DrawnBy { get; set; }

    public DateTime? DrawnAtUtc { get; set; }

    public bool IsDemo { get; set; }

    public List<TaskSource> Sources { get; set; } = [];

    public List<TaskList> Lists { get; set; } = [];

    public List<TaskDraw> Draws { get; set; } = [];

    public bool IsFrozen => Status != InspectionTaskStatus.Draft;
}

internal sealed class InspectionTaskConfiguration : IEntityTypeConfiguration<InspectionTask>
{
    public void Configure(EntityTypeBuilder<InspectionTask> builder)
    {
        builder.ToTable("supervision_tasks");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Code).HasMaxLength(40);
        builder.HasIndex(t => new { t.Code, t.Version }).IsUnique();
        builder.Property(t => t.Title).HasMaxLength(200);
        builder.Property(t => t.CityCode).HasMaxLength(6);
        builder.Property(t => t.ObjectKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Stages).HasMaxLength(200);
        builder.Property(t => t.Types).HasMaxLength(400);
        builder.Property(t => t.ObjectCities).HasMaxLength(200);
        builder.Property(t => t.CreditFilter).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.SampleMode).HasConversion<string>().HasMaxLength(10);
        builder.Property(t => t.SampleValue).HasPrecision(9, 2);
        builder.Property(t => t.Stratification).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Specialties).HasMaxLength(400);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.CreatedBy).HasMaxLength(200);
        builder.Property(t => t.AnnouncedBy).HasMaxLength(200);
        builder.Property(t => t.DrawnBy).HasMaxLength(200);
        builder.HasMany(t => t.Sources).WithOne().HasForeignKey(s => s.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Lists).WithOne().HasForeignKey(l => l.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Draws).WithOne().HasForeignKey(d => d.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(t => t.IsFrozen);
    }
}
