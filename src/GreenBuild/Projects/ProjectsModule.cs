using GreenBuild.Platform.Web;
using GreenBuild.Projects.Api;

namespace GreenBuild.Projects;

/// <summary>
/// 项目库 — the building project registry. Built so far: the versioned rule set that checks projects against
/// the plan and the mandatory standards (published with its sources), and projects saved by API within scope,
/// each save checked and the check kept with the rule-set version it used.
/// </summary>
public static class ProjectsModule
{
    public static WebApplicationBuilder AddProjects(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(new NavigationItem("projects", "nav.projects.rules", "/projects/rules", null, 200));
        builder.Services.AddScoped<SaveProject>();
        builder.Services.AddScoped<PlanProjectChanges>();
        builder.Services.AddScoped<ApplyProjectChanges>();
        builder.Services.AddScoped<RecheckProjects>();
        builder.Services.AddScoped<ReadProjectStages>();
        builder.Services.AddScoped<AttachFile>();
        builder.Services.AddScoped<Import.ImportProjects>();
        builder.Services.AddScoped<Import.ExportProjects>();
        builder.Services.AddScoped<Import.ProjectImportSessions>();
        builder.Services.AddSingleton<Import.ProjectImportQueue>();
        builder.Services.AddHostedService<Import.ProjectImportWorker>();
        builder.Services.AddScoped<Contracts.IProjectRegistry, ProjectRegistry>();
        return builder;
    }

    public static RouteGroupBuilder MapProjects(this RouteGroupBuilder api) => api.MapRuleSetsApi().MapProjectsApi();
}
