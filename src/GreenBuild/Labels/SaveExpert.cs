using System.Text.RegularExpressions;
using GreenBuild.Labels.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Labels;

/// <summary>A pool entry as the province enters it: the expert's account (e-mail), its code on candidate lists, specialty and involvement.</summary>
public sealed record ExpertInput(string? Code, string? Email, Specialty Specialty, string? InvolvedProjectCodes, bool IsActive = true);

/// <summary>
/// 专家库 — adds or updates (by code) an expert of the pool. The account must exist with the 专家 role; its name and
/// organization come from the account. Codes are ASCII (ZJ-0001), so candidate lists order the same everywhere.
/// </summary>
public sealed partial class SaveExpert(GreenBuildDb db, TimeProvider clock)
{
    public async Task<Outcome<Expert>> RunAsync(ExpertInput input, CancellationToken cancellationToken = default)
    {
        var code = (input.Code ?? "").Trim().ToUpperInvariant();
        var errors = new List<PlatformError>();
        if (!CodePattern().IsMatch(code))
        {
            errors.Add(LabelErrors.Of("expert.code", "expertCode", code));
        }

        if (!Enum.IsDefined(input.Specialty))
        {
            errors.Add(LabelErrors.Of("expert.specialty", "specialty", input.Specialty));
        }

        var email = (input.Email ?? "").Trim();
        var normalized = email.ToUpperInvariant();
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedEmail == normalized, cancellationToken);
        var expertRole = await db.Roles.AsNoTracking().Where(r => r.Name == Roles.Expert).Select(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        if (user is null || !await db.UserRoles.AnyAsync(r => r.UserId == user.Id && r.RoleId == expertRole, cancellationToken))
        {
            errors.Add(LabelErrors.Of("expert.account", "email", email));
        }

        var involved = string.Join(',', (input.InvolvedProjectCodes ?? "").Split([',', '，', '、', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct());
        if (involved.Length > 2000)
        {
            errors.Add(LabelErrors.Of("expert.involved", "involvedProjectCodes", 2000));
        }

        if (errors.Count > 0)
        {
            return Outcome<Expert>.Fail([.. errors]);
        }

        var expert = await db.Set<Expert>().FirstOrDefaultAsync(e => e.Code == code, cancellationToken);
        if (await db.Set<Expert>().AnyAsync(e => e.UserId == user!.Id && e.Code != code, cancellationToken))
        {
            return LabelErrors.Fail<Expert>("expert.duplicate", "email", email);
        }

        if (expert is null)
        {
            expert = new Expert { Code = code, UserId = user!.Id, Name = user.DisplayName, CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
            db.Add(expert);
        }

        (expert.UserId, expert.Name, expert.OrganizationId, expert.Specialty, expert.InvolvedProjectCodes, expert.IsActive) =
            (user!.Id, user.DisplayName, user.OrganizationId, input.Specialty, involved, input.IsActive);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Expert>.Ok(expert);
    }

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{1,19}$")]
    private static partial Regex CodePattern();
}
