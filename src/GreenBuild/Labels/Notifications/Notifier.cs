using System.Globalization;
using GreenBuild.Labels.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Localization;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Labels.Notifications;

/// <summary>
/// Adds notifications (in Chinese, from <c>labels.mail.*</c> texts: subject <c>{key}.subject</c>, body <c>{key}.body</c>)
/// to the caller's unit of work, so they are saved with the change they report; the <see cref="MailOutbox"/> e-mails
/// them once saved.
/// </summary>
public sealed class Notifier(GreenBuildDb db, MailOutbox outbox)
{
    public async Task ToUserAsync(string userId, string key, object[] args, string? link, CancellationToken cancellationToken)
    {
        var email = await db.Users.AsNoTracking().Where(u => u.Id == userId && !u.IsDisabled).Select(u => u.Email).FirstOrDefaultAsync(cancellationToken);
        Add(userId, email, key, args, link);
    }

    /// <summary>Every applicant account of the organization.</summary>
    public async Task ToOrganizationAsync(Guid organizationId, string key, object[] args, string? link, CancellationToken cancellationToken)
    {
        var applicantRole = await db.Roles.AsNoTracking().Where(r => r.Name == Roles.Applicant).Select(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        var users = await db.Users.AsNoTracking()
            .Where(u => u.OrganizationId == organizationId && !u.IsDisabled && db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == applicantRole))
            .Select(u => new { u.Id, u.Email }).ToListAsync(cancellationToken);
        foreach (var user in users)
        {
            Add(user.Id, user.Email, key, args, link);
        }
    }

    private void Add(string userId, string? email, string key, object[] args, string? link)
    {
        var table = JsonStringLocalizer.TableFor(JsonStringLocalizer.DefaultCulture);
        string Format(string suffix) => string.Format(CultureInfo.InvariantCulture, table.GetValueOrDefault(key + suffix, key + suffix), args);
        db.Add(new LabelNotification
        {
            UserId = userId, Email = email, Subject = Format(".subject"), Body = Format(".body"), Link = link,
            CreatedAtUtc = outbox.Now, EmailStatus = outbox.Enabled && email is not null ? "pending" : "off",
        });
        outbox.Signal();
    }
}
