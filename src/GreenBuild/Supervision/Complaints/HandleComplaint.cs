using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Audit;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Notifications;
using GreenBuild.Platform.Places;
using GreenBuild.Platform.Web;
using GreenBuild.Supervision.Model;
using GreenBuild.Supervision.Tasks;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Supervision.Complaints;

/// <summary>What an officer does with a complaint.</summary>
public enum ComplaintAction
{
    /// <summary>受理并转办 — to the city that handles it (the province may send it to any city); 15 days to answer from then.</summary>
    Route = 1,

    /// <summary>办理中 — a progress note, shown to the complainant.</summary>
    Progress = 2,

    /// <summary>答复 — the answer; closes it.</summary>
    Answer = 3,

    /// <summary>不予受理 — with the reason (spam, outside the remit).</summary>
    Reject = 4,
}

/// <summary>
/// 办理 — officers of the complaint's city (or the province) route, note progress, answer or reject it; each step is a
/// history entry the complainant sees (without the officer's name), and the deadline moves with the step. Routing
/// notifies the officials of the city it is routed to (in the app and by e-mail), with the answer deadline.
/// </summary>
public sealed class HandleComplaint(GreenBuildDb db, ICurrentActor actor, Notifier notifier, TimeProvider clock)
{
    public static readonly TimeSpan AnswerTime = TimeSpan.FromDays(15);

    public async Task<Outcome<Complaint>> RunAsync(DataScope scope, Guid id, ComplaintAction action, string? text, string? cityCode, CancellationToken ct = default)
    {
        var complaint = await db.Set<Complaint>().Include(c => c.Events).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (complaint is null || !scope.CanSeeCity(complaint.CityCode))
        {
            return TaskErrors.Fail<Complaint>("complaint.unknown", "id", id);
        }

        if (complaint.Status is ComplaintStatus.Answered or ComplaintStatus.Rejected)
        {
            return TaskErrors.Fail<Complaint>("complaint.closed", "status", complaint.Status);
        }

        var note = FileComplaint.Clean(text);
        if (note.Length is 0 or > 5000)
        {
            return TaskErrors.Fail<Complaint>("directory.required", "note", 5000);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        switch (action)
        {
            case ComplaintAction.Route:
                var target = Place.PrefectureOf(cityCode?.Trim() ?? complaint.CityCode);
                if (!await db.Places.AnyAsync(p => p.Code == target && p.Level == PlaceLevel.Prefecture, ct) || !(scope.IsProvince || target == complaint.CityCode))
                {
                    return TaskErrors.Fail<Complaint>("complaint.route", "cityCode", target);
                }

                (complaint.CityCode, complaint.Status, complaint.DueAtUtc) = (target, ComplaintStatus.Routed, now + AnswerTime);
                await notifier.ToUsersAsync(await notifier.OfficialsOfAsync(target, withProvince: false, ct), "supervision.mail.complaint.routed",
                    [TrackingCode.Format(complaint.TrackingCode), complaint.Place, Formats.Local(complaint.DueAtUtc)], $"/supervision/complaints/{complaint.Id}", ct);
                break;
            case ComplaintAction.Progress when complaint.Status is ComplaintStatus.Routed or ComplaintStatus.InProgress:
                complaint.Status = ComplaintStatus.InProgress;
                break;
            case ComplaintAction.Answer when complaint.Status is ComplaintStatus.Routed or ComplaintStatus.InProgress:
                (complaint.Status, complaint.Answer, complaint.AnsweredAtUtc) = (ComplaintStatus.Answered, note, now);
                break;
            case ComplaintAction.Reject:
                (complaint.Status, complaint.Answer, complaint.AnsweredAtUtc) = (ComplaintStatus.Rejected, note, now);
                break;
            default:
                return TaskErrors.Fail<Complaint>("complaint.step", "status", complaint.Status, action);
        }

        db.Add(new ComplaintEvent { ComplaintId = complaint.Id, AtUtc = now, Status = complaint.Status, Note = note, By = actor.Name });
        await db.SaveChangesAsync(ct);
        return Outcome<Complaint>.Ok(complaint);
    }
}
