using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Audit;
using GreenBuild.Platform.Database;
using GreenBuild.Supervision.Credit;
using GreenBuild.Supervision.Model;
using GreenBuild.Supervision.Tasks;

namespace GreenBuild.Supervision.Inspections;

/// <summary>
/// 审核、整改、复查、公开 — an official of the object's city approves a submitted inspection (a major or serious
/// finding needs a rectification order with a future deadline); the inspected enterprise reports its rectification;
/// the inspector re-inspects (passed: closed; failed: a bad credit entry and the next order); an official publishes
/// a closed inspection (一公开). Credit entries follow <see cref="CreditRules"/>; every change is audited.
/// </summary>
public sealed class ReviewInspection(GreenBuildDb db, AttachmentStore store, ICurrentActor actor, TimeProvider clock)
{
    public async Task<Outcome<Inspection>> ApproveAsync(InspectionAccess access, Guid id, ApprovalInput input, CancellationToken ct = default)
    {
        var inspection = await LoadInspection.ByIdAsync(db, id, ct);
        if (inspection is null || !access.CanManage(inspection))
        {
            return TaskErrors.Fail<Inspection>("inspection.unknown", "id", id);
        }

        if (inspection.Status != InspectionStatus.Submitted)
        {
            return TaskErrors.Fail<Inspection>("inspection.approve.status", "status", inspection.Status);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var needsOrder = inspection.Findings.Any(f => f.Severity >= FindingSeverity.Major);
        if (needsOrder)
        {
            var order = Order(inspection, input.Requirement, input.DeadlineUtc, now, out var error);
            if (error is not null)
            {
                return Outcome<Inspection>.Fail(error);
            }

            db.Add(order!);
            inspection.Status = InspectionStatus.Rectifying;
        }
        else
        {
            inspection.Status = InspectionStatus.Closed;
        }

        (inspection.ApprovedBy, inspection.ApprovedAtUtc) = (actor.Name, now);
        AddCreditEntries(inspection, now);
        await db.SaveChangesAsync(ct);
        return Outcome<Inspection>.Ok(inspection);
    }

    public async Task<Outcome<Rectification>> ReportAsync(InspectionAccess access, Guid rectificationId, string? report, IReadOnlyList<Upload> files, CancellationToken ct = default)
    {
        var (inspection, rectification) = await FindAsync(rectificationId, ct);
        if (inspection is null || rectification is null || !(access.IsInspectedEnterprise(inspection) || access.CanManage(inspection)))
        {
            return TaskErrors.Fail<Rectification>("rectification.unknown", "id", rectificationId);
        }

        if (rectification.Status != RectificationStatus.Open)
        {
            return TaskErrors.Fail<Rectification>("rectification.status", "status", rectification.Status);
        }

        var errors = new List<PlatformError>(store.Check(files));
        if (string.IsNullOrWhiteSpace(report) || report.Length > RecordInspection.MaxText)
        {
            errors.Add(TaskErrors.Error("directory.required", "report", RecordInspection.MaxText));
        }

        if (errors.Count > 0)
        {
            return Outcome<Rectification>.Fail([.. errors]);
        }

        (rectification.Report, rectification.ReportedAtUtc, rectification.Status) = (report!.Trim(), clock.GetUtcNow().UtcDateTime, RectificationStatus.Reported);
        db.AddRange(await store.StoreAsync(AttachmentOwner.Rectification, rectification.Id, files, ct));
        await db.SaveChangesAsync(ct);
        return Outcome<Rectification>.Ok(rectification);
    }

    public async Task<Outcome<Inspection>> ReinspectAsync(InspectionAccess access, Guid rectificationId, ReinspectionInput input, CancellationToken ct = default)
    {
        var (inspection, rectification) = await FindAsync(rectificationId, ct);
        if (inspection is null || rectification is null || !access.CanRecord(inspection))
        {
            return TaskErrors.Fail<Inspection>("rectification.unknown", "id", rectificationId);
        }

        if (rectification.Status != RectificationStatus.Reported)
        {
            return TaskErrors.Fail<Inspection>("rectification.reinspect.status", "status", rectification.Status);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (!input.Passed)
        {
            var next = Order(inspection, input.NextRequirement, input.NextDeadlineUtc, now, out var error);
            if (error is not null)
            {
                return Outcome<Inspection>.Fail(error);
            }

            db.Add(next!);
            Credit(inspection, CreditKind.Bad, CreditRules.FailedReinspection, rectification.Requirement, $"rectification:{rectification.Id}", now, CreditRules.FailedReinspectionValidity);
        }

        rectification.Status = input.Passed ? RectificationStatus.Passed : RectificationStatus.Failed;
        (rectification.ReinspectionNote, rectification.ReinspectedBy, rectification.ReinspectedAtUtc) = (input.Note?.Trim(), actor.Name, now);
        inspection.Status = input.Passed ? InspectionStatus.Closed : InspectionStatus.Rectifying;
        await db.SaveChangesAsync(ct);
        return Outcome<Inspection>.Ok(inspection);
    }

    public async Task<Outcome<Inspection>> PublishAsync(InspectionAccess access, Guid id, CancellationToken ct = default)
    {
        var inspection = await LoadInspection.ByIdAsync(db, id, ct);
        if (inspection is null || !access.CanManage(inspection))
        {
            return TaskErrors.Fail<Inspection>("inspection.unknown", "id", id);
        }

        if (inspection.Status != InspectionStatus.Closed)
        {
            return TaskErrors.Fail<Inspection>("inspection.publish.status", "status", inspection.Status);
        }

        (inspection.Status, inspection.PublishedAtUtc) = (InspectionStatus.Published, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return Outcome<Inspection>.Ok(inspection);
    }

    private Rectification? Order(Inspection inspection, string? requirement, DateTime? deadline, DateTime now, out PlatformError? error)
    {
        error = string.IsNullOrWhiteSpace(requirement) || requirement.Length > RecordInspection.MaxText
            ? TaskErrors.Error("rectification.requirement", "requirement", RecordInspection.MaxText)
            : deadline is not { } due || DateTime.SpecifyKind(due, DateTimeKind.Utc) <= now
            ? TaskErrors.Error("rectification.deadline", "deadlineUtc")
            : null;
        return error is not null ? null : new Rectification
        {
            InspectionId = inspection.Id, Requirement = requirement!.Trim(), DeadlineUtc = DateTime.SpecifyKind(deadline!.Value, DateTimeKind.Utc),
            IssuedBy = actor.Name, IssuedById = actor.Id, IssuedAtUtc = now,
        };
    }

    private void AddCreditEntries(Inspection inspection, DateTime now)
    {
        foreach (var finding in inspection.Findings.Where(f => f.Severity == FindingSeverity.Serious))
        {
            Credit(inspection, CreditKind.Bad, CreditRules.SeriousFinding, finding.Description, $"finding:{finding.Id}", now, CreditRules.SeriousFindingValidity);
        }

        if (inspection.Findings.Count == 0)
        {
            Credit(inspection, CreditKind.Good, CreditRules.CleanInspection, inspection.Summary ?? inspection.ObjectName, $"inspection:{inspection.Id}", now, CreditRules.CleanInspectionValidity);
        }
    }

    private void Credit(Inspection inspection, CreditKind kind, string category, string description, string source, DateTime now, TimeSpan validity)
    {
        if (inspection.OrganizationId is not { } organization)
        {
            return;
        }

        db.Add(new CreditRecord
        {
            OrganizationId = organization, Kind = kind, Category = category, Description = description.Length > 1000 ? description[..1000] : description,
            Source = source, ValidFrom = now, ValidUntil = now + validity, RecordedBy = actor.Name, RecordedAtUtc = now,
        });
    }

    private async Task<(Inspection?, Rectification?)> FindAsync(Guid rectificationId, CancellationToken ct)
    {
        var rectification = await db.Set<Rectification>().FindAsync([rectificationId], ct);
        return rectification is null ? (null, null) : (await LoadInspection.ByIdAsync(db, rectification.InspectionId, ct), rectification);
    }
}
