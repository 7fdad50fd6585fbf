using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Platform.Demo;

/// <summary>
/// Demo organizations and one account per role, so a fresh clone can be tried at once. Deterministic and
/// idempotent; every demo account's e-mail ends in <see cref="DemoDomain"/> and every demo organization's
/// name ends in （演示）, so they are easy to find and remove before production.
/// </summary>
public sealed class SeedPlatformDemo(GreenBuildDb db, AddUser addUser, TimeProvider clock) : IDemoSeeder
{
    public int Order => 0;

    async Task<string> IDemoSeeder.RunAsync(CancellationToken cancellationToken) =>
        $"platform: {await RunAsync(cancellationToken)} demo accounts";

    public const string DemoDomain = "demo.greenbuild.cn";

    /// <summary>The password of every demo account (documented in the README; change it in production).</summary>
    public const string DemoPassword = "GreenBuild#2026";

    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var department = await Organization("山西省住房和城乡建设厅（演示）", OrganizationKind.ProvincialDepartment, null, cancellationToken);
        var taiyuan = await Organization("太原市住房和城乡建设局（演示）", OrganizationKind.CityDepartment, "140100", cancellationToken);
        var datong = await Organization("大同市住房和城乡建设局（演示）", OrganizationKind.CityDepartment, "140200", cancellationToken);
        var developer = await Organization("晋阳绿建置业有限公司（演示）", OrganizationKind.Developer, "140100", cancellationToken);
        var designer = await Organization("三晋建筑设计研究院（演示）", OrganizationKind.DesignFirm, "140100", cancellationToken);
        var institute = await Organization("山西建筑科学研究院（演示）", OrganizationKind.Institute, "140100", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        NewUser[] accounts =
        [
            new($"admin@{DemoDomain}", "省厅管理员（演示）", Roles.ProvinceAdmin, DemoPassword, null, department.Id),
            new($"officer@{DemoDomain}", "省厅业务员（演示）", Roles.ProvinceOfficer, DemoPassword, null, department.Id),
            new($"taiyuan@{DemoDomain}", "太原市住建局（演示）", Roles.CityOfficer, DemoPassword, "140100", taiyuan.Id),
            new($"datong@{DemoDomain}", "大同市住建局（演示）", Roles.CityOfficer, DemoPassword, "140200", datong.Id),
            new($"applicant@{DemoDomain}", "晋阳绿建（演示）", Roles.Applicant, DemoPassword, null, developer.Id),
            new($"designer@{DemoDomain}", "三晋设计院（演示）", Roles.Applicant, DemoPassword, null, designer.Id),
            new($"expert@{DemoDomain}", "王专家（演示）", Roles.Expert, DemoPassword, null, institute.Id),
            new($"inspector@{DemoDomain}", "李检查员（演示）", Roles.Inspector, DemoPassword, "140100", department.Id),
        ];
        var created = 0;
        foreach (var account in accounts)
        {
            if (await db.Users.AnyAsync(u => u.Email == account.Email, cancellationToken))
            {
                continue;
            }

            var outcome = await addUser.RunAsync(account, cancellationToken);
            if (!outcome.Succeeded)
            {
                throw new InvalidOperationException($"Demo account {account.Email}: {string.Join("; ", outcome.Errors.Select(e => e.Code))}");
            }

            created++;
        }

        return created;
    }

    private async Task<Organization> Organization(string name, OrganizationKind kind, string? city, CancellationToken cancellationToken)
    {
        var existing = await db.Organizations.FirstOrDefaultAsync(o => o.Name == name, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var organization = new Organization { Name = name, Kind = kind, CityCode = city, CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
        db.Organizations.Add(organization);
        return organization;
    }
}
