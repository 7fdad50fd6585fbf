using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using GreenBuild.Labels.Demo;
using GreenBuild.Labels.Model;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Demo;
using GreenBuild.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GreenBuild.Tests.Labels;

/// <summary>Builders and steps the label tests share: a completed project, a complete application, a drawn panel, a certificate.</summary>
internal static class LabelsKit
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public const string Designer = $"designer@{SeedPlatformDemo.DemoDomain}";

    public static readonly string[] Sources = ["福彩3D 第2026318期", "上证指数收盘（分）"];

    /// <summary>A completed public building of the signed-in applicant, registered through the registry's API.</summary>
    public static async Task<string> ProjectAsync(HttpClient applicant, string stage = "CompletionAcceptance", string city = "140105")
    {
        var code = $"TY-T-{Guid.NewGuid():N}"[..20].ToUpperInvariant();
        var response = await applicant.PostJsonAsync("/api/v1/projects", new
        {
            code, name = "测试绿色办公楼", cityCode = city, stage, buildingType = "Public", funding = "Private",
            floorAreaAbove = 20000, floorAreaBelow = 5000, storeys = 16, height = 66, initiationDate = "2023-09-01", designReviewDate = "2024-04-18",
            constructionPermitDate = "2024-06-03", completionDate = stage is "CompletionAcceptance" or "Operation" ? "2026-06-30" : null,
            energyStandardPercent = 72, greenLevel = "OneStar", structureType = "Steel", pvCapacityKwp = 100,
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.ReadJsonAsync()).GetProperty("project").GetProperty("id").GetString()!;
    }

    public static async Task<JsonElement> CreateAsync(HttpClient applicant, string projectId, string level = "TwoStar", SelfAssessment? assessment = null, Guid[]? participants = null)
    {
        var response = await applicant.PostJsonAsync("/api/v1/labels/applications", new { projectId, targetLevel = level, participants = participants ?? [], assessment = assessment ?? DemoAssessments.TwoStar() });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync();
    }

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string applicationId, string kind, string fileName, byte[] content, string? clause = null)
    {
        using var body = new ByteArrayContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var url = $"/api/v1/labels/applications/{applicationId}/files?kind={kind}&fileName={Uri.EscapeDataString(fileName)}" + (clause is null ? "" : $"&clause={clause}");
        return await client.PostAsync(url, body, Ct);
    }

    /// <summary>An application of a fresh project, with its documents, submitted and accepted by Taiyuan.</summary>
    public static async Task<string> AcceptedAsync(GreenBuildApp app, HttpClient applicant, string level = "TwoStar", Guid[]? participants = null)
    {
        var project = await ProjectAsync(applicant);
        var id = (await CreateAsync(applicant, project, level, DemoAssessments.For(level), participants)).GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await UploadAsync(applicant, id, "SelfAssessmentReport", "自评估报告.pdf", DemoAssessments.Pdf("self"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await UploadAsync(applicant, id, "CompletionReport", "竣工验收报告.pdf", DemoAssessments.Pdf("done"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await applicant.PostAsync($"/api/v1/labels/applications/{id}/submit", null, Ct)).StatusCode);
        var city = await app.SignedInAs(GreenBuild.Platform.Accounts.Roles.CityOfficer);
        Assert.Equal(HttpStatusCode.OK, (await city.PostJsonAsync($"/api/v1/labels/applications/{id}/formal-review", new { complete = true })).StatusCode);
        return id;
    }

    /// <summary>Announces and draws the panel; returns the drawn panel.</summary>
    public static async Task<JsonElement> DrawAsync(HttpClient province, string applicationId, string[]? values = null)
    {
        var announced = await province.PostJsonAsync($"/api/v1/labels/applications/{applicationId}/panel", new { sourceNames = Sources });
        Assert.Equal(HttpStatusCode.OK, announced.StatusCode);
        var panelId = (await announced.ReadJsonAsync()).GetProperty("id").GetString();
        var drawn = await province.PostJsonAsync($"/api/v1/labels/panels/{panelId}/draw", new { sources = values ?? ["4 1 9", "328817"] });
        Assert.Equal(HttpStatusCode.OK, drawn.StatusCode);
        return await drawn.ReadJsonAsync();
    }

    /// <summary>The demo e-mail of a pool expert by its code (ZJ-0001 is expert@, ZJ-00nn is expertnn@).</summary>
    public static string EmailOf(string code)
    {
        var number = int.Parse(code[3..], System.Globalization.CultureInfo.InvariantCulture);
        return number == 1 ? $"expert@{SeedPlatformDemo.DemoDomain}" : $"expert{number:00}@{SeedPlatformDemo.DemoDomain}";
    }

    public static Task<HttpClient> ExpertAsync(GreenBuildApp app, string code) => app.SignedIn(EmailOf(code), SeedPlatformDemo.DemoPassword);

    /// <summary>Every seated member scores every item as self-assessed.</summary>
    public static async Task ScoreAllAsync(GreenBuildApp app, JsonElement panel, SelfAssessment? assessment = null)
    {
        var items = (assessment ?? DemoAssessments.TwoStar()).Items;
        foreach (var member in panel.GetProperty("members").EnumerateArray().Where(m => m.GetProperty("status").GetString() == "Assigned"))
        {
            var expert = await ExpertAsync(app, member.GetProperty("expertCode").GetString()!);
            var response = await expert.PostJsonAsync($"/api/v1/labels/reviews/{member.GetProperty("id").GetString()}",
                new { scores = items.Select(i => new { clause = i.Clause, score = i.Score }), opinion = "同意" });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    /// <summary>From acceptance to an open public notice; returns the panel.</summary>
    public static async Task<JsonElement> ToNoticeAsync(GreenBuildApp app, HttpClient province, string applicationId, string level = "TwoStar")
    {
        var panel = await DrawAsync(province, applicationId);
        await ScoreAllAsync(app, panel, DemoAssessments.For(level));
        Assert.Equal(HttpStatusCode.OK, (await province.PostJsonAsync($"/api/v1/labels/panels/{panel.GetProperty("id").GetString()}/conclude", new { opinion = "达到申报等级" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await province.PostJsonAsync($"/api/v1/labels/applications/{applicationId}/notice", new { days = 7 })).StatusCode);
        return panel;
    }

    public static async Task<string> ProblemTextAsync(HttpResponseMessage response) => await response.Content.ReadAsStringAsync(Ct);

    public static async Task<T> WithDbAsync<T>(GreenBuildApp app, Func<GreenBuildDb, Task<T>> read)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<GreenBuildDb>());
    }

    public static Task<int> AuditCountAsync(GreenBuildApp app, string entityType) =>
        WithDbAsync(app, db => db.AuditEntries.CountAsync(e => e.EntityType == entityType, Ct));
}
