using GreenBuild.Labels.Certificates;
using GreenBuild.Labels.Model;
using GreenBuild.Labels.Notice;
using GreenBuild.Labels.Review;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Demo;
using GreenBuild.Projects;
using GreenBuild.Projects.Model;
using GreenBuild.Projects.Rules;
using GreenBuild.Standards.GreenRating;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Labels.Demo;

/// <summary>
/// Demo data of the label module, made by running the module's own use cases on a demo clock: 15 experts in the pool
/// (3 per specialty; <c>expert@</c> is ZJ-0001), four completed demo projects in the registry, a 二星 application taken
/// through the whole workflow two months ago (certificate issued), a 一星 application in public notice now, and a draft of
/// the second applicant. <c>TY-LB-DEMO-03</c> is left for trying an application. Deterministic and idempotent.
/// </summary>
public sealed class SeedLabelsDemo(GreenBuildDb db, IServiceProvider services, AddUser addUser, SaveProject saveProject, TimeProvider clock) : IDemoSeeder
{
    public const string Domain = SeedPlatformDemo.DemoDomain;

    public static readonly IReadOnlyList<string> DrawSources = ["福彩3D 第2026270期", "上证指数收盘（分）"];

    public int Order => 300;

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<LabelApplication>().AnyAsync(a => a.IsDemo, cancellationToken))
        {
            return "labels: demo applications already present";
        }

        var organizations = await db.Organizations.AsNoTracking().ToDictionaryAsync(o => o.Name, o => o.Id, cancellationToken);
        var developer = organizations["晋阳绿建置业有限公司（演示）"];
        var designer = organizations["三晋建筑设计研究院（演示）"];
        var experts = await PoolAsync(organizations, cancellationToken);
        var projects = new[]
        {
            await ProjectAsync("TY-LB-DEMO-01", "汾河湾绿色办公楼（演示）", "140105", developer, ProjectStage.Operation, ProjectBuildingType.Public, 32000, cancellationToken),
            await ProjectAsync("TY-LB-DEMO-02", "龙城苑住宅小区（演示）", "140109", developer, ProjectStage.CompletionAcceptance, ProjectBuildingType.Residential, 86000, cancellationToken),
            await ProjectAsync("TY-LB-DEMO-03", "晋阳科创中心（演示）", "140106", developer, ProjectStage.CompletionAcceptance, ProjectBuildingType.Public, 24000, cancellationToken),
            await ProjectAsync("DT-LB-DEMO-04", "御河文化中心（演示）", "140213", designer, ProjectStage.CompletionAcceptance, ProjectBuildingType.Public, 15000, cancellationToken),
        };

        var now = clock.GetUtcNow();
        var certified = await WorkflowAsync(projects[0], GreenLevel.TwoStar, DemoAssessments.TwoStar(), developer, experts, now.AddDays(-70), toDecision: true, cancellationToken);
        await WorkflowAsync(projects[1], GreenLevel.OneStar, DemoAssessments.OneStar(isResidential: true), developer, experts, now.AddDays(-14), toDecision: false, cancellationToken);
        var draft = Use<CreateApplication>(new DemoClock(now.AddDays(-3)));
        await draft.RunAsync(Applicant(designer), new NewApplication(projects[3], GreenLevel.OneStar, null, DemoAssessments.OneStar()), isDemo: true, cancellationToken);
        return $"labels: {experts.Count} experts, 4 projects, 3 applications (certificate {certified})";
    }

    private async Task<string?> WorkflowAsync(Guid projectId, GreenLevel level, SelfAssessment assessment, Guid organization, IReadOnlyList<Expert> experts,
        DateTimeOffset start, bool toDecision, CancellationToken cancellationToken)
    {
        var time = new DemoClock(start);
        var applicant = Applicant(organization);
        var province = LabelActor.System("省厅业务员（演示）");
        var application = Check(await Use<CreateApplication>(time).RunAsync(applicant, new NewApplication(projectId, level, null, assessment), isDemo: true, cancellationToken));
        var attach = Use<AttachEvidence>(time);
        foreach (var kind in EvidenceRules.Required)
        {
            Check(await attach.RunAsync(applicant, application.Id, new EvidenceUpload(kind, null, $"{kind}.pdf", DemoAssessments.Pdf(kind.ToString())), cancellationToken));
        }

        Check(await Use<SubmitApplication>(time).RunAsync(applicant, application.Id, cancellationToken));
        time.Advance(TimeSpan.FromDays(2));
        Check(await Use<ReviewFormally>(time).RunAsync(province, application.Id, true, null, cancellationToken));
        time.Advance(TimeSpan.FromDays(1));
        var panel = Check(await Use<AnnouncePanel>(time).RunAsync(province, application.Id, DrawSources, cancellationToken));
        time.Advance(TimeSpan.FromDays(1));
        panel = Check(await Use<DrawPanel>(time).RunAsync(province, panel.Id, [start.Day % 2 == 0 ? "3 8 1" : "7 2 9", "331245"], cancellationToken));
        time.Advance(TimeSpan.FromDays(5));
        var review = Use<SubmitExpertReview>(time);
        foreach (var member in panel.Members.ToList())
        {
            var expert = experts.First(e => e.Id == member.ExpertId);
            var scores = assessment.Items.Select(i => new ExpertScore(i.Clause, i.Score, null)).ToList();
            if (member.Specialty == Specialty.Hvac)
            {
                scores = [.. scores.Select(s => s.Clause == "7.2.8" && s.Score >= 2 ? s with { Score = s.Score - 2, Comment = "能耗模拟边界条件偏乐观，酌减 2 分" } : s)];
            }

            Check(await review.RunAsync(new LabelActor(expert.UserId, expert.Name, new DataScope(false, null, expert.OrganizationId), true, false), member.Id,
                new ExpertReviewInput(scores, "材料齐全，技术措施落实，同意按自评等级认定。", level), cancellationToken));
        }

        time.Advance(TimeSpan.FromDays(3));
        Check(await Use<ConcludePanel>(time).RunAsync(province, panel.Id, "专家组一致认为项目达到申报等级要求。", cancellationToken));
        time.Advance(TimeSpan.FromDays(1));
        Check(await Use<PublishNotice>(time).RunAsync(province, application.Id, null, cancellationToken));
        if (!toDecision)
        {
            return null;
        }

        time.Advance(TimeSpan.FromDays(10));
        var decision = Check(await Use<DecideApplication>(time).RunAsync(province, application.Id, true, null, cancellationToken));
        return decision.Certificate?.Number;
    }

    private async Task<IReadOnlyList<Expert>> PoolAsync(Dictionary<string, Guid> organizations, CancellationToken cancellationToken)
    {
        string[] employers = ["山西建筑科学研究院（演示）", "太原理工大学建筑学院（演示）", "山西省建筑设计研究院（演示）", "三晋建筑设计研究院（演示）", "中国建筑科学研究院山西分院（演示）"];
        foreach (var name in employers.Where(n => !organizations.ContainsKey(n)))
        {
            var organization = new Organization { Name = name, Kind = OrganizationKind.Institute, CityCode = "140100", CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
            db.Organizations.Add(organization);
            organizations[name] = organization.Id;
        }

        await db.SaveChangesAsync(cancellationToken);
        var save = services.GetRequiredService<SaveExpert>();
        var specialties = new[] { Specialty.Architecture, Specialty.Structure, Specialty.Hvac, Specialty.Plumbing, Specialty.Electrical };
        string[] surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高"];
        var pool = new List<Expert>();
        for (var i = 1; i <= 15; i++)
        {
            var email = i == 1 ? $"expert@{Domain}" : $"expert{i:00}@{Domain}";
            if (i > 1 && !await db.Users.AnyAsync(u => u.Email == email, cancellationToken))
            {
                // Each specialty's three experts work for three different organizations, so one avoided organization never empties a specialty.
                var employer = organizations[employers[((i - 1) + ((i - 1) / 5)) % employers.Length]];
                Check(await addUser.RunAsync(new NewUser(email, $"{surnames[i - 1]}专家（演示）", Roles.Expert, SeedPlatformDemo.DemoPassword, null, employer), cancellationToken));
            }

            var involved = i == 8 ? "TY-LB-DEMO-01" : null;
            pool.Add(Check(await save.RunAsync(new ExpertInput($"ZJ-{i:0000}", email, specialties[(i - 1) % specialties.Length], involved), cancellationToken)));
        }

        return pool;
    }

    private async Task<Guid> ProjectAsync(string code, string name, string city, Guid organization, ProjectStage stage, ProjectBuildingType type, decimal area, CancellationToken cancellationToken)
    {
        var saved = await saveProject.RunAsync(new DataScope(true, null, null), new ProjectInput
        {
            Code = code, Name = name, CityCode = city, OrganizationId = organization, Stage = stage, BuildingType = type,
            Funding = type == ProjectBuildingType.Public ? Funding.StateOwned : Funding.Private, FloorAreaAbove = area * 0.8m, FloorAreaBelow = area * 0.2m,
            Storeys = 18, Height = 68, InitiationDate = new DateOnly(2022, 6, 1), DesignReviewDate = new DateOnly(2023, 5, 10),
            ConstructionPermitDate = new DateOnly(2023, 8, 1), CompletionDate = new DateOnly(2025, 10, 28), EnergyStandardPercent = type == ProjectBuildingType.Public ? 72 : 83,
            GreenLevel = type == ProjectBuildingType.Public ? GreenLevel.OneStar : GreenLevel.Basic, SolarThermalArea = type == ProjectBuildingType.Residential ? 1200 : 0,
            PvCapacityKwp = 150,
        }, cancellationToken);
        return Check(saved).Project.Id;
    }

    private static LabelActor Applicant(Guid organization) => new("demo", "申报单位（演示）", new DataScope(false, null, organization), false, true);

    private T Use<T>(TimeProvider time) where T : class => ActivatorUtilities.CreateInstance<T>(services, time);

    private static T Check<T>(Outcome<T> outcome) => outcome.Succeeded
        ? outcome.Value!
        : throw new InvalidOperationException("Label demo data: " + string.Join("; ", outcome.Errors.Select(e => $"{e.Code} {e.Field} {string.Join(",", e.Arguments)}")));

    /// <summary>The demo's own clock, moved by hand through the workflow.</summary>
    private sealed class DemoClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset now = start;

        public override DateTimeOffset GetUtcNow() => now;

        public void Advance(TimeSpan by) => now += by;
    }
}
