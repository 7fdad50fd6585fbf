using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Projects.Contracts;
using GreenBuild.Projects.Model;
using GreenBuild.Standards.GreenRating;
using GreenBuild.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GreenBuild.Tests.Projects;

/// <summary>The registry end to end through its API: imports with their reports, export and re-import, stages, attachments, re-checks, scope.</summary>
public abstract class ProjectRegistryApiTests(GreenBuildApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Prefix() => $"API{Guid.NewGuid():N}"[..12].ToUpperInvariant();

    private static async Task<JsonElement> Upload(HttpClient client, byte[] file, string name = "projects.xlsx")
    {
        using var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var response = await client.PostAsync($"/api/v1/projects/imports?fileName={Uri.EscapeDataString(name)}", content, Ct);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return await response.ReadJsonAsync();
    }

    /// <summary>Polls an import until it is no longer running (deadline 60 s).</summary>
    private static async Task<JsonElement> Settled(HttpClient client, string id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var import = await (await client.GetAsync($"/api/v1/projects/imports/{id}", Ct)).ReadJsonAsync();
            if (import.GetProperty("status").GetString() is not ("Queued" or "Checking" or "Committing") || DateTime.UtcNow > deadline)
            {
                return import;
            }

            await Task.Delay(50, Ct);
        }
    }

    [Fact]
    public async Task An_upload_is_checked_in_the_background_then_committed_and_only_its_uploader_sees_it()
    {
        var officer = await app.SignedInAs(Roles.CityOfficer);
        var prefix = Prefix();
        var uploaded = await Upload(officer, ProjectFiles.Xlsx([ProjectFiles.Residential($"{prefix}-1"), ProjectFiles.Residential($"{prefix}-2")]));
        var id = uploaded.GetProperty("id").GetString()!;
        var checkedImport = await Settled(officer, id);
        Assert.Equal("Checked", checkedImport.GetProperty("status").GetString());
        Assert.Equal(2, checkedImport.GetProperty("report").GetProperty("created").GetInt32());

        var other = await app.SignedIn(DemoAccounts.OtherCityOfficer, GreenBuild.Platform.Demo.SeedPlatformDemo.DemoPassword);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/projects/imports/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await other.PostAsync($"/api/v1/projects/imports/{id}/commit", null, Ct)).StatusCode);

        Assert.Equal(HttpStatusCode.Accepted, (await officer.PostAsync($"/api/v1/projects/imports/{id}/commit", null, Ct)).StatusCode);
        var committed = await Settled(officer, id);
        Assert.Equal("Committed", committed.GetProperty("status").GetString());
        var list = await (await officer.GetAsync($"/api/v1/projects?q={prefix}", Ct)).ReadJsonAsync();
        Assert.Equal(2, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_file_with_errors_cannot_be_committed_and_its_report_names_row_column_and_value()
    {
        var admin = await app.SignedInAs(Roles.ProvinceAdmin);
        var prefix = Prefix();
        var bad = ProjectFiles.Residential($"{prefix}-1");
        bad["storeys"] = "十八";
        var id = (await Upload(admin, ProjectFiles.Csv([bad], Encoding.UTF8), "bad.csv")).GetProperty("id").GetString()!;
        var report = (await Settled(admin, id)).GetProperty("report");
        var error = report.GetProperty("errors")[0];
        Assert.Equal((2, "十八"), (error.GetProperty("row").GetInt32(), error.GetProperty("value").GetString()));
        Assert.Equal("地上层数", error.GetProperty("header").GetString());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("column").GetString()));
        var refused = await admin.PostAsync($"/api/v1/projects/imports/{id}/commit", null, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await admin.PostAsync($"/api/v1/projects/imports/{id}/cancel", null, Ct)).StatusCode);
        Assert.Equal("Cancelled", (await Settled(admin, id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_export_re_imports_unchanged_and_CSV_export_is_UTF8_with_BOM_and_defuses_formulas()
    {
        var admin = await app.SignedInAs(Roles.ProvinceAdmin);
        var prefix = Prefix();
        var row = ProjectFiles.Residential($"{prefix}-1");
        row["name"] = "=HYPERLINK(\"http://evil\")";
        row["designOrganizationName"] = "山西省建筑设计研究院";
        await Commit(admin, ProjectFiles.Xlsx([row, ProjectFiles.Residential($"{prefix}-2")]));

        var xlsx = await admin.GetByteArrayAsync($"/api/v1/projects/export?q={prefix}", Ct);
        var again = await Settled(admin, (await Upload(admin, xlsx)).GetProperty("id").GetString()!);
        var report = again.GetProperty("report");
        Assert.Equal((0, 0, 2), (report.GetProperty("created").GetInt32(), report.GetProperty("updated").GetInt32(), report.GetProperty("unchanged").GetInt32()));

        var csv = await admin.GetByteArrayAsync($"/api/v1/projects/export?format=csv&q={prefix}", Ct);
        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        var text = Encoding.UTF8.GetString(csv, 3, csv.Length - 3);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil\"\")\"", text, StringComparison.Ordinal);
        var fromCsv = await Settled(admin, (await Upload(admin, csv, "export.csv")).GetProperty("id").GetString()!);
        Assert.Equal(2, fromCsv.GetProperty("report").GetProperty("unchanged").GetInt32());
    }

    [Fact]
    public async Task The_template_is_a_visible_workbook_with_drop_down_lists_that_the_importer_accepts()
    {
        var officer = await app.SignedInAs(Roles.CityOfficer);
        var bytes = await officer.GetByteArrayAsync("/api/v1/projects/template", Ct);
        using (var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false))
        {
            var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();
            Assert.Equal(["项目", "说明", "代码表"], sheets.Select(s => s.Name!.Value!));
            Assert.All(sheets, s => Assert.Null(s.State));
            var data = (WorksheetPart)document.WorkbookPart.GetPartById(sheets[0].Id!.Value!);
            var validations = data.Worksheet.Descendants<DataValidation>().ToList();
            Assert.Contains(validations, v => v.Formula1!.Text.Contains("居住,公共,工业,农村", StringComparison.Ordinal));
            Assert.Contains(validations, v => v.Formula1!.Text.StartsWith("代码表!$A$2", StringComparison.Ordinal));
        }

        var report = (await Settled(officer, (await Upload(officer, bytes)).GetProperty("id").GetString()!)).GetProperty("report");
        Assert.Contains("没有数据行", report.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_design_record_is_kept_when_the_project_moves_on_and_compares_with_what_was_completed()
    {
        var admin = await app.SignedInAs(Roles.ProvinceAdmin);
        var code = $"{Prefix()}-S";
        var body = new Dictionary<string, object?>
        {
            ["code"] = code, ["name"] = "阶段对比测试楼", ["cityCode"] = "140105", ["ownerName"] = "山西测试置业有限公司", ["stage"] = "DesignReview",
            ["buildingType"] = "Residential", ["funding"] = "Private", ["floorAreaAbove"] = 30000, ["storeys"] = 18, ["height"] = 54,
            ["designReviewDate"] = "2024-05-10", ["energyStandardPercent"] = 75, ["greenLevel"] = "Basic", ["solarThermalArea"] = 500,
        };
        var saved = await (await admin.PostJsonAsync("/api/v1/projects", body)).ReadJsonAsync();
        var id = saved.GetProperty("project").GetProperty("id").GetString();
        body["stage"] = "ConstructionPermit";
        body["constructionPermitDate"] = "2024-08-01";
        Assert.Equal(HttpStatusCode.OK, (await admin.PostJsonAsync("/api/v1/projects", body)).StatusCode);
        body["stage"] = "CompletionAcceptance";
        body["completionDate"] = "2026-09-30";
        body["floorAreaAbove"] = 31500;
        body["greenLevel"] = "OneStar";
        Assert.Equal(HttpStatusCode.OK, (await admin.PostJsonAsync("/api/v1/projects", body)).StatusCode);

        var stages = await (await admin.GetAsync($"/api/v1/projects/{id}/stages", Ct)).ReadJsonAsync();
        Assert.Equal(["DesignReview", "ConstructionPermit", "CompletionAcceptance"], stages.EnumerateArray().Select(s => s.GetProperty("stage").GetString()));
        var comparison = await (await admin.GetAsync($"/api/v1/projects/{id}/compare?from=DesignReview&to=CompletionAcceptance", Ct)).ReadJsonAsync();
        var fields = comparison.GetProperty("differences").EnumerateArray().Select(d => d.GetProperty("field").GetString()).ToList();
        Assert.Contains("FloorAreaAbove", fields);
        Assert.Contains("GreenLevel", fields);
        Assert.Contains("CompletionDate", fields);
        Assert.DoesNotContain("Name", fields);

        body["stage"] = "DesignReview";
        var backwards = await admin.PostJsonAsync("/api/v1/projects", body);
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Contains("只能向后推进", await backwards.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Attachments_accept_real_documents_only_and_stay_within_the_projects_scope()
    {
        var officer = await app.SignedInAs(Roles.CityOfficer);
        var prefix = Prefix();
        await Commit(await app.SignedInAs(Roles.ProvinceAdmin), ProjectFiles.Xlsx([ProjectFiles.Residential($"{prefix}-A")]));
        var id = (await (await officer.GetAsync($"/api/v1/projects?q={prefix}", Ct)).ReadJsonAsync()).GetProperty("items")[0].GetProperty("id").GetString();

        using var pdf = new ByteArrayContent([.. "%PDF-1.7\n%测试\n"u8.ToArray(), .. new byte[100]]);
        var attached = await officer.PostAsync($"/api/v1/projects/{id}/attachments?kind=Drawings&fileName=..%2F..%2Fetc%2F施工图.pdf", pdf, Ct);
        Assert.Equal(HttpStatusCode.OK, attached.StatusCode);
        var attachment = await attached.ReadJsonAsync();
        Assert.Equal(("施工图.pdf", "application/pdf"), (attachment.GetProperty("fileName").GetString(), attachment.GetProperty("contentType").GetString()));

        using var exe = new ByteArrayContent([0x4D, 0x5A, 0x90, 0x00, 1, 2, 3]);
        var refused = await officer.PostAsync($"/api/v1/projects/{id}/attachments?kind=Other&fileName=report.pdf", exe, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        var download = await officer.GetAsync($"/api/v1/projects/{id}/attachments/{attachment.GetProperty("id").GetString()}", Ct);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        var other = await app.SignedIn(DemoAccounts.OtherCityOfficer, GreenBuild.Platform.Demo.SeedPlatformDemo.DemoPassword);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/projects/{id}/attachments/{attachment.GetProperty("id").GetString()}", Ct)).StatusCode);
        var applicant = await app.SignedInAs(Roles.Applicant);
        using var again = new ByteArrayContent([.. "%PDF-1.7\n"u8.ToArray()]);
        Assert.Equal(HttpStatusCode.NotFound, (await applicant.PostAsync($"/api/v1/projects/{id}/attachments?kind=Other", again, Ct)).StatusCode);
    }

    [Fact]
    public async Task A_bulk_re_check_stores_a_check_only_where_the_outcome_changed()
    {
        var admin = await app.SignedInAs(Roles.ProvinceAdmin);
        var prefix = Prefix();
        await Commit(admin, ProjectFiles.Xlsx([ProjectFiles.Residential($"{prefix}-1"), ProjectFiles.Residential($"{prefix}-2")]));
        var first = await (await admin.PostAsync($"/api/v1/projects/recheck?q={prefix}", null, Ct)).ReadJsonAsync();
        Assert.Equal((2, 0), (first.GetProperty("checked").GetInt32(), first.GetProperty("changed").GetInt32()));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            // An old check, as a previous rule-set version would have left it.
            var db = scope.ServiceProvider.GetRequiredService<GreenBuildDb>();
            var project = await db.Set<Project>().FirstAsync(p => p.Code == $"{prefix}-1", Ct);
            db.Set<ProjectCheckRecord>().Add(new ProjectCheckRecord
            {
                ProjectId = project.Id, Stage = project.Stage, RuleSetVersion = "2021.0", DesignReviewDate = project.DesignReviewDate!.Value,
                CheckedAtUtc = app.Clock.GetUtcNow().UtcDateTime.AddSeconds(1), Findings = "[]",
            });
            await db.SaveChangesAsync(Ct);
        }

        var second = await (await admin.PostAsync($"/api/v1/projects/recheck?q={prefix}", null, Ct)).ReadJsonAsync();
        Assert.Equal(1, second.GetProperty("changed").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignedInAs(Roles.Applicant)).PostAsync("/api/v1/projects/recheck", null, Ct)).StatusCode);
    }

    [Fact]
    public async Task The_list_filters_by_type_level_year_text_and_mandatory_findings_within_scope()
    {
        var admin = await app.SignedInAs(Roles.ProvinceAdmin);
        var prefix = Prefix();
        var weak = ProjectFiles.Residential($"{prefix}-WEAK");
        weak["greenLevel"] = "无";
        var datong = ProjectFiles.Residential($"{prefix}-DT", city: "140212");
        await Commit(admin, ProjectFiles.Xlsx([ProjectFiles.Residential($"{prefix}-OK"), datong]));
        await Commit(admin, ProjectFiles.Xlsx([weak]), expectCommitted: true);

        async Task<int> Count(HttpClient client, string filter) =>
            (await (await client.GetAsync($"/api/v1/projects?q={prefix}&{filter}", Ct)).ReadJsonAsync()).GetProperty("total").GetInt32();
        Assert.Equal(3, await Count(admin, ""));
        Assert.Equal(1, await Count(admin, "hasMandatoryFindings=true"));
        Assert.Equal(1, await Count(admin, "greenLevel=NotQualified"));
        Assert.Equal(3, await Count(admin, "year=2024&type=Residential"));
        Assert.Equal(0, await Count(admin, "year=2023"));
        Assert.Equal(1, await Count(admin, "city=140200"));
        Assert.Equal(2, await Count(await app.SignedInAs(Roles.CityOfficer), ""));
        Assert.Equal(0, await Count(await app.SignedInAs(Roles.Applicant), ""));
    }

    [Fact]
    public async Task Other_modules_read_projects_and_set_the_certified_green_level_through_the_contract()
    {
        var admin = await app.SignedInAs(Roles.ProvinceAdmin);
        var code = $"{Prefix()}-C";
        await Commit(admin, ProjectFiles.Xlsx([ProjectFiles.Residential(code)]));
        await using var scope = app.Services.CreateAsyncScope();
        var registry = scope.ServiceProvider.GetRequiredService<IProjectRegistry>();
        var project = await registry.FindByCodeAsync(code, Ct);
        Assert.Equal((GreenLevel.Basic, 40000m), (project!.GreenLevel, project.FloorArea));
        Assert.Contains(await registry.ListAsync(new ProjectFilter { CityCode = "140100", Stages = [ProjectStage.DesignReview] }, Ct), p => p.Code == code);
        await registry.SetCertifiedGreenLevelAsync(project.Id, GreenLevel.TwoStar, "晋绿标 2026-001", Ct);
        await scope.ServiceProvider.GetRequiredService<GreenBuildDb>().SaveChangesAsync(Ct);
        Assert.Equal(GreenLevel.TwoStar, (await registry.FindAsync(project.Id, Ct))!.GreenLevel);
    }

    private static async Task Commit(HttpClient client, byte[] file, bool expectCommitted = true)
    {
        var id = (await Upload(client, file)).GetProperty("id").GetString()!;
        var checkedImport = await Settled(client, id);
        Assert.Equal("Checked", checkedImport.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsync($"/api/v1/projects/imports/{id}/commit", null, Ct)).StatusCode);
        Assert.Equal(expectCommitted ? "Committed" : "Failed", (await Settled(client, id)).GetProperty("status").GetString());
    }
}

public sealed class ProjectRegistryApiTestsOnSqlite(SqliteApp app) : ProjectRegistryApiTests(app), IClassFixture<SqliteApp>;

public sealed class ProjectRegistryApiTestsOnPostgres(PostgresApp app) : ProjectRegistryApiTests(app), IClassFixture<PostgresApp>;
