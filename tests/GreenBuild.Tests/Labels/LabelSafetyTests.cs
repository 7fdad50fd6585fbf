using System.Net;
using System.Net.Http.Json;
using GreenBuild.Labels.Demo;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Demo;
using GreenBuild.Tests.Infrastructure;
using static GreenBuild.Tests.Labels.LabelsKit;

namespace GreenBuild.Tests.Labels;

/// <summary>Bad and hostile input and scope: clear Chinese errors naming the field, nothing half-written, nobody sees what is not theirs.</summary>
public abstract class LabelSafetyTests(GreenBuildApp app)
{
    [Fact]
    public async Task Evidence_of_the_wrong_type_content_size_or_name_is_refused_by_field_and_nothing_is_stored()
    {
        var applicant = await app.SignedInAs(Roles.Applicant);
        var id = (await CreateAsync(applicant, await ProjectAsync(applicant))).GetProperty("id").GetString()!;
        var cases = new (string Kind, string Name, byte[] Content, string Message)[]
        {
            ("SelfAssessmentReport", "report.docx", [0x50, 0x4B, 0x03, 0x04, 1, 2], "只接受 .pdf"),
            ("SelfAssessmentReport", "virus.pdf", "MZ\x90\0\x03"u8.ToArray(), "内容与扩展名 .pdf 不符"),
            ("Photo", "site.jpg", DemoAssessments.Pdf("x"), "内容与扩展名 .jpg 不符"),
            ("CompletionReport", "empty.pdf", [], "是空文件"),
            ("CompletionReport", "big.pdf", [.. "%PDF-"u8, .. new byte[16 * 1024 * 1024 - 100]], "超过上限"),
            ("Other", ".htaccess", "%PDF-"u8.ToArray(), "文件名无效"),
            ("OperationData", "data.csv", [0x61, 0x00, 0x62], "内容与扩展名 .csv 不符"),
        };
        foreach (var (kind, name, content, message) in cases)
        {
            var response = await UploadAsync(applicant, id, kind, name, content);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{name}: {(int)response.StatusCode}");
            var problem = await ProblemTextAsync(response);
            Assert.True(problem.Contains(message, StringComparison.Ordinal), $"{name}: {problem}");
        }

        var unknownClause = await UploadAsync(applicant, id, "TestReport", "t.pdf", DemoAssessments.Pdf("t"), clause: "9.9.9");
        Assert.Contains("条文 9.9.9 不在自评估的评分项中", await ProblemTextAsync(unknownClause), StringComparison.Ordinal);
        var traversal = await UploadAsync(applicant, id, "SelfAssessmentReport", "../../etc/自评估.pdf", DemoAssessments.Pdf("ok"));
        Assert.Equal(HttpStatusCode.OK, traversal.StatusCode);
        Assert.Equal("自评估.pdf", (await traversal.ReadJsonAsync()).GetProperty("fileName").GetString());
        var detail = await (await applicant.GetAsync($"/api/v1/labels/applications/{id}", Ct)).ReadJsonAsync();
        Assert.Equal(1, detail.GetProperty("files").GetArrayLength());
        var csv = await UploadAsync(applicant, id, "OperationData", "2026年能耗.csv", "月份,电耗kWh\n1,120000\n"u8.ToArray());
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
    }

    [Fact]
    public async Task An_incomplete_self_assessment_is_refused_with_every_gap_named_and_the_applicant_cannot_apply_for_a_project_not_its_own_or_not_completed()
    {
        var applicant = await app.SignedInAs(Roles.Applicant);
        var project = await ProjectAsync(applicant);
        var gaps = DemoAssessments.TwoStar() with
        {
            PrerequisitesMet = false,
            Items = [.. DemoAssessments.TwoStar().Items.Select(i => i.Clause == "5.2.1" ? i with { Evidence = null } : i)],
        };
        var id = (await CreateAsync(applicant, project, "TwoStar", gaps)).GetProperty("id").GetString()!;
        var submit = await applicant.PostAsync($"/api/v1/labels/applications/{id}/submit", null, Ct);
        var problem = await ProblemTextAsync(submit);
        foreach (var expected in new[] { "控制项未全部满足", "条文 5.2.1）自评 12 分，但未填写证明说明", "缺少必备材料：自评估报告", "自评估预期等级为未达到基本级，低于申报等级二星级" })
        {
            Assert.True(problem.Contains(expected, StringComparison.Ordinal), expected + " in " + problem);
        }

        var duplicate = await applicant.PostJsonAsync("/api/v1/labels/applications", new { projectId = project, targetLevel = "OneStar" });
        Assert.Contains("已有进行中的申报", await ProblemTextAsync(duplicate), StringComparison.Ordinal);
        var designer = await app.SignedIn(Designer, SeedPlatformDemo.DemoPassword);
        var foreign = await designer.PostJsonAsync("/api/v1/labels/applications", new { projectId = project, targetLevel = "OneStar" });
        Assert.Contains("项目库中找不到属于本单位的项目", await ProblemTextAsync(foreign), StringComparison.Ordinal);
        var early = await ProjectAsync(applicant, stage: "ConstructionPermit");
        var notCompleted = await applicant.PostJsonAsync("/api/v1/labels/applications", new { projectId = early, targetLevel = "OneStar" });
        Assert.Contains("只有处于竣工验收或运营阶段的项目可以申报标识", await ProblemTextAsync(notCompleted), StringComparison.Ordinal);
        var badScore = await applicant.PutAsJsonAsync($"/api/v1/labels/applications/{id}/assessment",
            DemoAssessments.TwoStar() with { Items = [.. DemoAssessments.TwoStar().Items.Select(i => i.Clause == "4.2.1" ? i with { Score = 12 } : i)] }, Json.Options, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, badScore.StatusCode);
        Assert.Contains("Items[0].Score", await ProblemTextAsync(badScore), StringComparison.Ordinal);

        // A draft without one category's items is saved (rated with 0 there) but cannot be submitted.
        var noEnvironment = await applicant.PutAsJsonAsync($"/api/v1/labels/applications/{id}/assessment",
            DemoAssessments.TwoStar() with { Items = [.. DemoAssessments.TwoStar().Items.Where(i => i.Category != GreenBuild.Standards.GreenRating.RatingCategory.Environment)] }, Json.Options, Ct);
        Assert.Equal(HttpStatusCode.OK, noEnvironment.StatusCode);
        Assert.Equal("Basic", (await noEnvironment.ReadJsonAsync()).GetProperty("rating").GetProperty("level").GetString());
        var missing = await applicant.PostAsync($"/api/v1/labels/applications/{id}/submit", null, Ct);
        Assert.Contains("自评估缺少“环境宜居”类评分项", await ProblemTextAsync(missing), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Applicants_see_only_their_own_applications_and_a_city_only_its_own()
    {
        var applicant = await app.SignedInAs(Roles.Applicant);
        var id = await AcceptedAsync(app, applicant);
        var designer = await app.SignedIn(Designer, SeedPlatformDemo.DemoPassword);
        Assert.Equal(HttpStatusCode.NotFound, (await designer.GetAsync($"/api/v1/labels/applications/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await designer.GetAsync($"/labels/applications/{id}", Ct)).StatusCode);
        Assert.DoesNotContain((await (await designer.GetAsync("/api/v1/labels/applications", Ct)).ReadJsonAsync()).EnumerateArray(), a => a.GetProperty("id").GetString() == id);
        Assert.Equal(HttpStatusCode.NotFound, (await designer.PostAsync($"/api/v1/labels/applications/{id}/submit", null, Ct)).StatusCode);
        var files = (await (await applicant.GetAsync($"/api/v1/labels/applications/{id}", Ct)).ReadJsonAsync()).GetProperty("files");
        Assert.Equal(HttpStatusCode.NotFound, (await designer.GetAsync($"/api/v1/labels/files/{files[0].GetProperty("id").GetString()}", Ct)).StatusCode);
        var datong = await app.SignedIn(DemoAccounts.OtherCityOfficer, SeedPlatformDemo.DemoPassword);
        Assert.Equal(HttpStatusCode.NotFound, (await datong.GetAsync($"/api/v1/labels/applications/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await app.SignedInAs(Roles.CityOfficer)).GetAsync($"/api/v1/labels/applications/{id}", Ct)).StatusCode);

        // A draft stays the applicant's: the city does not see it before submission.
        var draft = (await CreateAsync(applicant, await ProjectAsync(applicant))).GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignedInAs(Roles.CityOfficer)).GetAsync($"/api/v1/labels/applications/{draft}", Ct)).StatusCode);
        var review = await datong.PostJsonAsync($"/api/v1/labels/applications/{draft}/formal-review", new { complete = true });
        Assert.Equal(HttpStatusCode.NotFound, review.StatusCode);
    }

    [Fact]
    public async Task A_returned_application_past_its_resubmission_deadline_cannot_be_submitted_again()
    {
        var applicant = await app.SignedInAs(Roles.Applicant);
        var project = await ProjectAsync(applicant);
        var id = (await CreateAsync(applicant, project)).GetProperty("id").GetString()!;
        await UploadAsync(applicant, id, "SelfAssessmentReport", "a.pdf", DemoAssessments.Pdf("a"));
        await UploadAsync(applicant, id, "CompletionReport", "b.pdf", DemoAssessments.Pdf("b"));
        await applicant.PostAsync($"/api/v1/labels/applications/{id}/submit", null, Ct);
        var city = await app.SignedInAs(Roles.CityOfficer);
        await city.PostJsonAsync($"/api/v1/labels/applications/{id}/formal-review", new { complete = false, reasons = new[] { "补充检测报告" } });
        var unchanged = await applicant.PostAsync($"/api/v1/labels/applications/{id}/submit", null, Ct);
        Assert.Contains("已提交过", await ProblemTextAsync(unchanged), StringComparison.Ordinal);
        app.Clock.Advance(TimeSpan.FromDays(31));
        applicant = await app.SignedInAs(Roles.Applicant);
        await UploadAsync(applicant, id, "TestReport", "c.pdf", DemoAssessments.Pdf("c"));
        var late = await applicant.PostAsync($"/api/v1/labels/applications/{id}/submit", null, Ct);
        Assert.Contains("已超过补正期限", await ProblemTextAsync(late), StringComparison.Ordinal);
    }
}

public sealed class LabelSafetyTestsOnSqlite(SqliteApp app) : LabelSafetyTests(app), IClassFixture<SqliteApp>;

public sealed class LabelSafetyTestsOnPostgres(PostgresApp app) : LabelSafetyTests(app), IClassFixture<PostgresApp>;
