using GreenBuild.Labels.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Labels.Notice;

/// <summary>An objection as filed on the portal.</summary>
public sealed record ObjectionInput(string? Name, string? Contact, string? Text);

/// <summary>
/// 提出异议 — anyone may object to a notice while it is open; the objection is recorded with a tracking code the
/// objector keeps. After the notice ends it is refused with the end date.
/// </summary>
public sealed class FileObjection(GreenBuildDb db, TimeProvider clock)
{
    public async Task<Outcome<Objection>> RunAsync(Guid noticeId, ObjectionInput input, CancellationToken cancellationToken = default)
    {
        var notice = await db.Set<PublicNotice>().AsNoTracking().FirstOrDefaultAsync(n => n.Id == noticeId, cancellationToken);
        if (notice is null)
        {
            return LabelErrors.NotFound<Objection>("notice");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (!notice.IsOpenAt(now))
        {
            return LabelErrors.Fail<Objection>("objection.closed", "notice", Formats.Local(notice.EndsAtUtc));
        }

        var errors = new List<PlatformError>();
        var (name, contact, text) = ((input.Name ?? "").Trim(), (input.Contact ?? "").Trim(), (input.Text ?? "").Trim());
        if (name.Length is 0 or > 100)
        {
            errors.Add(LabelErrors.Of("objection.name", "objectorName", 100));
        }

        if (contact.Length is 0 or > 200)
        {
            errors.Add(LabelErrors.Of("objection.contact", "contact", 200));
        }

        if (text.Length is < 10 or > 4000)
        {
            errors.Add(LabelErrors.Of("objection.text", "text", 10, 4000));
        }

        if (errors.Count > 0)
        {
            return Outcome<Objection>.Fail([.. errors]);
        }

        var objection = new Objection
        {
            NoticeId = notice.Id, ApplicationId = notice.ApplicationId, TrackingCode = "YY" + Numbering.RandomCode(10),
            Name = name, Contact = contact, Text = text, SubmittedAtUtc = now,
        };
        db.Add(objection);
        History.Record(db, notice.ApplicationId, new LabelActor("public", name, new DataScope(false, null, null), false, false), now, "objection.filed", objection.TrackingCode);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Objection>.Ok(objection);
    }
}
