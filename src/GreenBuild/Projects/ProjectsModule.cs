using GreenBuild.Platform.Web;
using GreenBuild.Projects.Api;

namespace GreenBuild.Projects;

/// <summary>
/// 项目库 — the building project registry. Built so far: the versioned rule set that checks projects against
/// the plan and the mandatory standards, published read-only (rules, sources, versions) and checkable by API.
/// </summary>
public static class ProjectsModule
{
    public static WebApplicationBuilder AddProjects(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(new NavigationItem("projects", "nav.projects.rules", "/projects/rules", null, 200));
        return builder;
    }

    public static RouteGroupBuilder MapProjects(this RouteGroupBuilder api) => api.MapRuleSetsApi();
}
