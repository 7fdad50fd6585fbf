using GreenBuild.Labels.Model;
using GreenBuild.Labels.Review;
using GreenBuild.Standards;
using GreenBuild.Standards.GreenRating;

namespace GreenBuild.Labels.Api;

/// <summary>The shapes the label API speaks.</summary>
public static class LabelDtos
{
    public sealed record ApplicationSummary(Guid Id, string Number, Guid ProjectId, string ProjectCode, string ProjectName, string CityCode,
        string OrganizationName, decimal FloorArea, GreenLevel TargetLevel, GreenLevel ExpectedLevel, GreenLevel? PanelLevel, ApplicationStatus Status,
        int CurrentVersion, DateTime UpdatedAtUtc, DateTime? SubmittedAtUtc, string? ReturnReasons, DateTime? ResubmitByUtc);

    public sealed record VersionDto(Guid Id, int Version, GreenLevel ExpectedLevel, decimal TotalScore, DateTime CreatedAtUtc, DateTime? SubmittedAtUtc,
        SelfAssessment Assessment, Explanation Explanation);

    public sealed record FileDto(Guid Id, int Version, EvidenceKind Kind, string? Clause, string FileName, string ContentType, long Size, string Sha256, DateTime UploadedAtUtc);

    public sealed record EventDto(DateTime AtUtc, string Actor, string Kind, string? Detail);

    public sealed record DrawDto(Specialty Specialty, int Count, string Sha256, string Candidates, string Avoid, int Round, IReadOnlyList<PublishedStep> Steps);

    public sealed record MemberDto(Guid Id, string ExpertCode, string ExpertName, Specialty Specialty, int Round, MemberStatus Status, string? ConflictReason,
        IReadOnlyList<ExpertScore> Scores, string? Opinion, GreenLevel? RecommendedLevel, DateTime? SubmittedAtUtc,
        DateTime? DeadlineUtc, string? ReplacedReason, DateTime? ReplacedAtUtc);

    /// <summary>A panel; members are listed for the province only (applicants see the conclusion).</summary>
    public sealed record PanelDto(Guid Id, int Version, PanelStatus Status, IReadOnlyList<string> SourceNames, string? SourceValues, string? DrawKey,
        DateTime AnnouncedAtUtc, DateTime? DrawnAtUtc, DateTime? DeadlineUtc, GreenLevel? ConclusionLevel, decimal? ConclusionScore, string? Opinion,
        IReadOnlyList<DrawDto> Draws, IReadOnlyList<MemberDto>? Members);

    public sealed record NoticeDto(Guid Id, Guid ApplicationId, string ApplicationNumber, string ProjectName, string OrganizationName, string CityCode,
        GreenLevel ProposedLevel, decimal PanelScore, int Days, DateTime StartsAtUtc, DateTime EndsAtUtc, bool IsOpen);

    public sealed record ObjectionDto(Guid Id, string TrackingCode, string? Name, string? Contact, string Text, DateTime SubmittedAtUtc, ObjectionStatus Status,
        string? Response, DateTime? HandledAtUtc);

    public sealed record CertificateDto(Guid Id, string Number, Guid ApplicationId, string ProjectCode, string ProjectName, string CityCode, string OrganizationName,
        decimal FloorArea, GreenLevel Level, GreenLevel CertifiedLevel, CertificateStatus Status, string? StatusReason, DateTime? StatusChangedAtUtc,
        DateTime IssuedAtUtc, DateTime NextRecheckDueUtc, string? MonitoringBuildingCode, string? VerificationCode);

    public sealed record ApplicationDetail(ApplicationSummary Application, IReadOnlyList<Guid> Participants, VersionDto Current, IReadOnlyList<int> Versions,
        IReadOnlyList<FileDto> Files, IReadOnlyList<EventDto> Events, IReadOnlyList<PanelDto> Panels, NoticeDto? Notice,
        IReadOnlyList<ObjectionDto> Objections, CertificateDto? Certificate);

    public sealed record RatingDto(GreenLevel Level, string LevelName, decimal TotalScore, Explanation Explanation);

    public sealed record SavedAssessment(ApplicationSummary Application, int Version, RatingDto Rating);

    public sealed record AssignmentDto(Guid Id, Guid ApplicationId, string ApplicationNumber, string ProjectName, Specialty Specialty, MemberStatus Status,
        DateTime? DeadlineUtc, IReadOnlyList<AssessmentItem> Items, IReadOnlyList<FileDto> Files, IReadOnlyList<ExpertScore> Scores, string? Opinion);

    public sealed record ProjectChoice(Guid Id, string Code, string Name, string CityCode, decimal FloorArea, string Stage, GreenLevel GreenLevel);

    public sealed record ExpertDto(Guid Id, string Code, string Name, string UserId, Guid? OrganizationId, Specialty Specialty, bool IsActive, string InvolvedProjectCodes);

    public sealed record NotificationDto(Guid Id, string Subject, string Body, string? Link, DateTime CreatedAtUtc, DateTime? ReadAtUtc, string EmailStatus);

    public static ApplicationSummary Summary(LabelApplication a) => new(a.Id, a.Number, a.ProjectId, a.ProjectCode, a.ProjectName, a.CityCode, a.OrganizationName,
        a.FloorArea, a.TargetLevel, a.ExpectedLevel, a.PanelLevel, a.Status, a.CurrentVersion, a.UpdatedAtUtc, a.SubmittedAtUtc, a.ReturnReasons, a.ResubmitByUtc);

    public static VersionDto Version(ApplicationVersion v) => new(v.Id, v.Version, v.ExpectedLevel, v.TotalScore, v.CreatedAtUtc, v.SubmittedAtUtc,
        Versions.Assessment(v), LabelJson.Read<Explanation>(v.ExplanationJson));

    public static FileDto File(EvidenceFile f) => new(f.Id, f.Version, f.Kind, f.Clause, f.FileName, f.ContentType, f.Size, f.Sha256, f.UploadedAtUtc);

    public static PanelDto Panel(ReviewPanel p, bool withMembers) => new(p.Id, p.Version, p.Status, p.SourceNames.Split('\n'), p.SourceValues, p.DrawKey,
        p.AnnouncedAtUtc, p.DrawnAtUtc, p.DeadlineUtc, p.ConclusionLevel, p.ConclusionScore, p.Opinion,
        [.. p.Draws.OrderBy(d => d.Specialty).Select(d => new DrawDto(d.Specialty, d.Count, d.Sha256, d.CandidateText, d.AvoidText, d.Round, LabelJson.Read<List<PublishedStep>>(d.StepsJson)))],
        withMembers ? [.. p.Members.OrderBy(m => m.Specialty).ThenBy(m => m.Round).Select(Member)] : null);

    public static MemberDto Member(PanelMember m) => new(m.Id, m.ExpertCode, m.ExpertName, m.Specialty, m.Round, m.Status, m.ConflictReason,
        LabelJson.Read<List<ExpertScore>>(m.ScoresJson), m.Opinion, m.RecommendedLevel, m.SubmittedAtUtc, m.DeadlineUtc, m.ReplacedReason, m.ReplacedAtUtc);

    public static NoticeDto Notice(PublicNotice n, DateTime now) => new(n.Id, n.ApplicationId, n.ApplicationNumber, n.ProjectName, n.OrganizationName, n.CityCode,
        n.ProposedLevel, n.PanelScore, n.Days, n.StartsAtUtc, n.EndsAtUtc, n.IsOpenAt(now));

    /// <summary>The objector's name and contact are for the province only.</summary>
    public static ObjectionDto Objection(Objection o, bool withContact) => new(o.Id, o.TrackingCode, withContact ? o.Name : null, withContact ? o.Contact : null,
        o.Text, o.SubmittedAtUtc, o.Status, o.Response, o.HandledAtUtc);

    /// <summary>The verification code is shown to the certificate's holder and the officials, never on public lists.</summary>
    public static CertificateDto Certificate(Certificate c, bool withCode) => new(c.Id, c.Number, c.ApplicationId, c.ProjectCode, c.ProjectName, c.CityCode,
        c.OrganizationName, c.FloorArea, c.Level, c.CertifiedLevel, c.Status, c.StatusReason, c.StatusChangedAtUtc, c.IssuedAtUtc, c.NextRecheckDueUtc,
        c.MonitoringBuildingCode, withCode ? c.VerificationCode : null);

    public static RatingDto Rating(Rating r) => new(r.Level, r.LevelName, r.TotalScore, r.Explanation);
}
