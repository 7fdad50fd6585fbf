using GreenBuild.Indicators.Api;
using GreenBuild.Indicators.Assessment;
using GreenBuild.Indicators.Demo;
using GreenBuild.Indicators.Import;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Demo;
using GreenBuild.Platform.Web;

namespace GreenBuild.Indicators;

/// <summary>
/// 规划指标监测 — the plan's indicators with their baselines and targets, city reporting and review, status
/// and projection, dashboards, and the annual city assessment. The module's front door.
/// </summary>
public static class IndicatorsModule
{
    public static WebApplicationBuilder AddIndicators(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<LoadPlanSeed>();
        services.AddScoped<IReferenceDataLoader>(sp => sp.GetRequiredService<LoadPlanSeed>());
        services.AddScoped<ReadIndicators>();
        services.AddScoped<Sources.ReadIndicatorSources>();
        services.AddScoped<Sources.IIndicatorSource, Sources.GreenShareSource>();
        services.AddScoped<Sources.IIndicatorSource, Sources.StarShareSource>();
        services.AddScoped<Sources.IIndicatorSource, Sources.PrefabricatedShareSource>();
        services.AddScoped<Sources.IIndicatorSource, Sources.EnergyStandardComplianceSource>();
        services.AddScoped<Sources.IIndicatorSource, Sources.InnovationAreaSource>();
        services.AddScoped<Sources.IIndicatorSource, Sources.InnovationProjectsSource>();
        services.AddScoped<Sources.IIndicatorSource, Sources.LowEnergyPilotsSource>();
        services.AddScoped<Sources.IIndicatorSource, Sources.RenewableShareSource>();
        services.AddScoped<Sources.IIndicatorSource, Sources.RenewableAreaSource>();
        services.AddScoped<SaveCityReport>();
        services.AddScoped<ReviewCityReport>();
        services.AddScoped<ManageReportingPeriods>();
        services.AddScoped<ImportCityReports>();
        services.AddScoped<ReportTemplate>();
        services.AddScoped<SaveAssessmentScheme>();
        services.AddScoped<RunAssessment>();
        services.AddScoped<SeedIndicatorsDemo>();
        services.AddScoped<IDemoSeeder>(sp => sp.GetRequiredService<SeedIndicatorsDemo>());
        services.AddSingleton(new NavigationItem("indicators", "nav.indicators", "/indicators", Policies.SignedIn, 100));
        services.AddSingleton(new NavigationItem("indicators", "nav.indicators.reports", "/indicators/reports", Policies.Officials, 110));
        services.AddSingleton(new NavigationItem("indicators", "nav.indicators.assessment", "/indicators/assessment", Policies.ProvinceOnly, 120));
        services.AddSingleton(new NavigationItem("indicators", "nav.indicators.public", "/open/indicators", null, 130));
        return builder;
    }

    public static WebApplication MapIndicators(this WebApplication app, RouteGroupBuilder api)
    {
        api.MapIndicatorsApi().MapReportsApi().MapAssessmentApi();
        return app;
    }
}
