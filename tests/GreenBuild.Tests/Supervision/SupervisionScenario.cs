using System.Net;
using System.Text.Json;
using GreenBuild.Platform.Accounts;
using GreenBuild.Tests.Infrastructure;

namespace GreenBuild.Tests.Supervision;

/// <summary>
/// Builds supervision data through the API the way officials do: inspectors and products of one city (each test
/// takes its own city, so the candidates of one test never appear in another's lists), tasks, announcement, sources, draw.
/// </summary>
public sealed class SupervisionScenario(GreenBuildApp app, HttpClient client)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public const string Developer = "晋阳绿建置业有限公司（演示）";
    public const string Designer = "三晋建筑设计研究院（演示）";
    public const string Institute = "山西建筑科学研究院（演示）";

    public static async Task<SupervisionScenario> AsAsync(GreenBuildApp app, string role = Roles.ProvinceOfficer) => new(app, await app.SignedInAs(role));

    public HttpClient Client => client;

    public async Task InspectorAsync(string number, string city, string? organization = null, string specialties = "建筑节能", string? account = null)
    {
        var response = await client.PostJsonAsync("/api/v1/supervision/inspectors", new
        {
            number, name = "检查员" + number, organization, cityCode = city, specialties, isAvailable = true, account,
        });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
    }

    public async Task ProductAsync(string code, string city, string type = "保温材料", string? organization = null)
    {
        var response = await client.PostJsonAsync("/api/v1/supervision/objects", new { kind = "Product", code, name = "产品" + code, cityCode = city, type, organization });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
    }

    /// <summary>A product task of <paramref name="city"/> drawn one hour from now (on the fake clock), with two named sources.</summary>
    public object ProductTask(string city, int count, int inspectors = 1, bool avoidOwnCity = false, string organizer = "140000",
        string stratification = "None", string sampleMode = "Count", decimal? ratio = null, string creditFilter = "Any", string kind = "Product", DateTime? drawAt = null, string[]? types = null, string[]? specialties = null) => new
    {
        title = $"{city} 建筑节能产品双随机抽查",
        cityCode = organizer,
        objectKind = kind,
        objectCities = new[] { city },
        types = types ?? [],
        specialties = specialties ?? [],
        sampleMode,
        sampleValue = ratio ?? count,
        stratification,
        creditFilter,
        inspectorsPerObject = inspectors,
        avoidOwnEmployer = true,
        avoidOwnCity,
        avoidPreviousInspector = true,
        drawAtUtc = drawAt ?? app.Clock.GetUtcNow().UtcDateTime.AddHours(1),
        sources = new[] { new { name = "福彩3D 第2029001期", description = (string?)"中国福利彩票 3D 开奖号码" }, new { name = "体彩排列5 第29001期", description = (string?)null } },
    };

    public async Task<JsonElement> CreateAsync(object task)
    {
        var response = await client.PostJsonAsync("/api/v1/supervision/tasks", task);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return await response.ReadJsonAsync();
    }

    public async Task<HttpResponseMessage> AnnounceAsync(Guid id) => await client.PostJsonAsync($"/api/v1/supervision/tasks/{id}/announce", new { });

    public async Task<HttpResponseMessage> SourceAsync(Guid id, int position, string values) =>
        await client.PostJsonAsync($"/api/v1/supervision/tasks/{id}/sources/{position}", new { values });

    public async Task<HttpResponseMessage> DrawAsync(Guid id) => await client.PostJsonAsync($"/api/v1/supervision/tasks/{id}/draw", new { });

    /// <summary>Creates, announces, moves the clock past the draw time, enters "5 5 2" and "3 9 0 1 7" and draws.</summary>
    public async Task<JsonElement> DrawnAsync(object task, string first = "5 5 2", string second = "3 9 0 1 7")
    {
        var id = (await CreateAsync(task)).GetProperty("id").GetGuid();
        var announced = await AnnounceAsync(id);
        Assert.True(announced.StatusCode == HttpStatusCode.OK, await announced.Content.ReadAsStringAsync(Ct));
        await PassDrawTimeAsync();
        Assert.Equal(HttpStatusCode.OK, (await SourceAsync(id, 1, first)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SourceAsync(id, 2, second)).StatusCode);
        var drawn = await DrawAsync(id);
        Assert.True(drawn.StatusCode == HttpStatusCode.OK, await drawn.Content.ReadAsStringAsync(Ct));
        return await drawn.ReadJsonAsync();
    }

    /// <summary>Tasks are drawn an hour after they are made; the fake clock moves two hours on.</summary>
    public Task PassDrawTimeAsync()
    {
        app.Clock.Advance(TimeSpan.FromHours(2));
        return Task.CompletedTask;
    }

    public static IReadOnlyList<string> Selected(JsonElement task, int sequence) =>
        [.. task.GetProperty("draws").EnumerateArray().Single(d => d.GetProperty("sequence").GetInt32() == sequence).GetProperty("selected").EnumerateArray().Select(s => s.GetString()!)];
}
