using GreenBuild.Platform.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GreenBuild.Supervision.Model;

/// <summary>The course of one inspection, from the draw to its publication (一公开).</summary>
public enum InspectionStatus
{
    /// <summary>已分派 — drawn, inspectors assigned.</summary>
    Assigned = 1,

    /// <summary>已提交 — checklist and findings recorded, awaiting approval.</summary>
    Submitted = 2,

    /// <summary>整改中 — a rectification order is open.</summary>
    Rectifying = 3,

    /// <summary>已办结 — approved (no rectification, or rectification verified by re-inspection).</summary>
    Closed = 4,

    /// <summary>已公开 — the result is on the public portal.</summary>
    Published = 5,
}

/// <summary>检查记录 — the inspection of one drawn object.</summary>
public sealed class Inspection : ICityScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TaskId { get; set; }

    public ObjectKind ObjectKind { get; set; }

    public required string ObjectCode { get; set; }

    public required string ObjectName { get; set; }

    /// <summary>The object's city.</summary>
    public required string CityCode { get; set; }

    /// <summary>The responsible enterprise, whose credit record the findings feed.</summary>
    public Guid? OrganizationId { get; set; }

    public InspectionStatus Status { get; set; } = InspectionStatus.Assigned;

    public string? Summary { get; set; }

    public DateTime? InspectedOn { get; set; }

    public string? SubmittedBy { get; set; }

    public string? ApprovedBy { get; set; }

    public DateTime? ApprovedAtUtc { get; set; }

    public DateTime? PublishedAtUtc { get; set; }

    public bool IsDemo { get; set; }

    public List<InspectionAssignment> Assignments { get; set; } = [];

    public List<InspectionItem> Items { get; set; } = [];

    public List<Finding> Findings { get; set; } = [];

    public List<Rectification> Rectifications { get; set; } = [];
}

/// <summary>An inspector drawn for an inspection.</summary>
public sealed class InspectionAssignment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid InspectionId { get; set; }

    public Guid InspectorId { get; set; }

    public required string InspectorNumber { get; set; }

    public required string InspectorName { get; set; }

    /// <summary>The inspector's account at the draw (who may open the inspection).</summary>
    public string? UserId { get; set; }
}

/// <summary>The result of one checklist item of an inspection.</summary>
public enum ItemResult
{
    Pending = 0,
    Conforms = 1,
    DoesNotConform = 2,
    NotApplicable = 3,
}

/// <summary>检查项 — one checklist item as applied to an inspection, with the clause or plan rule it cites.</summary>
public sealed class InspectionItem
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid InspectionId { get; set; }

    public required string ItemCode { get; set; }

    public required string Text { get; set; }

    public required string Citation { get; set; }

    public ItemResult Result { get; set; }

    public string? Note { get; set; }
}

internal sealed class InspectionConfiguration : IEntityTypeConfiguration<Inspection>
{
    public void Configure(EntityTypeBuilder<Inspection> builder)
    {
        builder.ToTable("supervision_inspections");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.ObjectKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.ObjectCode).HasMaxLength(200);
        builder.HasIndex(i => new { i.TaskId, i.ObjectCode }).IsUnique();
        builder.HasIndex(i => new { i.ObjectKind, i.ObjectCode });
        builder.Property(i => i.ObjectName).HasMaxLength(200);
        builder.Property(i => i.CityCode).HasMaxLength(6);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Summary).HasMaxLength(4000);
        builder.Property(i => i.SubmittedBy).HasMaxLength(200);
        builder.Property(i => i.ApprovedBy).HasMaxLength(200);
        builder.HasMany(i => i.Assignments).WithOne().HasForeignKey(a => a.InspectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Items).WithOne().HasForeignKey(a => a.InspectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Findings).WithOne().HasForeignKey(a => a.InspectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Rectifications).WithOne().HasForeignKey(a => a.InspectionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InspectionAssignmentConfiguration : IEntityTypeConfiguration<InspectionAssignment>
{
    public void Configure(EntityTypeBuilder<InspectionAssignment> builder)
    {
        builder.ToTable("supervision_inspection_assignments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.InspectorNumber).HasMaxLength(40);
        builder.Property(a => a.InspectorName).HasMaxLength(100);
        builder.Property(a => a.UserId).HasMaxLength(64);
        builder.HasIndex(a => a.UserId);
    }
}

internal sealed class InspectionItemConfiguration : IEntityTypeConfiguration<InspectionItem>
{
    public void Configure(EntityTypeBuilder<InspectionItem> builder)
    {
        builder.ToTable("supervision_inspection_items");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.ItemCode).HasMaxLength(40);
        builder.Property(i => i.Text).HasMaxLength(400);
        builder.Property(i => i.Citation).HasMaxLength(400);
        builder.Property(i => i.Result).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Note).HasMaxLength(2000);
    }
}
