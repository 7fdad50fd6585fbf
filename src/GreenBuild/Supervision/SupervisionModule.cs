using GreenBuild.Platform.Web;
using GreenBuild.Supervision.Api;

namespace GreenBuild.Supervision;

/// <summary>
/// 监督检查 — "双随机、一公开" supervision (plan 四(四), 五(一)). So far: the publicly verifiable draw
/// (RFC 3797) with its public page <c>/draw/verify</c>, <c>POST /api/v1/draw/verify</c> and <c>greenbuild draw</c>.
/// </summary>
public static class SupervisionModule
{
    public static WebApplicationBuilder AddSupervision(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(new NavigationItem("supervision", "nav.draw", "/draw/verify", null, 400));
        return builder;
    }

    public static RouteGroupBuilder MapSupervision(this RouteGroupBuilder api) => api.MapDrawApi();
}
