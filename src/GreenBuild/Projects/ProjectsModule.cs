using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Web;
using GreenBuild.Projects.Api;

namespace GreenBuild.Projects;

/// <summary>
/// 项目库 — the building project registry: projects through their stages with the record of each stage kept, a
/// versioned rule set that checks every project against the plan and the mandatory standards, imports and
/// exports of the template, and the contract other modules read projects through.
/// </summary>
public static class ProjectsModule
{
    /// <summary>Who works with the registry: the province, city officers (their city), applicants (their own projects).</summary>
    public const string RegistryPolicy = "ProjectRegistry";

    public static WebApplicationBuilder AddProjects(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuthorization(o => o.AddPolicy(RegistryPolicy, Policies.ForRoles(Roles.ProvinceAdmin, Roles.ProvinceOfficer, Roles.CityOfficer, Roles.Applicant)));
        builder.Services.AddSingleton(new NavigationItem("projects", "nav.projects", "/projects", RegistryPolicy, 199));
        builder.Services.AddSingleton(new NavigationItem("projects", "nav.projects.rules", "/projects/rules", null, 200));
        builder.Services.AddScoped<SaveProject>();
        builder.Services.AddScoped<Rules.RuleSetCatalog>();
        builder.Services.AddScoped<Rules.PublishRuleSet>();
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
        builder.Services.AddScoped<Platform.Demo.IDemoSeeder, Demo.SeedProjectsDemo>();
        builder.Services.AddScoped<Contracts.IProjectRegistry, ProjectRegistry>();
        return builder;
    }

    public static RouteGroupBuilder MapProjects(this RouteGroupBuilder api) => api.MapRuleSetsApi().MapProjectsApi();
}
