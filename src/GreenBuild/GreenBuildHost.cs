using System.Reflection;
using GreenBuild.Calculators;
using GreenBuild.Energy;
using GreenBuild.Indicators;
using GreenBuild.Labels;
using GreenBuild.Platform;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Demo;
using GreenBuild.Projects;
using GreenBuild.Supervision;
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
        // One application name wherever it is hosted (Program, the CLI, the tests), so Razor finds its pages.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(GreenBuildHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = WebRoot(),
        });

        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
        builder.AddPlatform();
        builder.AddIndicators();
        builder.AddCalculators();
        builder.AddSupervision();
        builder.AddProjects();
        builder.AddEnergy();
        builder.AddLabels();
        return builder;
    }

    /// <summary>
    /// A host without the web stack for CLI commands that only read and write energy monitoring data (<c>greenbuild
    /// energy ingest</c>): the same configuration sources and logging as <see cref="CreateBuilder"/>, the platform's
    /// core services (<see cref="PlatformModule.AddPlatformCore"/>: database, clock, texts) and the energy module's own
    /// registration (<see cref="EnergyModule.AddEnergyServices"/>) — no Kestrel, MVC, Razor, Identity or OpenAPI.
    /// </summary>
    public static HostApplicationBuilder CreateEnergyCommandBuilder(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            ApplicationName = typeof(GreenBuildHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            // The web host also reads ASPNETCORE_ENVIRONMENT: the same appsettings.{Environment}.json either way.
            EnvironmentName = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") is { Length: > 0 } aspnet ? aspnet : null,
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
        // Only the energy module is registered: services of other modules it names (IEnergyMonitoring needs the
        // project registry) are not resolvable here, so the container is not validated as a whole on build.
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateScopes = builder.Environment.IsDevelopment(), ValidateOnBuild = false }));
        builder.Services.AddPlatformCore(builder.Configuration);
        builder.Services.AddEnergyServices();
        return builder;
    }

    /// <summary>
    /// wwwroot next to the assembly after a publish; the project's own wwwroot after a build (where the npm
    /// assets are generated), as recorded in the assembly at build time.
    /// </summary>
    private static string WebRoot()
    {
        var published = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        var source = typeof(GreenBuildHost).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "GreenBuild.SourceWebRoot")?.Value;
        var isPublished = Directory.Exists(published) && Directory.EnumerateFileSystemEntries(published).Any();
        return isPublished || source is null || !Directory.Exists(source) ? published : source;
    }

    public static WebApplication Build(WebApplicationBuilder builder)
    {
        var app = builder.Build();
        app.UsePlatform();
        var api = app.MapGroup("/api/v1").RequireAuthorization();
        app.MapPlatform(api);
        app.MapIndicators(api);
        api.MapCalculators();
        api.MapSupervision();
        api.MapProjects();
        app.MapEnergy(api);
        api.MapLabels();
        return app;
    }

    /// <summary>Migrates the database (when configured) and, on a database without accounts, loads the demo data.</summary>
    public static async Task InitializeAsync(IServiceProvider services, bool seedDemoIfEmpty, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        if (scope.ServiceProvider.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStart)
        {
            await scope.ServiceProvider.GetRequiredService<InitializeDatabase>().RunAsync(cancellationToken);
        }

        if (seedDemoIfEmpty && !scope.ServiceProvider.GetRequiredService<GreenBuildDb>().Users.Any())
        {
            await SeedDemoAsync(scope.ServiceProvider, cancellationToken);
        }
    }

    /// <summary>Runs every module's demo seeder in order; returns their summaries.</summary>
    public static async Task<IReadOnlyList<string>> SeedDemoAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var summaries = new List<string>();
        foreach (var seeder in services.GetServices<IDemoSeeder>().OrderBy(s => s.Order))
        {
            summaries.Add(await seeder.RunAsync(cancellationToken));
        }

        return summaries;
    }
}
