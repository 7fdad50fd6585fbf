using System.Net;
using System.Text.RegularExpressions;
using GreenBuild.Platform.Accounts;
using GreenBuild.Tests.Infrastructure;

namespace GreenBuild.Tests.Supervision;

/// <summary>
/// The module's pages over HTTP with the real forms (anti-forgery included): a city creates and announces a task on its
/// page, the public announcement shows the lists and digests and its "recompute" form reproduces a draw on
/// /draw/verify; entered text is HTML-encoded everywhere; an inspector's page lists only its own assignments.
/// </summary>
public abstract class SupervisionPagesTests(GreenBuildApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string page, string action, IDictionary<string, string> fields)
    {
        var token = await GreenBuildApp.AntiforgeryToken(client, page);
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await client.PostAsync(action, new FormUrlEncodedContent(form), Ct);
    }

    [Fact]
    public async Task A_city_officer_creates_and_announces_a_task_on_its_pages_and_the_public_page_shows_the_digests()
    {
        var city = await SupervisionScenario.AsAsync(app, Roles.CityOfficer);
        await city.ProductAsync("PG-P1", "140106", type: "节能门窗");
        await city.ProductAsync("PG-P2", "140106", type: "节能门窗");
        await city.InspectorAsync("PG-I1", "140100", specialties: "门窗");
        var created = await PostFormAsync(city.Client, "/supervision/tasks", "/supervision/tasks", new Dictionary<string, string>
        {
            ["Form.Title"] = "门窗 <b>专项</b> 抽查", ["Form.CityCode"] = "140100", ["Form.ObjectKind"] = "Product", ["Form.Types"] = "节能门窗",
            ["Form.SampleMode"] = "Count", ["Form.SampleValue"] = "1", ["Form.Stratification"] = "None", ["Form.InspectorsPerObject"] = "1",
            ["Form.Specialties"] = "门窗", ["Form.AvoidOwnEmployer"] = "true", ["Form.AvoidPreviousInspector"] = "false",
            ["Form.DrawAtLocal"] = app.Clock.GetUtcNow().UtcDateTime.AddHours(9).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture),
            ["Form.Sources"] = "福彩3D 第2026330期 | 福彩官网\n体彩排列5 第26330期",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var detail = created.Headers.Location!.ToString();
        var html = await city.Client.GetStringAsync(detail, Ct);
        Assert.Contains("门窗 &lt;b&gt;专项&lt;/b&gt; 抽查", html);
        Assert.Contains("草稿", html);

        var announced = await PostFormAsync(city.Client, detail, detail + "?handler=Announce", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, announced.StatusCode);
        html = await city.Client.GetStringAsync(announced.Headers.Location!.ToString(), Ct);
        Assert.True(html.Contains("已公告：候选名单和摘要已公开", StringComparison.Ordinal), html[..Math.Min(html.Length, 3000)]);
        var refused = await PostFormAsync(city.Client, detail, detail + "?handler=Save", new Dictionary<string, string> { ["Form.Title"] = "改名" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("已公告，不能再修改", await refused.Content.ReadAsStringAsync(Ct));

        var id = detail.Split('/').Last();
        var publicHtml = await app.Anonymous().GetStringAsync($"/open/supervision/tasks/{id}", Ct);
        var digest = Regex.Match(publicHtml, "SHA-256 ([0-9a-f]{64})").Groups[1].Value;
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("PG-P1\nPG-P2\n"u8.ToArray())), digest);
        Assert.Contains("PG-P1\nPG-P2\n", WebUtility.HtmlDecode(publicHtml));
        Assert.Contains("尚未公布", publicHtml);
    }

    [Fact]
    public async Task The_recompute_form_of_a_drawn_task_reproduces_the_draw_on_the_public_verification_page()
    {
        var province = await SupervisionScenario.AsAsync(app);
        await province.ProductAsync("PV-P1", "140902", type: "保温");
        await province.ProductAsync("PV-P2", "140902", type: "保温");
        await province.ProductAsync("PV-P3", "140902", type: "保温");
        await province.InspectorAsync("PV-I1", "140900", specialties: "保温");
        await province.InspectorAsync("PV-I2", "140900", specialties: "保温");
        var task = await province.DrawnAsync(province.ProductTask("140900", 2, organizer: "140900", types: ["保温"], specialties: ["保温"]));
        var id = task.GetProperty("id").GetGuid();
        var selected = SupervisionScenario.Selected(task, 1);

        var anonymous = app.CookieClient("public", out _);
        var page = await anonymous.GetStringAsync($"/open/supervision/tasks/{id}", Ct);
        Assert.Contains("复核一致", page);
        var form = Regex.Match(page, "<form method=\"post\" action=\"/draw/verify\"[^>]*>(.*?)</form>", RegexOptions.Singleline).Groups[1].Value;
        var fields = Regex.Matches(form, "<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"").ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
        Assert.Equal("PV-P1\nPV-P2\nPV-P3\n", fields["Candidates"]);
        fields["__RequestVerificationToken"] = Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var verified = await anonymous.PostAsync("/draw/verify", new FormUrlEncodedContent(fields), Ct);
        var result = await verified.Content.ReadAsStringAsync(Ct);
        Assert.True(verified.StatusCode == HttpStatusCode.OK, Regex.Match(result, "alert-danger.*?</div>", RegexOptions.Singleline).Value + string.Join("|", fields.Select(f => f.Key + "=" + f.Value)));
        Assert.Contains("与公告的摘要一致", result);
        foreach (var code in selected)
        {
            Assert.Contains(code, result);
        }
    }

    [Fact]
    public async Task Hostile_text_is_encoded_on_every_page_and_the_inspector_page_lists_only_own_assignments()
    {
        var province = await SupervisionScenario.AsAsync(app);
        await province.ProductAsync("HX-P1", "141102", type: "<script>alert(1)</script>");
        await province.InspectorAsync("HX-I1", "141100", specialties: "恶意", account: DemoAccounts.EmailOf(Roles.Inspector));
        var task = await province.DrawnAsync(province.ProductTask("141100", 1, inspectors: 1, organizer: "141100", types: ["<script>alert(1)</script>"], specialties: ["恶意"]));
        var inspectionId = (await (await province.Client.GetAsync($"/api/v1/supervision/inspections?task={task.GetProperty("id").GetGuid()}", Ct)).ReadJsonAsync())[0].GetProperty("id").GetGuid();
        var inspector = await app.SignedInAs(Roles.Inspector);
        var finding = await inspector.PostJsonAsync($"/api/v1/supervision/inspections/{inspectionId}/findings", new
        {
            itemCode = "EE-ENVELOPE", severity = "Minor", description = "<img src=x onerror=alert(2)>", files = Array.Empty<object>(),
        });
        Assert.Equal(HttpStatusCode.OK, finding.StatusCode);

        var list = await inspector.GetStringAsync("/supervision/inspections", Ct);
        Assert.Contains("HX-P1", list);
        Assert.DoesNotContain("PV-P", list);
        var detail = await inspector.GetStringAsync($"/supervision/inspections/{inspectionId}", Ct);
        Assert.Contains("&lt;img src=x onerror=alert(2)&gt;", detail);
        Assert.DoesNotContain("<img src=x", detail);
        var taskPage = await province.Client.GetStringAsync($"/supervision/tasks/{task.GetProperty("id").GetGuid()}", Ct);
        Assert.DoesNotContain("<script>alert(1)</script>", taskPage);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", taskPage);
        var directory = await province.Client.GetStringAsync("/supervision/directory", Ct);
        Assert.DoesNotContain("<script>alert(1)</script>", directory);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignedIn(DemoAccounts.OtherCityOfficer, GreenBuild.Platform.Demo.SeedPlatformDemo.DemoPassword))
            .GetAsync($"/supervision/inspections/{inspectionId}", Ct)).StatusCode);
    }
}

public sealed class SupervisionPagesTestsOnSqlite(SqliteApp app) : SupervisionPagesTests(app), IClassFixture<SqliteApp>;

public sealed class SupervisionPagesTestsOnPostgres(PostgresApp app) : SupervisionPagesTests(app), IClassFixture<PostgresApp>;
