using GreenBuild.Platform;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Demo;
using Microsoft.Extensions.Options;

namespace GreenBuild;

/// <summary>
/// Composes the GreenBuild web application from its modules. Used by <c>Program</c>, by
/// <c>greenbuild serve</c> and by the tests, so that all three run exactly the same application.
/// </summary>
public static class GreenBuildHost
{
    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });
        builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
        builder.AddPlatform();
        return builder;
    }

    public static WebApplication Build(WebApplicationBuilder builder)
    {
        var app = builder.Build();
        app.UsePlatform();
        var api = app.MapGroup("/api/v1").RequireAuthorization();
        app.MapPlatform(api);
        return app;
    }

    /// <summary>Migrates the database and, on an empty one, loads the demo data (when configured).</summary>
    public static async Task InitializeAsync(IServiceProvider services, bool seedDemoIfEmpty, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (!options.MigrateOnStart)
        {
            return;
        }

        await scope.ServiceProvider.GetRequiredService<InitializeDatabase>().RunAsync(cancellationToken);
        var db = scope.ServiceProvider.GetRequiredService<GreenBuildDb>();
        if (seedDemoIfEmpty && !db.Users.Any())
        {
            await scope.ServiceProvider.GetRequiredService<SeedPlatformDemo>().RunAsync(cancellationToken);
        }
    }
}
