using System.Net;
using GreenBuild.Tests.Infrastructure;

namespace GreenBuild.Tests.Platform;

/// <summary>The front-end libraries come from npm through the build and are served locally (no CDN).</summary>
public sealed class StaticAssetTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Theory]
    [InlineData("/lib/tabler/tabler.min.css")]
    [InlineData("/lib/tabler/tabler.min.js")]
    [InlineData("/lib/echarts/echarts.min.js")]
    [InlineData("/lib/maps/shanxi-cities.json")]
    [InlineData("/lib/MANIFEST.json")]
    [InlineData("/css/site.css")]
    [InlineData("/js/site.js")]
    public async Task Each_asset_the_pages_use_is_served(string path)
    {
        var response = await app.Anonymous().GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Pages_link_only_local_assets_with_a_version()
    {
        var html = await app.Anonymous().GetStringAsync("/account/sign-in", TestContext.Current.CancellationToken);
        Assert.Contains("/lib/tabler/tabler.min.css?v=", html);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org", "", StringComparison.Ordinal));
        Assert.DoesNotContain("https://", html);
    }
}
