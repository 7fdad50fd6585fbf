using System.Security.Claims;
using GreenBuild.Energy.Contracts;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Audit;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Demo;
using GreenBuild.Projects.Contracts;
using GreenBuild.Supervision.Complaints;
using GreenBuild.Supervision.Directory;
using GreenBuild.Supervision.Inspections;
using GreenBuild.Supervision.Model;
using GreenBuild.Supervision.Tasks;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Supervision.Demo;

/// <summary>
/// Demo supervision data, through the module's own use cases: an enforcement pool (one inspector linked to the demo
/// Inspector account), products of Taiyuan, a product task announced a week ago and drawn now with fixed source values
/// (so anyone can verify it), one of its inspections carried through to publication, a second task over Taiyuan's
/// monitored buildings (energy monitoring's demo buildings, which seed before this) announced and waiting for its draw,
/// and a complaint in progress. Deterministic; runs once (skips when demo tasks exist).
/// </summary>
public sealed class SeedSupervisionDemo(GreenBuildDb db, SaveDirectoryEntries directory, SaveTask save, IProjectRegistry registry, IEnergyMonitoring energy, ICurrentActor actor,
    TimeProvider clock, IServiceProvider services) : IDemoSeeder
{
    public int Order => 400;

    private static readonly DataScope Province = new(true, null, null);

    private static readonly ClaimsPrincipal Official = new(new ClaimsIdentity([new Claim(ClaimTypes.Role, Roles.ProvinceAdmin)], "demo"));

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<InspectionTask>().AnyAsync(t => t.IsDemo, cancellationToken))
        {
            return "supervision: demo data present";
        }

        var inspectorAccount = await db.Users.Where(u => u.Email == $"inspector@{SeedPlatformDemo.DemoDomain}").Select(u => u.Email).FirstOrDefaultAsync(cancellationToken);
        (string Number, string Name, string City, string Org)[] pool =
        [
            ("JC-DEMO-01", "李检查员（演示）", "140100", "山西建筑科学研究院（演示）"), ("JC-DEMO-02", "周工（演示）", "140100", "三晋建筑设计研究院（演示）"),
            ("JC-DEMO-03", "吴工（演示）", "140200", "山西建筑科学研究院（演示）"), ("JC-DEMO-04", "郑工（演示）", "140200", "晋阳绿建置业有限公司（演示）"),
            ("JC-DEMO-05", "王工（演示）", "140300", "山西建筑科学研究院（演示）"), ("JC-DEMO-06", "冯工（演示）", "140100", "山西建筑科学研究院（演示）"),
        ];
        foreach (var (number, name, city, org) in pool)
        {
            await Must(directory.InspectorAsync(Province, new InspectorInput(number, name, org, city, "建筑节能,绿色建筑", true,
                number == "JC-DEMO-01" ? inspectorAccount : null), isDemo: true, cancellationToken));
        }

        string[] products = ["岩棉保温板", "挤塑聚苯板", "断桥铝合金窗", "三玻两腔中空玻璃", "真空绝热板", "被动式外门", "石墨聚苯板", "气凝胶毡"];
        for (var i = 0; i < products.Length; i++)
        {
            await Must(directory.ObjectAsync(Province, new ObjectInput(ObjectKind.Product, $"CP-DEMO-{i + 1:00}", products[i] + "（演示）", i % 2 == 0 ? "140105" : "140106",
                i is 2 or 3 or 5 ? "门窗" : "保温材料", i < 2 ? "晋阳绿建置业有限公司（演示）" : null), isDemo: true, cancellationToken));
        }

        var drawn = await DrawnTaskAsync(cancellationToken);
        var waiting = await Must(save.CreateAsync(Province, Task("2026 年能耗监测建筑双随机检查（演示）", ObjectKind.Building, clock.GetUtcNow().UtcDateTime.AddDays(7)), isDemo: true, cancellationToken));
        await Must(Use<AnnounceTask>().RunAsync(Province, waiting.Id, cancellationToken));
        await PublishOneAsync(drawn, cancellationToken);
        await ComplaintAsync(cancellationToken);
        return "supervision: 6 inspectors, 8 products, 2 tasks (1 drawn), 1 published inspection, 1 complaint";
    }

    /// <summary>Announced a week ago (the announcement's clock is set back), drawn now from fixed source values.</summary>
    private async Task<InspectionTask> DrawnTaskAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var task = await Must(save.CreateAsync(Province, Task("2026 年建筑节能产品双随机抽查（演示）", ObjectKind.Product, now.AddDays(-6)) with { SampleValue = 3 }, isDemo: true, ct));
        var weekAgo = new ShiftedClock(clock, TimeSpan.FromDays(-7));
        await Must(new AnnounceTask(db, new CollectCandidates(db, registry, energy, weekAgo), actor, weekAgo).RunAsync(Province, task.Id, ct));
        var record = Use<RecordSourceValue>();
        await Must(record.RunAsync(Province, task.Id, 1, "5 5 2", ct));
        await Must(record.RunAsync(Province, task.Id, 2, "3 9 0 1 7", ct));
        return await Must(Use<RunTaskDraw>().RunAsync(Province, task.Id, ct));
    }

    private async Task PublishOneAsync(InspectionTask task, CancellationToken ct)
    {
        var access = new InspectionAccess(Official);
        var inspection = await db.Set<Inspection>().Include(i => i.Items).Where(i => i.TaskId == task.Id).OrderBy(i => i.ObjectCode).FirstAsync(ct);
        var items = inspection.Items.Select(i => new ItemInput(i.ItemCode, ItemResult.Conforms, null)).ToList();
        await Must(Use<RecordInspection>().RunAsync(access, inspection.Id, new InspectionRecordInput(items, "抽检样品性能与检测报告一致，未发现问题。", clock.GetUtcNow().UtcDateTime, true), ct));
        var review = Use<ReviewInspection>();
        await Must(review.ApproveAsync(access, inspection.Id, new ApprovalInput(null, null), ct));
        await Must(review.PublishAsync(access, inspection.Id, ct));
    }

    private async Task ComplaintAsync(CancellationToken ct)
    {
        // Demo data is written directly: the proof-of-work and rate limits guard the public form, not the seeder.
        var now = clock.GetUtcNow().UtcDateTime;
        var complaint = new Complaint
        {
            TrackingCode = "DEM0DEM0DEM0", Category = "energy", CityCode = "140100", Place = "太原市小店区某小区 5 号楼（演示）",
            Description = "外墙保温层局部脱落，怀疑保温材料不合格（演示数据）。", ReceivedAtUtc = now, DueAtUtc = now + FileComplaint.RoutingTime, ChallengeId = "demo",
        };
        complaint.Events.Add(new ComplaintEvent { ComplaintId = complaint.Id, AtUtc = now, Status = ComplaintStatus.Received, By = "public" });
        db.Add(complaint);
        await db.SaveChangesAsync(ct);
    }

    private static TaskInput Task(string title, ObjectKind kind, DateTime drawAt) => new()
    {
        Title = title, CityCode = InspectionTask.ProvinceCode, ObjectKind = kind, ObjectCities = ["140100"], SampleMode = SampleMode.Count, SampleValue = 2,
        InspectorsPerObject = 2, AvoidOwnEmployer = true, AvoidPreviousInspector = true, DrawAtUtc = drawAt,
        Sources = [new SourceInput("福彩3D 第2026318期", "中国福利彩票官网开奖公告"), new SourceInput("体彩排列5 第26318期", "中国体育彩票官网开奖公告")],
    };

    private T Use<T>() where T : notnull => services.GetRequiredService<T>();

    private static async Task<T> Must<T>(Task<Outcome<T>> run)
    {
        var outcome = await run;
        return outcome.Succeeded ? outcome.Value! : throw new InvalidOperationException("Supervision demo: " + string.Join("; ", outcome.Errors.Select(e => e.Code)));
    }

    /// <summary>The injected clock moved by a fixed offset (for an announcement dated in the past).</summary>
    private sealed class ShiftedClock(TimeProvider inner, TimeSpan offset) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => inner.GetUtcNow() + offset;
    }
}
