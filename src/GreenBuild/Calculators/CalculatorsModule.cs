using GreenBuild.Calculators.Api;
using GreenBuild.Platform.Web;

namespace GreenBuild.Calculators;

/// <summary>
/// 评价计算 — the national standards' calculators (GreenBuild.Standards) where users meet them: the REST API,
/// a form per calculator with its explanation, and <c>greenbuild calc</c>.
/// </summary>
public static class CalculatorsModule
{
    public static WebApplicationBuilder AddCalculators(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(new NavigationItem("calculators", "nav.calculators", "/calculators", null, 300));
        return builder;
    }

    public static RouteGroupBuilder MapCalculators(this RouteGroupBuilder api) => api.MapCalculatorsApi();
}
