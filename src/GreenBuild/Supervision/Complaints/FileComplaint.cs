using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Notifications;
using GreenBuild.Platform.Places;
using GreenBuild.Platform.Web;
using GreenBuild.Supervision.Inspections;
using GreenBuild.Supervision.Model;
using GreenBuild.Supervision.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GreenBuild.Supervision.Complaints;

/// <summary>A complaint as the public sends it, with the solved challenge.</summary>
public sealed record ComplaintInput(string? Category, string? CityCode, string? Place, string? Description, string? ContactName, string? ContactPhone, string? Token, string? Nonce);

/// <summary>
/// 投诉举报 — anyone files a complaint without an account and gets its tracking code. Refused with every field named
/// and nothing stored: an unsolved, forged, reused, too early or expired challenge; an unknown category or city; a
/// description under 10 or over 5 000 characters; a bad contact; attachments that are not JPEG/PNG/PDF by content
/// or too large. Text is stored as entered (only control characters other than line breaks are removed) and every
/// page HTML-encodes it when shown. It goes to the chosen city's officers with 3 days to route it.
/// </summary>
public sealed class FileComplaint(GreenBuildDb db, ComplaintChallenge challenge, AttachmentStore store, IOptions<ComplaintOptions> options, Notifier notifier, TimeProvider clock)
{
    public static readonly TimeSpan RoutingTime = TimeSpan.FromDays(3);

    public async Task<Outcome<Complaint>> RunAsync(ComplaintInput input, IReadOnlyList<Upload> files, CancellationToken ct = default)
    {
        var (challengeId, challengeError) = challenge.Check(input.Token, input.Nonce);
        if (challengeError is not null)
        {
            return TaskErrors.Fail<Complaint>(challengeError, "token");
        }

        var errors = new List<PlatformError>();
        if (files.Count > options.Value.MaxFiles)
        {
            errors.Add(TaskErrors.Error("attachment.count", "files", files.Count, options.Value.MaxFiles));
        }
        else
        {
            errors.AddRange(store.Check(files));
        }

        if (!ComplaintCategories.All.Contains(input.Category ?? ""))
        {
            errors.Add(TaskErrors.Error("complaint.category", "category", input.Category ?? ""));
        }

        var city = input.CityCode?.Trim() ?? "";
        if (!await db.Places.AnyAsync(p => p.Code == city && p.Level != PlaceLevel.Province, ct))
        {
            errors.Add(new PlatformError("supervision.complaint.city", "cityCode", "error.city.unknown", city));
        }

        var place = Clean(input.Place);
        if (place.Length is 0 or > 200)
        {
            errors.Add(TaskErrors.Error("directory.required", "place", 200));
        }

        var description = Clean(input.Description);
        if (description.Length is < 10 or > 5000)
        {
            errors.Add(TaskErrors.Error("complaint.description", "description", 10, 5000));
        }

        var name = Clean(input.ContactName);
        var phone = Clean(input.ContactPhone);
        if (name.Length > 50)
        {
            errors.Add(TaskErrors.Error("directory.text", "contactName", 50));
        }

        if (phone.Length > 0 && (phone.Length > 30 || !phone.All(c => char.IsAsciiDigit(c) || c is '+' or '-' or ' ')))
        {
            errors.Add(TaskErrors.Error("complaint.phone", "contactPhone"));
        }

        if (errors.Count > 0)
        {
            return Outcome<Complaint>.Fail([.. errors]);
        }

        if (await db.Set<Complaint>().AnyAsync(c => c.ChallengeId == challengeId, ct))
        {
            return TaskErrors.Fail<Complaint>("complaint.challenge.used", "token");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var complaint = new Complaint
        {
            TrackingCode = TrackingCode.New(), Category = input.Category!, CityCode = Place.PrefectureOf(city), Place = place, Description = description,
            ContactName = name.Length == 0 ? null : name, ContactPhone = phone.Length == 0 ? null : phone, ReceivedAtUtc = now, DueAtUtc = now + RoutingTime,
            ChallengeId = challengeId!,
        };
        complaint.Events.Add(new ComplaintEvent { ComplaintId = complaint.Id, AtUtc = now, Status = ComplaintStatus.Received, By = "public" });
        db.Add(complaint);
        db.AddRange(await store.StoreAsync(AttachmentOwner.Complaint, complaint.Id, files, ct));
        await notifier.ToUsersAsync(await notifier.OfficialsOfAsync(complaint.CityCode, withProvince: false, ct), "supervision.mail.complaint.received",
            [TrackingCode.Format(complaint.TrackingCode), complaint.Place, Formats.Local(complaint.DueAtUtc)], $"/supervision/complaints/{complaint.Id}", ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            if (await UsedAsync(challengeId!, ct))
            {
                return TaskErrors.Fail<Complaint>("complaint.challenge.used", "token"); // the same solved form sent twice at once
            }

            throw;
        }

        return Outcome<Complaint>.Ok(complaint);
    }

    private async Task<bool> UsedAsync(string challengeId, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        return await db.Set<Complaint>().AnyAsync(c => c.ChallengeId == challengeId, ct);
    }

    /// <summary>Removes control characters except line breaks and tabs, and NUL; trims. Nothing else is altered: encoding is the page's job.</summary>
    public static string Clean(string? text) =>
        new string([.. (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Where(c => !char.IsControl(c) || c is '\n' or '\t')]).Trim();
}
