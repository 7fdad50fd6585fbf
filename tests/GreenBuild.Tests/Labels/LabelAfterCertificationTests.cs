using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using GreenBuild.Cli;
using GreenBuild.Labels.Contracts;
using GreenBuild.Platform.Accounts;
using GreenBuild.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using static GreenBuild.Tests.Labels.LabelsKit;

namespace GreenBuild.Tests.Labels;

/// <summary>After the decision: scheduled re-checks, downgrade, the operation-data link, the counts the indicators read, the national package and the CLI.</summary>
public abstract class LabelAfterCertificationTests(GreenBuildApp app)
{
    [Fact]
    public async Task Rechecks_open_when_due_once_and_a_downgrade_moves_the_registry_and_the_counts_from_two_to_one_star()
    {
        var (certificate, projectId) = await CertifiedAsync("TwoStar");
        var indicators = Indicators();
        var before = (await indicators.OneStarAsync(new LabelQuery("140100"), Ct), await indicators.TwoStarAsync(new LabelQuery("140100"), Ct));
        var province = await app.SignedInAs(Roles.ProvinceOfficer);
        Assert.Equal(0, (await (await province.PostAsync("/api/v1/labels/rechecks/schedule", null, Ct)).ReadJsonAsync()).GetProperty("opened").GetInt32());
        app.Clock.Advance(TimeSpan.FromDays(370));
        province = await app.SignedInAs(Roles.ProvinceOfficer);
        // The hosted scheduler ticks on the same clock and may open it first; either way it is opened exactly once.
        await province.PostAsync("/api/v1/labels/rechecks/schedule", null, Ct);
        Assert.Equal(0, (await (await province.PostAsync("/api/v1/labels/rechecks/schedule", null, Ct)).ReadJsonAsync()).GetProperty("opened").GetInt32());
        var applicant = await app.SignedInAs(Roles.Applicant);
        var rechecks = await (await applicant.GetAsync("/api/v1/labels/rechecks", Ct)).ReadJsonAsync();
        Assert.Single(rechecks.EnumerateArray(), r => r.GetProperty("certificateId").GetString() == certificate && r.GetProperty("outcome").ValueKind == JsonValueKind.Null);

        var unknown = await applicant.PostJsonAsync($"/api/v1/labels/certificates/{certificate}/monitoring", new { buildingCode = "TY-EM-0042" });
        Assert.Contains("能耗监测平台没有编码为“TY-EM-0042”的建筑", await ProblemTextAsync(unknown), StringComparison.Ordinal);
        var badLink = await applicant.PostJsonAsync($"/api/v1/labels/certificates/{certificate}/monitoring", new { buildingCode = "TY EM" });
        Assert.Contains("能耗监测平台的建筑编码", await ProblemTextAsync(badLink), StringComparison.Ordinal);

        var upward = await province.PostJsonAsync($"/api/v1/labels/certificates/{certificate}/recheck", new { outcome = "Downgrade", level = "ThreeStar", reason = "x" });
        Assert.Contains("降级后的等级应低于现等级二星级", await ProblemTextAsync(upward), StringComparison.Ordinal);
        var downgraded = await (await province.PostJsonAsync($"/api/v1/labels/certificates/{certificate}/recheck",
            new { outcome = "Downgrade", level = "OneStar", reason = "运行能耗超过二星级要求", operationFindings = "2027 年单位面积能耗 92 kWh/(m²·a)" })).ReadJsonAsync();
        Assert.Equal("Downgraded", downgraded.GetProperty("status").GetString());
        Assert.Equal("OneStar", (await (await applicant.GetAsync($"/api/v1/projects/{projectId}", Ct)).ReadJsonAsync()).GetProperty("greenLevel").GetString());
        var after = (await indicators.OneStarAsync(new LabelQuery("140100"), Ct), await indicators.TwoStarAsync(new LabelQuery("140100"), Ct));
        Assert.Equal(before.Item1.Count + 1, after.Item1.Count);
        Assert.Equal(before.Item2.Count - 1, after.Item2.Count);
        var number = downgraded.GetProperty("number").GetString()!;
        Assert.Contains(number, after.Item1.Sources);
        var share = await indicators.OneStarOrAboveShareAsync(new LabelQuery("140100"), Ct);
        Assert.Contains(number, share.Labelled.Sources);
        Assert.True(share.Share is > 0 and <= 1, $"share {share.Share}");
    }

    [Fact]
    public async Task A_certificate_shows_its_monitored_buildings_annual_figures_and_a_recheck_keeps_them_as_its_citation()
    {
        var (certificate, projectId) = await CertifiedAsync("TwoStar");
        var (building, _) = await GreenBuild.Tests.Integration.EnergyContractTests.LinkedBuildingWithA2022YearAsync(app, "140105", Guid.Parse(projectId));
        var applicant = await app.SignedInAs(Roles.Applicant);
        var province = await app.SignedInAs(Roles.ProvinceOfficer);
        var notLinked = await (await applicant.GetAsync($"/api/v1/labels/certificates/{certificate}/operation", Ct)).ReadJsonAsync();
        Assert.Equal(JsonValueKind.Null, notLinked.GetProperty("figures").ValueKind);

        // Only a building of the certified project, or — by the province — one registered to no project.
        var (otherProjects, _) = await GreenBuild.Tests.Integration.EnergyContractTests.LinkedBuildingWithA2022YearAsync(app, "140802");
        Assert.Contains("属于另一个项目", await ProblemTextAsync(await applicant.PostJsonAsync($"/api/v1/labels/certificates/{certificate}/monitoring", new { buildingCode = otherProjects })), StringComparison.Ordinal);
        var unregistered = await GreenBuild.Tests.Energy.EnergyFixture.BuildingAsync(app, city: "140105");
        Assert.Contains("只有省级主管部门可以关联", await ProblemTextAsync(await applicant.PostJsonAsync($"/api/v1/labels/certificates/{certificate}/monitoring", new { buildingCode = unregistered })), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await province.PostJsonAsync($"/api/v1/labels/certificates/{certificate}/monitoring", new { buildingCode = unregistered })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await applicant.PostJsonAsync($"/api/v1/labels/certificates/{certificate}/monitoring", new { buildingCode = building })).StatusCode);

        var operation = await (await applicant.GetAsync($"/api/v1/labels/certificates/{certificate}/operation?year=2022", Ct)).ReadJsonAsync();
        var figures = operation.GetProperty("figures");
        Assert.Equal(building, operation.GetProperty("buildingCode").GetString());
        Assert.Equal(80m, figures.GetProperty("euiKwhPerM2").GetDecimal());
        Assert.Equal(10.17m, figures.GetProperty("euiKgcePerM2").GetDecimal());
        Assert.Equal(23_400m, figures.GetProperty("surcharge").GetProperty("surcharge").GetDecimal());
        Assert.Equal(["01000", "04000"], figures.GetProperty("carriers").EnumerateArray().Select(c => c.GetProperty("code").GetString()));

        var page = await (await applicant.GetAsync($"/labels/certificates/{certificate}?year=2022", Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Contains("能耗强度 80 kWh/(m²·a)、10.17 kgce/(m²·a)", page, StringComparison.Ordinal);
        Assert.Contains("超过约束值", page, StringComparison.Ordinal);
        Assert.Contains("超定额 200,000 kWh，加价 23,400.00 元", page, StringComparison.Ordinal);
        Assert.Contains("800,000 kWh", page, StringComparison.Ordinal);
        var datong = await app.SignedIn(GreenBuild.Tests.Infrastructure.DemoAccounts.OtherCityOfficer, GreenBuild.Platform.Demo.SeedPlatformDemo.DemoPassword);
        Assert.Equal(HttpStatusCode.NotFound, (await datong.GetAsync($"/api/v1/labels/certificates/{certificate}/operation", Ct)).StatusCode);

        var recorded = await province.PostJsonAsync($"/api/v1/labels/certificates/{certificate}/recheck",
            new { outcome = "Passed", operationFindings = "运行能耗高于约束值，限期整改", operationYear = 2022 });
        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        // Later data does not move what the re-check cited.
        await GreenBuild.Tests.Energy.EnergyFixture.IngestAsync(app, $"meter,time,value\n{building}-E,2022-07-01T01:00:00+08:00,900000");
        var recheck = (await (await province.GetAsync("/api/v1/labels/rechecks", Ct)).ReadJsonAsync()).EnumerateArray()
            .Single(r => r.GetProperty("certificateId").GetString() == certificate && r.GetProperty("outcome").ValueKind != JsonValueKind.Null);
        var cited = recheck.GetProperty("operationData").GetString()!;
        Assert.StartsWith($"运行数据（能耗监测 {building} 监测楼 {building}，2022 年）；电 800,000 kWh；集中供热量 100 GJ；能耗强度 80 kWh/(m²·a)、10.17 kgce/(m²·a)；约束值 70、", cited, StringComparison.Ordinal);
        Assert.Contains("超过约束值；定额 60 kWh/m²，为定额的 133.3%；超定额 200,000 kWh，加价 23,400 元；来源：energy_building_periods 2022", cited, StringComparison.Ordinal);
        Assert.Contains(cited, await (await province.GetAsync($"/labels/certificates/{certificate}", Ct)).Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_three_star_application_is_recommended_upward_and_its_package_holds_the_data_as_json_and_excel_and_every_file()
    {
        var applicant = await app.SignedInAs(Roles.Applicant);
        var province = await app.SignedInAs(Roles.ProvinceOfficer);
        var id = await AcceptedAsync(app, applicant, "ThreeStar");
        await ToNoticeAsync(app, province, id, "ThreeStar");
        var early = await province.GetAsync($"/api/v1/labels/applications/{id}/package", Ct);
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        app.Clock.Advance(TimeSpan.FromDays(8));
        province = await app.SignedInAs(Roles.ProvinceOfficer);
        var decision = await (await province.PostJsonAsync($"/api/v1/labels/applications/{id}/decision", new { grant = true })).ReadJsonAsync();
        Assert.Equal("Recommended", decision.GetProperty("application").GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, decision.GetProperty("certificate").ValueKind);
        var three = await Indicators().ThreeStarAsync(new LabelQuery(), Ct);
        Assert.Contains(decision.GetProperty("application").GetProperty("number").GetString(), three.Sources);

        var response = await province.GetAsync($"/api/v1/labels/applications/{id}/package", Ct);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct)));
        var json = JsonDocument.Parse(await new StreamReader(zip.GetEntry("application.json")!.Open()).ReadToEndAsync(Ct)).RootElement;
        Assert.Equal("ThreeStar", json.GetProperty("application").GetProperty("targetLevel").GetString());
        Assert.Equal(30, json.GetProperty("version").GetProperty("assessment").GetProperty("items").GetArrayLength());
        foreach (var file in json.GetProperty("evidence").EnumerateArray())
        {
            var entry = zip.GetEntry(file.GetProperty("path").GetString()!)!;
            using var content = new MemoryStream();
            await entry.Open().CopyToAsync(content, Ct);
            Assert.Equal(file.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(content.ToArray())));
        }

        using var excel = new MemoryStream();
        await zip.GetEntry("application.xlsx")!.Open().CopyToAsync(excel, Ct);
        excel.Position = 0;
        Assert.Equal(["申报信息", "自评估", "专家评分", "材料清单"], MiniExcel.GetSheetNames(excel));
        excel.Position = 0;
        var items = MiniExcel.Query(excel, useHeaderRow: true, sheetName: "自评估").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(30, items.Count);
        Assert.Equal("7.2.8", items.Single(r => (string)r["条文"] == "7.2.8")["条文"]);
        Assert.Equal(30d, Convert.ToDouble(items.Single(r => (string)r["条文"] == "7.2.8")["专家组评分"], System.Globalization.CultureInfo.InvariantCulture));
        applicant = await app.SignedInAs(Roles.Applicant);
        Assert.Equal(HttpStatusCode.Forbidden, (await applicant.GetAsync($"/api/v1/labels/applications/{id}/package", Ct)).StatusCode);
    }

    [Fact]
    public async Task The_cli_lists_shows_verifies_counts_and_writes_the_certificate_and_the_package()
    {
        var (certificateId, _) = await CertifiedAsync("OneStar");
        var certificate = await (await (await app.SignedInAs(Roles.ProvinceOfficer)).GetAsync($"/api/v1/labels/certificates/{certificateId}", Ct)).ReadJsonAsync();
        var (number, code) = (certificate.GetProperty("number").GetString()!, certificate.GetProperty("verificationCode").GetString()!);
        var list = await Run("labels", "list", "--status", "Certified", "--db", app.ConnectionString);
        Assert.Equal(ExitCodes.Ok, list.Code);
        var line = list.Output.Split('\n').First(l => l.Contains("\tOneStar\t", StringComparison.Ordinal));
        var applicationNumber = line.Split('\t')[0];
        var show = await Run("labels", "show", applicationNumber, "--db", app.ConnectionString);
        Assert.Contains("decision.certified", show.Output, StringComparison.Ordinal);
        Assert.Contains("sha256", show.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, (await Run("labels", "verify", "--number", number, "--code", code, "--db", app.ConnectionString)).Code);
        var forged = await Run("labels", "verify", "--number", number, "--code", "WRONGCODE234", "--db", app.ConnectionString);
        Assert.Equal(ExitCodes.Refused, forged.Code);
        Assert.Contains("不匹配", forged.Error, StringComparison.Ordinal);
        var stats = await Run("labels", "stats", "--city", "140100", "--db", app.ConnectionString);
        Assert.Contains(stats.Output.Split('\n'), l => l.StartsWith("OneStar\t", StringComparison.Ordinal) && l.Contains(number, StringComparison.Ordinal));
        var pdf = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.pdf");
        Assert.Equal(ExitCodes.Ok, (await Run("labels", "certificate", number, "--out", pdf, "--db", app.ConnectionString)).Code);
        Assert.Equal("%PDF-"u8.ToArray(), (await File.ReadAllBytesAsync(pdf, Ct))[..5]);
        File.Delete(pdf);
        var zip = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.zip");
        Assert.Equal(ExitCodes.Ok, (await Run("labels", "package", applicationNumber, "--out", zip, "--db", app.ConnectionString)).Code);
        Assert.True(new FileInfo(zip).Length > 1000);
        File.Delete(zip);
        Assert.Equal(ExitCodes.Refused, (await Run("labels", "show", "LA-1999-0001", "--db", app.ConnectionString)).Code);
        var help = await Run("labels", "--help");
        Assert.Contains("绿色建筑标识", help.Output, StringComparison.Ordinal);
        Assert.Contains("Green building labels", help.Output, StringComparison.Ordinal);
    }

    private ILabelIndicators Indicators() => app.Services.CreateScope().ServiceProvider.GetRequiredService<ILabelIndicators>();

    /// <summary>A fresh project of the demo applicant taken to a certificate; returns the certificate's and the project's ids.</summary>
    private async Task<(string Certificate, string Project)> CertifiedAsync(string level)
    {
        var applicant = await app.SignedInAs(Roles.Applicant);
        var province = await app.SignedInAs(Roles.ProvinceOfficer);
        var id = await AcceptedAsync(app, applicant, level);
        await ToNoticeAsync(app, province, id, level);
        app.Clock.Advance(TimeSpan.FromDays(8));
        province = await app.SignedInAs(Roles.ProvinceOfficer);
        var decision = await (await province.PostJsonAsync($"/api/v1/labels/applications/{id}/decision", new { grant = true })).ReadJsonAsync();
        var project = decision.GetProperty("application").GetProperty("projectId").GetString()!;
        return (decision.GetProperty("certificate").GetProperty("id").GetString()!, project);
    }

    private static async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await GreenBuildCli.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}

public sealed class LabelAfterCertificationTestsOnSqlite(SqliteApp app) : LabelAfterCertificationTests(app), IClassFixture<SqliteApp>;

public sealed class LabelAfterCertificationTestsOnPostgres(PostgresApp app) : LabelAfterCertificationTests(app), IClassFixture<PostgresApp>;
