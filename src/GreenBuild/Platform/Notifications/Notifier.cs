using System.Globalization;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Localization;
using GreenBuild.Platform.Places;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Platform.Notifications;

/// <summary>
/// 通知 — adds notifications to the caller's unit of work, so they are saved with the change they report (the
/// outbox pattern); the <see cref="MailOutbox"/> e-mails them once saved. The texts are the zh-CN UI texts
/// <c>{key}.subject</c> and <c>{key}.body</c> formatted with the arguments; the module is the key's first segment
/// (<c>labels.mail.returned</c> → <c>labels</c>). Recipients are accounts (disabled ones are skipped), each once per call.
/// </summary>
public sealed class Notifier(GreenBuildDb db, MailOutbox outbox)
{
    public async Task ToUserAsync(string userId, string key, object[] args, string? link, CancellationToken cancellationToken) =>
        await ToUsersAsync([userId], key, args, link, cancellationToken);

    /// <summary>Every applicant account of the organization (an enterprise's own users).</summary>
    public async Task ToOrganizationAsync(Guid organizationId, string key, object[] args, string? link, CancellationToken cancellationToken) =>
        await ToUsersAsync(await ApplicantsOfAsync(organizationId, cancellationToken), key, args, link, cancellationToken);

    public async Task ToUsersAsync(IEnumerable<string> userIds, string key, object[] args, string? link, CancellationToken cancellationToken)
    {
        var ids = userIds.Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return;
        }

        var users = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id) && !u.IsDisabled).Select(u => new { u.Id, u.Email }).ToListAsync(cancellationToken);
        foreach (var user in users.OrderBy(u => u.Id, StringComparer.Ordinal))
        {
            Add(user.Id, user.Email, key, args, link);
        }
    }

    /// <summary>The applicant accounts of an organization.</summary>
    public async Task<IReadOnlyList<string>> ApplicantsOfAsync(Guid organizationId, CancellationToken cancellationToken) =>
        await UsersInRoleAsync(Roles.Applicant, u => u.OrganizationId == organizationId, cancellationToken);

    /// <summary>
    /// The officials responsible for a place: the city officers of its prefecture (with its counties), or the province's
    /// officers for a province's own code (<c>140000</c>); <paramref name="withProvince"/> adds the province's officers (escalation).
    /// </summary>
    public async Task<IReadOnlyList<string>> OfficialsOfAsync(string cityCode, bool withProvince, CancellationToken cancellationToken)
    {
        var province = cityCode.EndsWith("0000", StringComparison.Ordinal);
        var result = new List<string>();
        if (!province)
        {
            var prefix = Place.PrefectureOf(cityCode)[..4];
            result.AddRange(await UsersInRoleAsync(Roles.CityOfficer, u => u.CityCode != null && u.CityCode.StartsWith(prefix), cancellationToken));
        }

        if (province || withProvince)
        {
            result.AddRange(await UsersInRoleAsync(Roles.ProvinceOfficer, _ => true, cancellationToken));
        }

        return result;
    }

    private async Task<IReadOnlyList<string>> UsersInRoleAsync(string role, System.Linq.Expressions.Expression<Func<GreenBuildUser, bool>> filter, CancellationToken cancellationToken)
    {
        var roleId = await db.Roles.AsNoTracking().Where(r => r.Name == role).Select(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        return await db.Users.AsNoTracking().Where(filter)
            .Where(u => !u.IsDisabled && db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == roleId))
            .OrderBy(u => u.Id).Select(u => u.Id).ToListAsync(cancellationToken);
    }

    private void Add(string userId, string? email, string key, object[] args, string? link)
    {
        var table = JsonStringLocalizer.TableFor(JsonStringLocalizer.DefaultCulture);
        string Format(string suffix) => string.Format(CultureInfo.InvariantCulture, table.GetValueOrDefault(key + suffix, key + suffix), args);
        string Cut(string text, int max) => text.Length > max ? text[..max] : text;
        db.Add(new Notification
        {
            Module = key.Split('.')[0], UserId = userId, Email = email, Subject = Cut(Format(".subject"), 300), Body = Cut(Format(".body"), 4000), Link = link,
            CreatedAtUtc = outbox.Now, EmailStatus = outbox.Enabled && !string.IsNullOrWhiteSpace(email) ? MailStatus.Pending : MailStatus.Off,
        });
        outbox.Signal();
    }
}
