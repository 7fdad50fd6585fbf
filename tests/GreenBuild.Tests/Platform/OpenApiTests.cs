using System.Diagnostics;
using System.Net;
using GreenBuild.Tests.Infrastructure;

namespace GreenBuild.Tests.Platform;

/// <summary>The API is described by an OpenAPI document that passes Redocly's lint.</summary>
public sealed class OpenApiTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_openapi_document_describes_every_api_endpoint()
    {
        var document = await (await app.Anonymous().GetAsync("/openapi/v1.json", Ct)).ReadJsonAsync();
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/places", paths);
        Assert.Contains("/api/v1/admin/audit/verify", paths);
        Assert.Contains("/api/v1/admin/api-keys/{id}/revoke", paths);
        Assert.Equal("GreenBuild API", document.GetProperty("info").GetProperty("title").GetString());
    }

    [Fact]
    public async Task The_api_browser_is_served()
    {
        var response = await app.Anonymous().GetAsync("/api-docs/index.html", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_passes_redocly_lint()
    {
        var json = await app.Anonymous().GetStringAsync("/openapi/v1.json", Ct);
        var file = Path.Combine(Path.GetTempPath(), $"greenbuild-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, json, Ct);
        var lintFolder = Path.Combine(RepositoryRoot(), "tests", "openapi-lint");
        var redocly = Path.Combine(lintFolder, "node_modules", ".bin", "redocly");
        Assert.True(File.Exists(redocly), $"{redocly} is missing: ./test.sh installs it (npm ci in tests/openapi-lint).");

        var start = new ProcessStartInfo(redocly, ["lint", file, "--config", Path.Combine(lintFolder, "redocly.yaml")])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = lintFolder,
            Environment = { ["REDOCLY_TELEMETRY"] = "off", ["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true" },
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync(Ct) + await process.StandardError.ReadToEndAsync(Ct);
        await process.WaitForExitAsync(Ct);
        File.Delete(file);
        Assert.True(process.ExitCode == 0, "redocly lint failed:\n" + output);
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "GreenBuild.slnx")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("GreenBuild.slnx not found above " + AppContext.BaseDirectory);
    }
}
