using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Audit;
using GreenBuild.Platform.Database;
using GreenBuild.Supervision.Model;
using GreenBuild.Supervision.Tasks;

namespace GreenBuild.Supervision.Inspections;

/// <summary>
/// 检查记录 — the assigned inspector (or an official of the city) records item results, the summary and the date,
/// and may add findings; submitting asks for approval and locks the record. Every item needs a result to submit,
/// and an item that does not conform needs a finding.
/// </summary>
public sealed class RecordInspection(GreenBuildDb db, AttachmentStore store, ICurrentActor actor, TimeProvider clock)
{
    public const int MaxText = 4000;

    public async Task<Outcome<Inspection>> RunAsync(InspectionAccess access, Guid id, InspectionRecordInput input, CancellationToken ct = default)
    {
        var inspection = await LoadInspection.ByIdAsync(db, id, ct);
        if (inspection is null || !access.CanRecord(inspection))
        {
            return TaskErrors.Fail<Inspection>("inspection.unknown", "id", id);
        }

        if (inspection.Status != InspectionStatus.Assigned)
        {
            return TaskErrors.Fail<Inspection>("inspection.locked", "status", inspection.Status);
        }

        var errors = new List<PlatformError>();
        var items = inspection.Items.ToDictionary(i => i.ItemCode, StringComparer.Ordinal);
        foreach (var (entry, index) in (input.Items ?? []).Select((e, i) => (e, i)))
        {
            if (!items.ContainsKey(entry.ItemCode ?? ""))
            {
                errors.Add(TaskErrors.Error("inspection.item", $"items[{index}]", entry.ItemCode ?? ""));
            }
            else if (!Enum.IsDefined(entry.Result) || (entry.Note?.Length ?? 0) > 2000)
            {
                errors.Add(TaskErrors.Error("inspection.item.value", $"items[{index}]", entry.ItemCode!));
            }
        }

        if ((input.Summary?.Length ?? 0) > MaxText)
        {
            errors.Add(TaskErrors.Error("directory.text", "summary", MaxText));
        }

        if (errors.Count > 0)
        {
            return Outcome<Inspection>.Fail([.. errors]);
        }

        foreach (var entry in input.Items ?? [])
        {
            (items[entry.ItemCode].Result, items[entry.ItemCode].Note) = (entry.Result, entry.Note?.Trim());
        }

        inspection.Summary = input.Summary?.Trim() ?? inspection.Summary;
        inspection.InspectedOn = input.InspectedOn?.Date ?? inspection.InspectedOn;
        if (input.Submit)
        {
            CheckSubmission(inspection, errors);
            if (errors.Count > 0)
            {
                return Outcome<Inspection>.Fail([.. errors]);
            }

            (inspection.Status, inspection.SubmittedBy) = (InspectionStatus.Submitted, actor.Name);
        }

        await db.SaveChangesAsync(ct);
        return Outcome<Inspection>.Ok(inspection);
    }

    public async Task<Outcome<Finding>> AddFindingAsync(InspectionAccess access, Guid id, FindingInput input, IReadOnlyList<Upload> files, CancellationToken ct = default)
    {
        var inspection = await LoadInspection.ByIdAsync(db, id, ct);
        if (inspection is null || !access.CanRecord(inspection))
        {
            return TaskErrors.Fail<Finding>("inspection.unknown", "id", id);
        }

        if (inspection.Status != InspectionStatus.Assigned)
        {
            return TaskErrors.Fail<Finding>("inspection.locked", "status", inspection.Status);
        }

        var errors = new List<PlatformError>(store.Check(files));
        if (!inspection.Items.Any(i => i.ItemCode == input.ItemCode))
        {
            errors.Add(TaskErrors.Error("inspection.item", "itemCode", input.ItemCode ?? ""));
        }

        if (!Enum.IsDefined(input.Severity))
        {
            errors.Add(TaskErrors.Error("finding.severity", "severity", input.Severity));
        }

        if (string.IsNullOrWhiteSpace(input.Description) || input.Description.Length > MaxText)
        {
            errors.Add(TaskErrors.Error("directory.required", "description", MaxText));
        }

        if (errors.Count > 0)
        {
            return Outcome<Finding>.Fail([.. errors]);
        }

        var finding = new Finding
        {
            InspectionId = inspection.Id, ItemCode = input.ItemCode!, Severity = input.Severity, Description = input.Description!.Trim(),
            RecordedBy = actor.Name, RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(finding);
        db.AddRange(await store.StoreAsync(AttachmentOwner.Finding, finding.Id, files, ct));
        var item = inspection.Items.First(i => i.ItemCode == input.ItemCode);
        item.Result = ItemResult.DoesNotConform;
        await db.SaveChangesAsync(ct);
        return Outcome<Finding>.Ok(finding);
    }

    private static void CheckSubmission(Inspection inspection, List<PlatformError> errors)
    {
        foreach (var item in inspection.Items.Where(i => i.Result == ItemResult.Pending))
        {
            errors.Add(TaskErrors.Error("inspection.item.pending", "items", item.ItemCode, item.Text));
        }

        foreach (var item in inspection.Items.Where(i => i.Result == ItemResult.DoesNotConform && !inspection.Findings.Any(f => f.ItemCode == i.ItemCode)))
        {
            errors.Add(TaskErrors.Error("inspection.item.finding", "items", item.ItemCode, item.Text));
        }

        if (inspection.InspectedOn is null)
        {
            errors.Add(TaskErrors.Error("inspection.date", "inspectedOn"));
        }
    }
}
