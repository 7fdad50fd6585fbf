using System.Text;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Audit;
using GreenBuild.Platform.Database;
using GreenBuild.Projects.Import;
using GreenBuild.Projects.Model;
using GreenBuild.Standards.GreenRating;
using GreenBuild.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GreenBuild.Tests.Projects;

/// <summary>
/// The import on good, broken and hostile files: every problem named by row and column, nothing half-written,
/// re-importing the same file changes nothing.
/// </summary>
public abstract class ProjectImportTests(GreenBuildApp app)
{
    private static readonly DataScope Province = new(true, null, null);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Prefix() => $"IMP{Guid.NewGuid():N}"[..12].ToUpperInvariant();

    private async Task<ImportReport> Import(byte[] file, bool commit, DataScope? scope = null, string name = "projects.xlsx", IProgress<ImportProgress>? progress = null,
        CancellationTokenSource? cancel = null)
    {
        await using var services = app.Services.CreateAsyncScope();
        return await services.ServiceProvider.GetRequiredService<ImportProjects>()
            .RunAsync(scope ?? Province, name, file, commit, progress, cancel?.Token ?? Ct);
    }

    private async Task<(int Projects, int Checks, long AuditSequence)> State(string prefix)
    {
        await using var services = app.Services.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<GreenBuildDb>();
        var ids = await db.Set<Project>().Where(p => p.Code.StartsWith(prefix)).Select(p => p.Id).ToListAsync(Ct);
        var checks = await db.Set<ProjectCheckRecord>().CountAsync(c => ids.Contains(c.ProjectId), Ct);
        var sequence = await db.AuditEntries.MaxAsync(a => (long?)a.Sequence, Ct) ?? 0;
        return (ids.Count, checks, sequence);
    }

    [Fact]
    public async Task A_good_workbook_is_previewed_then_committed_and_importing_it_again_changes_nothing()
    {
        var prefix = Prefix();
        var rows = Enumerable.Range(1, 40).Select(i => ProjectFiles.Residential($"{prefix}-{i:000}")).ToList();
        var file = ProjectFiles.Xlsx(rows);

        var preview = await Import(file, commit: false);
        Assert.Equal((40, 40, 0, 0), (preview.Rows, preview.Created, preview.ErrorCount, preview.FindingCount));
        Assert.False(preview.Committed);
        Assert.Equal(0, (await State(prefix)).Projects);

        var committed = await Import(file, commit: true);
        Assert.True(committed.Committed);
        var after = await State(prefix);
        Assert.Equal((40, 40), (after.Projects, after.Checks));

        var again = await Import(file, commit: true);
        Assert.Equal((0, 0, 40), (again.Created, again.Updated, again.Unchanged));
        Assert.Equal(after, await State(prefix));
    }

    [Fact]
    public async Task A_bulk_import_is_audited_record_by_record_exactly_as_a_single_save_is()
    {
        var prefix = Prefix();
        var rows = Enumerable.Range(1, GreenBuild.Projects.ApplyProjectChanges.BulkFrom + 10).Select(i => ProjectFiles.Residential($"{prefix}-{i:000}")).ToList();
        Assert.True((await Import(ProjectFiles.Xlsx(rows), commit: true)).Committed);
        Assert.True((await Import(ProjectFiles.Xlsx([ProjectFiles.Residential($"{prefix}-ONE")]), commit: true)).Committed);

        await using var services = app.Services.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<GreenBuildDb>();
        var projects = (await db.Set<Project>().Where(p => p.Code.StartsWith(prefix)).ToListAsync(Ct)).ToDictionary(p => p.Id.ToString(), p => p.Code);
        var keys = projects.Keys.ToList();
        var entries = await db.AuditEntries.Where(a => a.EntityType == nameof(Project) && keys.Contains(a.EntityKey)).ToListAsync(Ct);
        Assert.Equal(projects.Count, entries.Count);
        Assert.All(entries, e => Assert.Equal(AuditAction.Create, e.Action));
        var single = entries.Single(e => projects[e.EntityKey] == $"{prefix}-ONE");
        var bulk = entries.First(e => projects[e.EntityKey] == $"{prefix}-001");

        // The same text as the interceptor writes, but for the fields that differ between the two projects.
        static string Without(string changes, params string[] fields)
        {
            var json = System.Text.Json.Nodes.JsonNode.Parse(changes)!.AsObject();
            foreach (var field in fields)
            {
                json.Remove(field);
            }

            return json.ToJsonString();
        }

        string[] differ = ["Id", "Code", "Name"];
        Assert.Equal(Without(single.Changes, differ), Without(bulk.Changes, differ));
        var changes = System.Text.Json.Nodes.JsonNode.Parse(bulk.Changes)!;
        Assert.Equal($"{prefix}-001", changes["Code"]!.GetValue<string>());
        Assert.Equal("DesignReview", changes["Stage"]!.GetValue<string>());
        Assert.Equal(32000m, changes["FloorAreaAbove"]!.GetValue<decimal>());
        Assert.True(changes.AsObject().ContainsKey("DemonstrationZone") && changes["DemonstrationZone"] is null, "A creation lists every field, nulls included.");
        var ids = projects.Keys.Select(Guid.Parse).ToList();
        var checks = (await db.Set<ProjectCheckRecord>().Where(c => ids.Contains(c.ProjectId)).ToListAsync(Ct)).Select(c => c.Id.ToString()).ToList();
        Assert.Equal(checks.Count, await db.AuditEntries.CountAsync(a => a.EntityType == nameof(ProjectCheckRecord) && checks.Contains(a.EntityKey), Ct));
        Assert.True((await services.ServiceProvider.GetRequiredService<VerifyAuditChain>().RunAsync(Ct)).Intact);

        // The bulk-written rows read back like any other.
        var first = await db.Set<Project>().AsNoTracking().SingleAsync(p => p.Code == $"{prefix}-001", Ct);
        Assert.Equal((ProjectStage.DesignReview, 54.6m, new DateOnly(2024, 5, 10), GreenLevel.Basic), (first.Stage, first.Height, first.DesignReviewDate!.Value, first.GreenLevel));
    }

    [Fact]
    public async Task Changing_one_row_updates_only_that_project_and_its_stage_move_keeps_the_design_record()
    {
        var prefix = Prefix();
        var rows = Enumerable.Range(1, 5).Select(i => ProjectFiles.Residential($"{prefix}-{i}")).ToList();
        await Import(ProjectFiles.Xlsx(rows), commit: true);
        var before = await State(prefix);

        rows[2]["stage"] = "竣工验收";
        rows[2]["constructionPermitDate"] = "2024-07-01";
        rows[2]["completionDate"] = "2026-06-30";
        rows[2]["floorAreaAbove"] = "33000";
        var report = await Import(ProjectFiles.Xlsx(rows), commit: true);
        Assert.Equal((0, 1, 4), (report.Created, report.Updated, report.Unchanged));
        Assert.Equal(before.Checks + 1, (await State(prefix)).Checks);

        await using var services = app.Services.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<GreenBuildDb>();
        var project = await db.Set<Project>().SingleAsync(p => p.Code == $"{prefix}-3", Ct);
        var record = await db.Set<ProjectStageRecord>().SingleAsync(r => r.ProjectId == project.Id, Ct);
        Assert.Equal(ProjectStage.DesignReview, record.Stage);
        Assert.Contains("\"floorAreaAbove\":32000", record.Snapshot, StringComparison.Ordinal);
        Assert.Equal(33000, project.FloorAreaAbove);
        var checks = await db.Set<ProjectCheckRecord>().Where(c => c.ProjectId == project.Id).ToListAsync(Ct);
        var check = checks.OrderByDescending(c => c.CheckedAtUtc).ThenByDescending(c => c.Id).First();
        Assert.Equal(CheckTrigger.StageTransition, check.Trigger);
    }

    [Fact]
    public async Task A_broken_file_reports_each_error_by_row_and_column_and_nothing_is_written_even_with_commit()
    {
        var prefix = Prefix();
        var rows = new List<Dictionary<string, string>>
        {
            ProjectFiles.Residential($"{prefix}-OK"),
            ProjectFiles.Residential($"{prefix}-CITY", city: "999999"),
            Change(ProjectFiles.Residential($"{prefix}-AREA"), "floorAreaAbove", "0"),
            Change(ProjectFiles.Residential($"{prefix}-HEIGHT"), "height", "300"),
            Change(ProjectFiles.Residential($"{prefix}-DATES"), "initiationDate", "2024-09-01"),
            ProjectFiles.Residential($"{prefix}-OK"),
            Change(ProjectFiles.Residential($"{prefix}-TEXT"), "floorAreaAbove", "三万"),
            Change(ProjectFiles.Residential($"{prefix}-CHOICE"), "buildingType", "别墅"),
            Change(ProjectFiles.Residential($"{prefix}-FUTURE"), "designReviewDate", "2030-01-01"),
        };
        var report = await Import(ProjectFiles.Xlsx(rows), commit: true);

        Assert.False(report.Committed);
        Assert.Equal(0, (await State(prefix)).Projects);
        string Column(string field) => XlsxRows.ColumnName(ProjectColumns.All.ToList().FindIndex(c => c.Field == field));
        AssertIssue(report, 3, Column("cityCode"), "999999", "不是山西省");
        AssertIssue(report, 4, Column("floorAreaAbove"), null, "地上建筑面积必须大于 0");
        AssertIssue(report, 5, Column("height"), null, "与层数 18 不符");
        AssertIssue(report, 6, Column("designReviewDate"), null, "早于前一阶段的日期 2024-09-01");
        AssertIssue(report, 7, Column("code"), null, "重复");
        AssertIssue(report, 8, Column("floorAreaAbove"), "三万", "不是数字");
        AssertIssue(report, 9, Column("buildingType"), "别墅", "不是可选值之一");
        AssertIssue(report, 10, Column("designReviewDate"), null, "晚于今天");
        Assert.DoesNotContain(report.Errors, e => e.Row == 2);
    }

    [Fact]
    public async Task CSV_in_UTF8_with_or_without_BOM_and_in_GBK_imports_the_same_projects()
    {
        var prefix = Prefix();
        var utf8 = await Import(ProjectFiles.Csv([ProjectFiles.Residential($"{prefix}-U")], new UTF8Encoding(false)), commit: true, name: "u.csv");
        var bom = await Import(ProjectFiles.Csv([ProjectFiles.Residential($"{prefix}-B")], new UTF8Encoding(true), bom: true), commit: true, name: "b.csv");
        var gbk = await Import(ProjectFiles.Csv([ProjectFiles.Residential($"{prefix}-G")], ProjectFiles.Gbk), commit: true, name: "g.csv");
        Assert.All([utf8, bom, gbk], r => Assert.True(r.Committed, string.Join("; ", r.Errors.Select(e => e.Message))));

        await using var services = app.Services.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<GreenBuildDb>();
        var names = await db.Set<Project>().Where(p => p.Code.StartsWith(prefix)).OrderBy(p => p.Code).Select(p => p.Name).ToListAsync(Ct);
        Assert.Equal([$"测试住宅小区 {prefix}-B", $"测试住宅小区 {prefix}-G", $"测试住宅小区 {prefix}-U"], names);
    }

    [Fact]
    public async Task Hostile_and_wrong_files_are_refused_with_a_clear_reason_and_nothing_is_written()
    {
        var prefix = Prefix();
        List<Dictionary<string, string>> rows = [ProjectFiles.Residential($"{prefix}-1")];
        var cases = new (byte[] File, string Expected)[]
        {
            (ProjectFiles.WithHiddenSheet(rows), "隐藏工作表"),
            (ProjectFiles.WithFormula(rows), "公式"),
            (ProjectFiles.ZipBomb(), "压缩炸弹"),
            // An external entity (XXE) is never resolved: a sheet with a DTD is refused, as is XML that is not well-formed.
            (ProjectFiles.WithSheetXml(rows, xml => xml.Replace("<x:worksheet", "<!DOCTYPE x:worksheet [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x:worksheet", StringComparison.Ordinal)
                .Replace("长风街 1 号", "&e;", StringComparison.Ordinal)), "不是有效的 .xlsx"),
            (ProjectFiles.WithSheetXml(rows, xml => xml[..(xml.Length / 2)]), "不是有效的 .xlsx"),
            (ProjectFiles.WithSheetXml(rows, xml => xml.Replace("</x:c>", "</x:row>", StringComparison.Ordinal)), "不是有效的 .xlsx"),
            ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0], ".xls"),
            ([0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8], "不是有效的 .xlsx"),
            (Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("项目编号,项目名称")).ToArray(), "编码"),
            (Encoding.Latin1.GetBytes("Projektnummer,Größe\né,ü,ß\n"), "编码"),
            ([.. Encoding.UTF8.GetBytes("a,b\n"), 0, 1, 2], "二进制"),
            (Encoding.UTF8.GetBytes("名字,面积\n甲,1\n"), "无法识别的列"),
            (Encoding.UTF8.GetBytes(string.Join(",", ProjectFiles.Headers) + "\n"), "没有数据行"),
        };
        foreach (var (file, expected) in cases)
        {
            var report = await Import(file, commit: true);
            Assert.False(report.Committed);
            Assert.True(report.Errors.Any(e => e.Message.Contains(expected, StringComparison.Ordinal)),
                $"Expected “{expected}”, got: " + string.Join(" | ", report.Errors.Select(e => e.Message)));
        }

        Assert.Equal(0, (await State(prefix)).Projects);
    }

    [Fact]
    public async Task Rich_text_and_shared_strings_are_read_as_Excel_shows_them()
    {
        var prefix = Prefix();
        var file = ProjectFiles.WithRichText([ProjectFiles.Residential($"{prefix}-1")], ["晋阳湖", " 住宅小区"], ["长风街", " 8 号"]);
        var report = await Import(file, commit: true);
        Assert.True(report.Committed, string.Join(" | ", report.Errors.Select(e => e.Message)));

        await using var services = app.Services.CreateAsyncScope();
        var project = await services.ServiceProvider.GetRequiredService<GreenBuildDb>().Set<Project>().SingleAsync(p => p.Code == $"{prefix}-1", Ct);
        Assert.Equal("晋阳湖 住宅小区", project.Name); // the runs joined, the phonetic guide left out, the cell without a reference in its column
        Assert.Equal("长风街 8 号", project.Location);
    }

    [Fact]
    public async Task More_than_the_row_limit_is_refused_without_reading_on()
    {
        var header = string.Join(",", ProjectFiles.Headers);
        var line = string.Join(",", ProjectFiles.Row(ProjectFiles.Residential("X")));
        var text = new StringBuilder(header).Append('\n');
        for (var i = 0; i <= ImportProjects.MaxRows; i++)
        {
            text.Append(line).Append('\n');
        }

        var report = await Import(Encoding.UTF8.GetBytes(text.ToString()), commit: true, name: "big.csv");
        Assert.Contains(report.Errors, e => e.Code == "import.tooManyRows" && e.Row == ImportProjects.MaxRows + 2);
        Assert.False(report.Committed);
    }

    [Fact]
    public async Task Cancelling_while_writing_rolls_everything_back()
    {
        var prefix = Prefix();
        var rows = Enumerable.Range(1, 2500).Select(i => ProjectFiles.Residential($"{prefix}-{i:0000}")).ToList();
        using var cancel = new CancellationTokenSource();
        var progress = new SynchronousProgress(p =>
        {
            if (p.Phase == ImportPhase.Writing && p.Done > 0)
            {
                cancel.Cancel();
            }
        });
        var before = await State(prefix);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Import(ProjectFiles.Xlsx(rows), commit: true, progress: progress, cancel: cancel));
        var after = await State(prefix);
        Assert.Equal(0, after.Projects);
        Assert.Equal(before.AuditSequence, after.AuditSequence);
        await using var services = app.Services.CreateAsyncScope();
        Assert.True((await services.ServiceProvider.GetRequiredService<VerifyAuditChain>().RunAsync(Ct)).Intact);
    }

    [Fact]
    public async Task A_city_officer_imports_only_its_own_city_and_cannot_take_another_citys_code()
    {
        var prefix = Prefix();
        await Import(ProjectFiles.Xlsx([ProjectFiles.Residential($"{prefix}-DT", city: "140212")]), commit: true);
        var taiyuan = new DataScope(false, "140100", null);
        var report = await Import(ProjectFiles.Xlsx([ProjectFiles.Residential($"{prefix}-TY2", city: "140212"), ProjectFiles.Residential($"{prefix}-DT")]),
            commit: true, scope: taiyuan);
        Assert.Contains(report.Errors, e => e.Row == 2 && e.Message.Contains("不能登记其他城市", StringComparison.Ordinal));
        Assert.Contains(report.Errors, e => e.Row == 3 && e.Message.Contains("已被其他单位或城市", StringComparison.Ordinal));
        Assert.Equal(1, (await State(prefix)).Projects);
    }

    [Fact]
    public async Task Owners_named_in_the_file_are_registered_once_and_reused()
    {
        var prefix = Prefix();
        var owner = $"新业主{prefix}有限公司";
        var rows = Enumerable.Range(1, 3).Select(i => Change(ProjectFiles.Residential($"{prefix}-{i}"), "ownerName", owner)).ToList();
        var report = await Import(ProjectFiles.Xlsx(rows), commit: true);
        Assert.Equal(1, report.NewOrganizations);
        Assert.Equal(0, (await Import(ProjectFiles.Xlsx(rows), commit: true)).NewOrganizations);
        await using var services = app.Services.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<GreenBuildDb>();
        var organization = await db.Organizations.SingleAsync(o => o.Name == owner, Ct);
        Assert.Equal(3, await db.Set<Project>().CountAsync(p => p.OrganizationId == organization.Id, Ct));
    }

    [Fact]
    public async Task Findings_of_imported_rows_cite_their_rule_and_source()
    {
        var prefix = Prefix();
        var office = Change(Change(Change(ProjectFiles.Residential($"{prefix}-PUB"), "buildingType", "公共"), "subtype", "办公"), "energyStandardPercent", "72");
        var report = await Import(ProjectFiles.Xlsx([office]), commit: false);
        var finding = Assert.Single(report.Findings, f => f.Severity == GreenBuild.Projects.Rules.RuleSeverity.Mandatory);
        Assert.Equal(("GB-PUBLIC-ONE-STAR", 2), (finding.RuleCode, finding.Row));
        Assert.Contains(report.Findings, f => f.RuleCode == "RE-PV-LARGE-PUBLIC");
        Assert.Contains("四(二)", finding.Source, StringComparison.Ordinal);
        Assert.Equal(GreenLevel.Basic.ToString(), finding.Actual);
    }

    private static Dictionary<string, string> Change(Dictionary<string, string> row, string field, string value)
    {
        row[field] = value;
        return row;
    }

    private static void AssertIssue(ImportReport report, int row, string column, string? value, string message) =>
        Assert.True(report.Errors.Any(e => e.Row == row && e.Column == column && (value is null || e.Value == value) && e.Message.Contains(message, StringComparison.Ordinal)),
            $"No error at row {row}, column {column} containing “{message}”. Errors: " + string.Join(" | ", report.Errors.Select(e => $"{e.Row}{e.Column} {e.Value}: {e.Message}")));

    /// <summary>Progress reported on the reporting thread (Progress&lt;T&gt; would post it later).</summary>
    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}

public sealed class ProjectImportTestsOnSqlite(SqliteApp app) : ProjectImportTests(app), IClassFixture<SqliteApp>;

public sealed class ProjectImportTestsOnPostgres(PostgresApp app) : ProjectImportTests(app), IClassFixture<PostgresApp>;
