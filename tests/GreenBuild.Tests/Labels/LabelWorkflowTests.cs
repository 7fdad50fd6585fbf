using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GreenBuild.Labels.Demo;
using GreenBuild.Platform.Accounts;
using GreenBuild.Tests.Infrastructure;
using static GreenBuild.Tests.Labels.LabelsKit;

namespace GreenBuild.Tests.Labels;

/// <summary>The whole recognition workflow through the API, from application to certificate and revocation, on both databases.</summary>
public abstract class LabelWorkflowTests(GreenBuildApp app)
{
    [Fact]
    public async Task An_application_goes_from_self_assessment_to_a_certificate_that_the_public_verifies_and_a_revocation_the_registry_follows()
    {
        var applicant = await app.SignedInAs(Roles.Applicant);
        var province = await app.SignedInAs(Roles.ProvinceOfficer);
        var projectId = await ProjectAsync(applicant);
        var eligible = await (await applicant.GetAsync("/api/v1/labels/projects", Ct)).ReadJsonAsync();
        Assert.Contains(eligible.EnumerateArray(), p => p.GetProperty("id").GetString() == projectId);

        // Application with the calculator's expected level and explanation before submission.
        var created = await CreateAsync(applicant, projectId);
        var id = created.GetProperty("id").GetString()!;
        Assert.Equal("TwoStar", created.GetProperty("expectedLevel").GetString());
        Assert.Matches(@"^LA-\d{4}-\d{4}$", created.GetProperty("number").GetString()!);
        var detail = await (await applicant.GetAsync($"/api/v1/labels/applications/{id}", Ct)).ReadJsonAsync();
        var explanation = detail.GetProperty("current").GetProperty("explanation");
        Assert.Contains(explanation.GetProperty("steps").EnumerateArray(), s => s.GetProperty("clause").GetString()!.Contains("3.2.7", StringComparison.Ordinal));
        Assert.Equal(71.9m, detail.GetProperty("current").GetProperty("totalScore").GetDecimal());

        // Incomplete: the required documents are missing.
        var incomplete = await applicant.PostAsync($"/api/v1/labels/applications/{id}/submit", null, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, incomplete.StatusCode);
        Assert.Contains("缺少必备材料：自评估报告", await ProblemTextAsync(incomplete), StringComparison.Ordinal);
        Assert.Contains("缺少必备材料：竣工验收报告", await ProblemTextAsync(incomplete), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await UploadAsync(applicant, id, "SelfAssessmentReport", "自评估报告.pdf", DemoAssessments.Pdf("a"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await UploadAsync(applicant, id, "CompletionReport", "竣工验收报告.pdf", DemoAssessments.Pdf("b"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await UploadAsync(applicant, id, "TestReport", "能耗模拟报告.pdf", DemoAssessments.Pdf("c"), clause: "7.2.8")).StatusCode);
        var submitted = await (await applicant.PostAsync($"/api/v1/labels/applications/{id}/submit", null, Ct)).ReadJsonAsync();
        Assert.Equal("Submitted", submitted.GetProperty("status").GetString());

        // No overwrite after submission.
        var locked = await applicant.PutAsJsonAsync($"/api/v1/labels/applications/{id}/assessment", DemoAssessments.OneStar(), Json.Options, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, locked.StatusCode);
        Assert.Contains("已提交或正在审查，不能修改", await ProblemTextAsync(locked), StringComparison.Ordinal);

        // 形式审查 by the city: returned with reasons, the applicant is told, a change makes version 2, version 1 stays.
        var city = await app.SignedInAs(Roles.CityOfficer);
        var noReason = await city.PostJsonAsync($"/api/v1/labels/applications/{id}/formal-review", new { complete = false });
        Assert.Contains("退回时必须填写退回原因", await ProblemTextAsync(noReason), StringComparison.Ordinal);
        var returned = await (await city.PostJsonAsync($"/api/v1/labels/applications/{id}/formal-review", new { complete = false, reasons = new[] { "竣工验收报告缺少盖章页" } })).ReadJsonAsync();
        Assert.Equal("Returned", returned.GetProperty("status").GetString());
        var notifications = await (await applicant.GetAsync("/api/v1/labels/notifications", Ct)).ReadJsonAsync();
        Assert.Contains(notifications.EnumerateArray(), n => n.GetProperty("body").GetString()!.Contains("竣工验收报告缺少盖章页", StringComparison.Ordinal));
        var changed = DemoAssessments.TwoStar() with { InnovationScore = 8 };
        var saved = await (await applicant.PutAsJsonAsync($"/api/v1/labels/applications/{id}/assessment", changed, Json.Options, Ct)).ReadJsonAsync();
        Assert.Equal(2, saved.GetProperty("version").GetInt32());
        Assert.Equal(71.7m, saved.GetProperty("rating").GetProperty("totalScore").GetDecimal());
        Assert.Equal(HttpStatusCode.OK, (await UploadAsync(applicant, id, "CompletionReport", "竣工验收报告（盖章）.pdf", DemoAssessments.Pdf("d"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await applicant.PostAsync($"/api/v1/labels/applications/{id}/submit", null, Ct)).StatusCode);
        detail = await (await province.GetAsync($"/api/v1/labels/applications/{id}", Ct)).ReadJsonAsync();
        Assert.Equal([1, 2], detail.GetProperty("versions").EnumerateArray().Select(v => v.GetInt32()));
        Assert.Equal(HttpStatusCode.OK, (await city.PostJsonAsync($"/api/v1/labels/applications/{id}/formal-review", new { complete = true })).StatusCode);

        // Expert review and conclusion.
        var panel = await DrawAsync(province, id);
        Assert.Equal(5, panel.GetProperty("members").GetArrayLength());
        Assert.All(panel.GetProperty("draws").EnumerateArray(), d => Assert.Matches("^[0-9a-f]{64}$", d.GetProperty("sha256").GetString()!));
        var items = changed.Items;
        await ScoreAllAsync(app, panel, changed);
        var panelId = panel.GetProperty("id").GetString();
        var concluded = await (await province.PostJsonAsync($"/api/v1/labels/panels/{panelId}/conclude", new { opinion = "同意按二星级认定" })).ReadJsonAsync();
        Assert.Equal("TwoStar", concluded.GetProperty("conclusionLevel").GetString());
        Assert.Equal(71.7m, concluded.GetProperty("conclusionScore").GetDecimal());
        var drawnExpert = await ExpertAsync(app, panel.GetProperty("members")[0].GetProperty("expertCode").GetString()!);
        Assert.Equal(HttpStatusCode.NotFound, (await drawnExpert.GetAsync($"/api/v1/labels/applications/{id}", Ct)).StatusCode);

        // 公示 with an objection; no decision while open or while an objection is pending.
        var notice = await (await province.PostJsonAsync($"/api/v1/labels/applications/{id}/notice", new { days = 7 })).ReadJsonAsync();
        var noticeId = notice.GetProperty("id").GetString();
        var publicNotices = await (await app.Anonymous().GetAsync("/api/v1/labels/public/notices", Ct)).ReadJsonAsync();
        Assert.Contains(publicNotices.EnumerateArray(), n => n.GetProperty("id").GetString() == noticeId && n.GetProperty("isOpen").GetBoolean());
        var objection = await (await app.Anonymous().PostJsonAsync($"/api/v1/labels/public/notices/{noticeId}/objections",
            new { name = "市民甲", contact = "139 0000 0000", text = "该楼夏季空调能耗明显偏高，质疑节能措施是否落实。" })).ReadJsonAsync();
        var tracking = objection.GetProperty("trackingCode").GetString();
        Assert.Null(objection.GetProperty("contact").GetString());
        var tooEarly = await province.PostJsonAsync($"/api/v1/labels/applications/{id}/decision", new { grant = true });
        Assert.Contains("公示期满后方可认定", await ProblemTextAsync(tooEarly), StringComparison.Ordinal);
        app.Clock.Advance(TimeSpan.FromDays(8));
        // Sign-in cookies expire with the clock: sign in again after the notice period.
        (province, applicant) = (await app.SignedInAs(Roles.ProvinceOfficer), await app.SignedInAs(Roles.Applicant));
        var late = await app.Anonymous().PostJsonAsync($"/api/v1/labels/public/notices/{noticeId}/objections", new { name = "乙", contact = "x@y.cn", text = "公示期后提出的异议内容。" });
        Assert.Contains("不再接受异议", await ProblemTextAsync(late), StringComparison.Ordinal);
        var pending = await province.PostJsonAsync($"/api/v1/labels/applications/{id}/decision", new { grant = true });
        Assert.Contains($"异议 {tracking} 尚未处理", await ProblemTextAsync(pending), StringComparison.Ordinal);
        detail = await (await province.GetAsync($"/api/v1/labels/applications/{id}", Ct)).ReadJsonAsync();
        var objectionId = detail.GetProperty("objections")[0].GetProperty("id").GetString();
        Assert.Equal("139 0000 0000", detail.GetProperty("objections")[0].GetProperty("contact").GetString());
        Assert.Equal(HttpStatusCode.OK, (await province.PostJsonAsync($"/api/v1/labels/objections/{objectionId}/handle", new { upheld = false, response = "经核查运行数据，能耗低于定额约束值。" })).StatusCode);
        var tracked = await (await app.Anonymous().GetAsync($"/api/v1/labels/public/objections/{tracking}", Ct)).ReadJsonAsync();
        Assert.Equal("Dismissed", tracked.GetProperty("status").GetString());

        // Decision: certificate, registry follows, counts follow.
        var before = await Counts();
        var decision = await (await province.PostJsonAsync($"/api/v1/labels/applications/{id}/decision", new { grant = true })).ReadJsonAsync();
        var certificate = decision.GetProperty("certificate");
        var number = certificate.GetProperty("number").GetString()!;
        Assert.Matches(@"^晋绿标\d{4}21401\d{4}$", number);
        Assert.Equal("TwoStar", await RegistryLevel(applicant, projectId));
        var after = await Counts();
        Assert.Equal(before.TwoStar + 1, after.TwoStar);
        Assert.Equal(before.TwoStarArea + 25000m, after.TwoStarArea);

        // The public verifies the certificate; a wrong code does not match; the holder prints the PDF.
        var code = certificate.GetProperty("verificationCode").GetString()!;
        var verified = await (await app.Anonymous().GetAsync($"/api/v1/labels/public/verify?number={Uri.EscapeDataString(number)}&code={code.ToLowerInvariant()}", Ct)).ReadJsonAsync();
        Assert.True(verified.GetProperty("valid").GetBoolean());
        Assert.Equal("Valid", verified.GetProperty("certificate").GetProperty("status").GetString());
        var forged = await (await app.Anonymous().GetAsync($"/api/v1/labels/public/verify?number={Uri.EscapeDataString(number)}&code=ABCDEFGHJKMN", Ct)).ReadJsonAsync();
        Assert.False(forged.GetProperty("valid").GetBoolean());
        var pdf = await applicant.GetAsync($"/api/v1/labels/certificates/{certificate.GetProperty("id").GetString()}/pdf", Ct);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var bytes = await pdf.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal("%PDF-"u8.ToArray(), bytes[..5]);

        // Revocation with reasons: published, the registry's level and the counts follow.
        var certificateId = certificate.GetProperty("id").GetString();
        var noReasonRevoke = await province.PostJsonAsync($"/api/v1/labels/certificates/{certificateId}/recheck", new { outcome = "Revoke" });
        Assert.Contains("降级或撤销必须填写理由", await ProblemTextAsync(noReasonRevoke), StringComparison.Ordinal);
        var revoked = await (await province.PostJsonAsync($"/api/v1/labels/certificates/{certificateId}/recheck",
            new { outcome = "Revoke", reason = "复查发现雨水回用系统未投入运行，节水措施未落实", operationFindings = "2026 年度用水量超定额 38%" })).ReadJsonAsync();
        Assert.Equal("Revoked", revoked.GetProperty("status").GetString());
        Assert.Equal("Basic", await RegistryLevel(applicant, projectId));
        var published = await (await app.Anonymous().GetAsync("/api/v1/labels/public/certificates", Ct)).ReadJsonAsync();
        var entry = published.EnumerateArray().Single(c => c.GetProperty("number").GetString() == number);
        Assert.Equal("Revoked", entry.GetProperty("status").GetString());
        Assert.Contains("雨水回用系统", entry.GetProperty("statusReason").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("verificationCode").ValueKind);
        var final = await Counts();
        Assert.Equal(before.TwoStar, final.TwoStar);
        Assert.Equal(before.Share, final.Share);
        var reverify = await (await app.Anonymous().GetAsync($"/api/v1/labels/public/verify?number={Uri.EscapeDataString(number)}&code={code}", Ct)).ReadJsonAsync();
        Assert.Equal("Revoked", reverify.GetProperty("certificate").GetProperty("status").GetString());

        // The trail: readable events and the audit log of every table touched.
        detail = await (await province.GetAsync($"/api/v1/labels/applications/{id}", Ct)).ReadJsonAsync();
        var kinds = detail.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["created", "evidence.added", "evidence.added", "evidence.added", "submitted", "formal.returned", "version.created", "evidence.added", "submitted",
            "formal.accepted", "panel.announced", "panel.drawn", "review.submitted", "review.submitted", "review.submitted", "review.submitted", "review.submitted",
            "panel.concluded", "notice.published", "objection.filed", "objection.dismissed", "decision.certified", "certificate.revoked"], kinds);
        Assert.True(await AuditCountAsync(app, "Certificate") >= 2);
        Assert.True(await AuditCountAsync(app, "EvidenceFile") >= 4);
        Assert.True(await AuditCountAsync(app, "Objection") >= 2);
        Assert.NotNull(items);
    }

    private async Task<(int TwoStar, decimal TwoStarArea, decimal? Share)> Counts()
    {
        var stats = await (await (await app.SignedInAs(Roles.ProvinceAdmin)).GetAsync("/api/v1/labels/statistics?city=140100", Ct)).ReadJsonAsync();
        return (stats.GetProperty("twoStar").GetProperty("count").GetInt32(), stats.GetProperty("twoStar").GetProperty("floorArea").GetDecimal(),
            stats.GetProperty("oneStarOrAbove").GetProperty("share").ValueKind == JsonValueKind.Null ? null : stats.GetProperty("oneStarOrAbove").GetProperty("share").GetDecimal());
    }

    private static async Task<string?> RegistryLevel(HttpClient client, string projectId) =>
        (await (await client.GetAsync($"/api/v1/projects/{projectId}", Ct)).ReadJsonAsync()).GetProperty("greenLevel").GetString();
}

public sealed class LabelWorkflowTestsOnSqlite(SqliteApp app) : LabelWorkflowTests(app), IClassFixture<SqliteApp>;

public sealed class LabelWorkflowTestsOnPostgres(PostgresApp app) : LabelWorkflowTests(app), IClassFixture<PostgresApp>;
