using GreenBuild.Labels.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Projects.Contracts;
using GreenBuild.Projects.Model;
using GreenBuild.Projects.Rules;
using GreenBuild.Standards.GreenRating;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Labels;

/// <summary>What an applicant files to open an application.</summary>
public sealed record NewApplication(Guid ProjectId, GreenLevel TargetLevel, IReadOnlyList<Guid>? Participants, SelfAssessment? Assessment);

/// <summary>
/// 创建申报 — an applicant opens an application for one of its own registry projects at 竣工验收 or 运营, for 一星,
/// 二星 or 三星 (三星 is reviewed here and recommended upward). One open application per project.
/// </summary>
public sealed class CreateApplication(GreenBuildDb db, IProjectRegistry registry, RateSelfAssessment rate, TimeProvider clock)
{
    public static readonly IReadOnlyList<ProjectStage> EligibleStages = [ProjectStage.CompletionAcceptance, ProjectStage.Operation];

    public async Task<Outcome<LabelApplication>> RunAsync(LabelActor actor, NewApplication input, bool isDemo = false, CancellationToken cancellationToken = default)
    {
        if (!actor.IsApplicant && !isDemo)
        {
            return LabelErrors.Fail<LabelApplication>("applicant.only", "projectId");
        }

        var project = await registry.FindAsync(input.ProjectId, cancellationToken);
        if (project is null || (!isDemo && project.OrganizationId != actor.Scope.OrganizationId))
        {
            return LabelErrors.Fail<LabelApplication>("project.unknown", "projectId", input.ProjectId);
        }

        var errors = new List<PlatformError>();
        if (!EligibleStages.Contains(project.Stage))
        {
            errors.Add(LabelErrors.Of("project.stage", "projectId", project.Code));
        }

        if (input.TargetLevel is not (GreenLevel.OneStar or GreenLevel.TwoStar or GreenLevel.ThreeStar))
        {
            errors.Add(LabelErrors.Of("target.level", "targetLevel", input.TargetLevel));
        }

        var open = await db.Set<LabelApplication>().AsNoTracking()
            .Where(a => a.ProjectId == project.Id && a.Status != ApplicationStatus.Rejected && a.Status != ApplicationStatus.Revoked)
            .Select(a => a.Number).FirstOrDefaultAsync(cancellationToken);
        if (open is not null)
        {
            errors.Add(LabelErrors.Of("project.open", "projectId", project.Code, open));
        }

        var participants = (input.Participants ?? []).Distinct().ToList();
        var known = await db.Organizations.AsNoTracking().Where(o => participants.Contains(o.Id)).Select(o => o.Id).ToListAsync(cancellationToken);
        foreach (var unknown in participants.Except(known))
        {
            errors.Add(LabelErrors.Of("participant.unknown", "participants", unknown));
        }

        var assessment = input.Assessment ?? new SelfAssessment();
        var isResidential = project.BuildingType == ProjectBuildingType.Residential;
        var rating = rate.Run(assessment, isResidential);
        errors.AddRange(rating.Errors);
        if (errors.Count > 0)
        {
            return Outcome<LabelApplication>.Fail([.. errors]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var year = Numbering.YearOf(now);
        var prefix = Numbering.Application(year, 0)[..8];
        var sequence = await db.Set<LabelApplication>().CountAsync(a => a.Number.StartsWith(prefix), cancellationToken) + 1;
        var organization = await db.Organizations.AsNoTracking().Where(o => o.Id == project.OrganizationId).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);
        var application = new LabelApplication
        {
            Number = Numbering.Application(year, sequence), ProjectId = project.Id, ProjectCode = project.Code, ProjectName = project.Name,
            CityCode = project.CityCode, OrganizationId = project.OrganizationId, OrganizationName = organization ?? "",
            FloorArea = project.FloorArea, IsResidential = isResidential, TargetLevel = input.TargetLevel, Status = ApplicationStatus.Draft,
            ExpectedLevel = rating.Value!.Level, Participants = string.Join(',', participants), CreatedBy = actor.Name,
            CreatedAtUtc = now, UpdatedAtUtc = now, IsDemo = isDemo,
        };
        db.Add(application);
        db.Add(Versions.New(application, 1, assessment, rating.Value, actor, now));
        History.Record(db, application.Id, actor, now, "created", application.Number);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<LabelApplication>.Ok(application);
    }
}
