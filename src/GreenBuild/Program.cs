using GreenBuild;

var builder = GreenBuildHost.CreateBuilder(args);
var app = GreenBuildHost.Build(builder);
await GreenBuildHost.InitializeAsync(app.Services, app.Configuration.GetValue("Demo:SeedOnFirstStart", true));
await app.RunAsync();

/// <summary>The web application's entry point (public so that WebApplicationFactory can find it).</summary>
public partial class Program;
