using System.Text.Json;
using GreenBuild.Projects.Model;
using GreenBuild.Projects.Rules;
using GreenBuild.Standards.GreenRating;

namespace GreenBuild.Projects.Api;

/// <summary>A stored check: the rule-set version it used, its findings, and an override reason if the province gave one.</summary>
public sealed record CheckDto(Guid Id, ProjectStage Stage, CheckTrigger Trigger, string RuleSetVersion, DateOnly DesignReviewDate, DateTime CheckedAtUtc,
    int MandatoryFindings, int AdvisoryFindings, string? OverrideReason, JsonElement Findings)
{
    internal static CheckDto Of(ProjectCheckRecord c)
    {
        using var findings = JsonDocument.Parse(c.Findings);
        return new CheckDto(c.Id, c.Stage, c.Trigger, c.RuleSetVersion, c.DesignReviewDate, c.CheckedAtUtc, c.MandatoryFindings, c.AdvisoryFindings,
            c.OverrideReason, findings.RootElement.Clone());
    }
}

/// <summary>The answer to a save: the project, the check made (null when nothing changed) and whether anything changed.</summary>
public sealed record SavedDto(Project Project, CheckDto? Check, bool Changed);

/// <summary>A row of the project list.</summary>
public sealed record ProjectRowDto(Guid Id, string Code, string Name, string CityCode, ProjectStage Stage, ProjectBuildingType BuildingType,
    Funding Funding, decimal FloorArea, GreenLevel GreenLevel, DateOnly? DesignReviewDate, int MandatoryFindings, int AdvisoryFindings);

/// <summary>A page of the project list with the total count of the filter.</summary>
public sealed record ProjectPageDto(IReadOnlyList<ProjectRowDto> Items, int Total, int Page, int PageSize);

/// <summary>The project as it stood at a stage it has left.</summary>
public sealed record StageRecordDto(ProjectStage Stage, DateTime RecordedAtUtc, ProjectSnapshot Snapshot);

/// <summary>One field that differs between two stages' records.</summary>
public sealed record DifferenceDto(string Field, object? Before, object? After);

/// <summary>Two stages compared field by field (the current record stands for the stage the project is in).</summary>
public sealed record StageComparisonDto(ProjectStage From, ProjectStage To, IReadOnlyList<DifferenceDto> Differences);

/// <summary>An attachment's description (the bytes are downloaded separately).</summary>
public sealed record AttachmentDto(Guid Id, ProjectStage Stage, AttachmentKind Kind, string FileName, string ContentType, long Length, string Sha256, DateTime UploadedAtUtc);

/// <summary>An import: where it stands, its progress while running, and its report once checked or committed.</summary>
public sealed record ImportDto(Guid Id, string FileName, string Sha256, long Length, ImportStatus Status, string? Message, DateTime CreatedAtUtc,
    DateTime? FinishedAtUtc, string UploadedByName, int Percent, string Phase, JsonElement? Report);
