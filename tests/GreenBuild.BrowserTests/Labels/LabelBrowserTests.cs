using System.Text.RegularExpressions;
using GreenBuild.Labels.Demo;
using GreenBuild.Platform.Demo;
using Microsoft.Playwright;

namespace GreenBuild.BrowserTests.Labels;

/// <summary>From application to public notice in a real browser: the applicant, the city, the province, the drawn experts and the public.</summary>
public abstract partial class LabelBrowserTests(BrowserApp app)
{
    private static string Email(string name) => $"{name}@{SeedPlatformDemo.DemoDomain}";

    [Fact]
    public async Task An_applicant_applies_the_city_accepts_experts_drawn_verifiably_score_and_the_public_sees_the_notice_and_objects()
    {
        var errors = new List<string>();
        var applicant = await app.NewPageAsync();
        Watch(applicant, errors);
        await app.SignInAsync(applicant, Email("applicant"), SeedPlatformDemo.DemoPassword);
        await applicant.GotoAsync("/labels");
        var form = applicant.GetByRole(AriaRole.Form, new() { Name = "新建标识申报" });
        await form.GetByLabel("项目").SelectOptionAsync(new SelectOptionValue { Label = "TY-LB-DEMO-03 晋阳科创中心（演示）（竣工验收，24,000 m²）" });
        await form.GetByLabel("申报等级").SelectOptionAsync("TwoStar");
        await form.GetByRole(AriaRole.Button, new() { Name = "创建申报" }).ClickAsync();
        await Assertions.Expect(applicant.GetByTestId("application-status")).ToHaveTextAsync("草稿");

        // The self-assessment, item by item, and the calculator's expected level before submission.
        var assessment = applicant.GetByRole(AriaRole.Form, new() { Name = "自评估（GB/T 50378-2019 评价阶段）" });
        var items = DemoAssessments.TwoStar().Items;
        for (var i = 0; i < items.Count; i++)
        {
            var row = i + 1;
            await assessment.GetByLabel($"第 {row} 行类别").SelectOptionAsync(items[i].Category.ToString());
            await assessment.GetByLabel($"第 {row} 行条文").FillAsync(items[i].Clause);
            await assessment.GetByLabel($"第 {row} 行得分").FillAsync(items[i].Score.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await assessment.GetByLabel($"第 {row} 行满分").FillAsync(items[i].MaxScore!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await assessment.GetByLabel($"第 {row} 行证明说明").FillAsync(items[i].Evidence!);
        }

        await assessment.GetByLabel("控制项全部满足").CheckAsync();
        await assessment.GetByLabel("全装修").CheckAsync();
        await assessment.GetByLabel("外窗气密性能符合要求").CheckAsync();
        await assessment.GetByLabel("加分项得分").FillAsync("10");
        await assessment.GetByLabel("卫生器具用水效率等级").FillAsync("2");
        await assessment.GetByLabel("围护结构热工性能提高（%）").FillAsync("10");
        await assessment.GetByLabel("室内主要空气污染物浓度降低（%）").FillAsync("20");
        await assessment.GetByRole(AriaRole.Button, new() { Name = "保存并计算预期等级" }).ClickAsync();
        await Assertions.Expect(applicant.GetByTestId("expected-level")).ToContainTextAsync("二星级（71.9 分）");
        await Assertions.Expect(applicant.GetByRole(AriaRole.Table, new() { Name = "计算步骤" })).ToContainTextAsync("GB/T 50378-2019 §3.2.7");
        await BrowserApp.ScreenshotAsync(applicant, $"{GetType().Name}-1-expected-level");

        // Evidence: a wrong file is refused in Chinese, the right ones are taken; then the submission.
        var upload = applicant.GetByRole(AriaRole.Form, new() { Name = "上传证明材料" });
        await upload.GetByLabel("材料类型").SelectOptionAsync("SelfAssessmentReport");
        await upload.GetByLabel("文件").SetInputFilesAsync(new FilePayload { Name = "自评估报告.pdf", MimeType = "application/pdf", Buffer = "MZ not a pdf"u8.ToArray() });
        await upload.GetByRole(AriaRole.Button, new() { Name = "上传" }).ClickAsync();
        await Assertions.Expect(applicant.GetByRole(AriaRole.Alert)).ToContainTextAsync("内容与扩展名 .pdf 不符");
        foreach (var (kind, name) in new[] { ("SelfAssessmentReport", "自评估报告.pdf"), ("CompletionReport", "竣工验收报告.pdf") })
        {
            upload = applicant.GetByRole(AriaRole.Form, new() { Name = "上传证明材料" });
            await upload.GetByLabel("材料类型").SelectOptionAsync(kind);
            await upload.GetByLabel("文件").SetInputFilesAsync(new FilePayload { Name = name, MimeType = "application/pdf", Buffer = DemoAssessments.Pdf(kind) });
            await upload.GetByRole(AriaRole.Button, new() { Name = "上传" }).ClickAsync();
            await Assertions.Expect(applicant.GetByRole(AriaRole.Link, new() { Name = name })).ToBeVisibleAsync();
        }

        await applicant.GetByRole(AriaRole.Button, new() { Name = "提交申报" }).ClickAsync();
        await Assertions.Expect(applicant.GetByTestId("application-status")).ToHaveTextAsync("待形式审查");
        var url = applicant.Url;

        // 形式审查 by Taiyuan.
        var city = await app.NewPageAsync();
        Watch(city, errors);
        await app.SignInAsync(city, Email("taiyuan"), SeedPlatformDemo.DemoPassword);
        await city.GotoAsync(url);
        await city.GetByRole(AriaRole.Button, new() { Name = "形式审查通过" }).ClickAsync();
        await Assertions.Expect(city.GetByTestId("application-status")).ToHaveTextAsync("待专家评审");

        // The province announces and draws the panel.
        var province = await app.NewPageAsync();
        Watch(province, errors);
        await app.SignInAsync(province, Email("officer"), SeedPlatformDemo.DemoPassword);
        await province.GotoAsync(url);
        await province.GetByLabel("随机源名称").FillAsync("福彩3D 第2026330期\n上证指数收盘（分）");
        await province.GetByRole(AriaRole.Button, new() { Name = "冻结候选名单并公布" }).ClickAsync();
        await province.GetByLabel("福彩3D 第2026330期").FillAsync("6 1 8");
        await province.GetByLabel("上证指数收盘（分）").FillAsync("334567");
        await province.GetByRole(AriaRole.Button, new() { Name = "录入随机源取值并抽取" }).ClickAsync();
        await Assertions.Expect(province.GetByTestId("application-status")).ToHaveTextAsync("专家评审中");
        var members = province.GetByRole(AriaRole.Table, new() { Name = "评审专家" }).Locator("tbody tr");
        await Assertions.Expect(members).ToHaveCountAsync(5);
        await province.GetByRole(AriaRole.Table, new() { Name = "各专业抽取" }).ScrollIntoViewIfNeededAsync();
        await BrowserApp.ScreenshotAsync(province, $"{GetType().Name}-2-panel-drawn");
        var codes = new List<string>();
        foreach (var cell in await members.Locator("td:first-child").AllInnerTextsAsync())
        {
            codes.Add(ExpertCode().Match(cell).Value);
        }

        // Each drawn expert scores from its own assignment.
        foreach (var code in codes)
        {
            var expert = await app.NewPageAsync();
            Watch(expert, errors);
            var number = int.Parse(code[3..], System.Globalization.CultureInfo.InvariantCulture);
            await app.SignInAsync(expert, number == 1 ? Email("expert") : Email($"expert{number:00}"), SeedPlatformDemo.DemoPassword);
            await expert.GotoAsync("/labels");
            await expert.GetByRole(AriaRole.Table, new() { Name = "我的评审任务" }).GetByRole(AriaRole.Link, new() { Name = "评审" }).ClickAsync();
            await expert.GetByLabel("评审意见").FillAsync("材料齐全，同意按二星级认定。");
            await expert.GetByRole(AriaRole.Button, new() { Name = "提交评分" }).ClickAsync();
            await Assertions.Expect(expert.GetByRole(AriaRole.Status)).ToContainTextAsync("评分已提交");
            if (code == codes[0])
            {
                await BrowserApp.ScreenshotAsync(expert, $"{GetType().Name}-3-expert-scored");
            }

            await expert.Context.CloseAsync();
        }

        // Conclusion and notice.
        await province.GotoAsync(url);
        await province.GetByRole(AriaRole.Form, new() { Name = "形成专家组结论" }).GetByLabel("评审意见").FillAsync("专家组一致同意按二星级认定。");
        await province.GetByRole(AriaRole.Button, new() { Name = "形成专家组结论" }).ClickAsync();
        await Assertions.Expect(province.GetByTestId("panel-conclusion")).ToContainTextAsync("二星级（71.9 分）");
        await province.GetByRole(AriaRole.Button, new() { Name = "发布公示" }).ClickAsync();
        await Assertions.Expect(province.GetByTestId("application-status")).ToHaveTextAsync("公示中");

        // The public sees the notice on the portal and objects; the objection reaches the province.
        var citizen = await app.NewPageAsync();
        Watch(citizen, errors);
        await citizen.GotoAsync("/open/labels");
        var notice = citizen.Locator("div.card", new() { HasText = "晋阳科创中心（演示） · 二星级" });
        await Assertions.Expect(notice).ToContainTextAsync("公示中");
        await notice.GetByLabel("姓名或单位").FillAsync("市民张先生");
        await notice.GetByLabel("联系方式").FillAsync("139 0351 0000");
        await notice.GetByLabel("异议内容").FillAsync("请核实该项目雨水回用系统是否已投入使用。");
        await notice.GetByRole(AriaRole.Button, new() { Name = "提出异议" }).ClickAsync();
        await Assertions.Expect(citizen.GetByTestId("tracking-code")).ToContainTextAsync("查询码：YY");
        await citizen.Locator("div.card", new() { HasText = "晋阳科创中心（演示） · 二星级" }).ScrollIntoViewIfNeededAsync();
        await BrowserApp.ScreenshotAsync(citizen, $"{GetType().Name}-4-public-notice");
        await province.ReloadAsync();
        await Assertions.Expect(province.Locator("div.border", new() { HasText = "市民张先生" })).ToContainTextAsync("雨水回用系统");
        Assert.Empty(errors);
    }

    private static void Watch(IPage page, List<string> errors)
    {
        page.Console += (_, message) => { if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)) { errors.Add(message.Text); } };
        page.Response += (_, response) => { if (response.Status >= 500) { errors.Add($"{response.Status} {response.Url}"); } };
    }

    [GeneratedRegex("ZJ-[0-9]{4}")]
    private static partial Regex ExpertCode();
}

public sealed class LabelBrowserTestsOnSqlite(SqliteBrowserApp app) : LabelBrowserTests(app), IClassFixture<SqliteBrowserApp>;

public sealed class LabelBrowserTestsOnPostgres(PostgresBrowserApp app) : LabelBrowserTests(app), IClassFixture<PostgresBrowserApp>;
