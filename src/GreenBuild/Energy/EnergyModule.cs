using GreenBuild.Energy.Api;
using GreenBuild.Energy.Ingest;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Demo;

using GreenBuild.Platform.Web;

namespace GreenBuild.Energy;

/// <summary>
/// 公共建筑能耗监测 — monitored buildings, meters and collectors; fast idempotent ingest of readings with quality
/// flags; roll-ups maintained at ingest; EUI against GB/T 51161, rankings, quotas and surcharge bills. The module's
/// front door.
/// </summary>
public static class EnergyModule
{
    public static WebApplicationBuilder AddEnergy(this WebApplicationBuilder builder)
    {
        builder.Services.AddEnergyServices();
        return builder;
    }

    /// <summary>The module's services, for the web application and for the lean host of <c>greenbuild energy ingest</c>.</summary>
    public static IServiceCollection AddEnergyServices(this IServiceCollection services)
    {
        services.AddScoped<LoadItemCodes>();
        services.AddScoped<IReferenceDataLoader>(sp => sp.GetRequiredService<LoadItemCodes>());
        services.AddScoped<RegisterMonitoring>();
        services.AddScoped<IngestReadings>();
        services.AddScoped<ReplaceMeter>();
        services.AddScoped<ManageCollectorKeys>();
        services.AddScoped<Rollups.VerifyRollups>();
        services.AddSingleton<Benchmarking.StandardValues>();
        services.AddSingleton<Benchmarking.BuildingCatalog>();
        services.AddScoped<Benchmarking.ReadRanking>();
        services.AddScoped<Benchmarking.ReadAlerts>();
        services.AddScoped<Benchmarking.ReadBuilding>();
        services.AddScoped<Quotas.ManageQuotas>();
        services.AddScoped<Quotas.ComputeBill>();
        services.AddScoped<Contracts.IEnergyMonitoring, Contracts.EnergyMonitoring>();
        services.AddScoped<Demo.SeedEnergyDemo>();
        services.AddScoped<IDemoSeeder>(sp => sp.GetRequiredService<Demo.SeedEnergyDemo>());
        services.AddSingleton(new NavigationItem("energy", "nav.energy", "/energy", Policies.Officials, 300));
        services.AddSingleton(new NavigationItem("energy", "nav.energy.monitoring", "/energy/monitoring", Policies.Officials, 305));
        services.AddSingleton(new NavigationItem("energy", "nav.energy.quotas", "/energy/quotas", Policies.Officials, 310));
        return services;
    }

    public static WebApplication MapEnergy(this WebApplication app, RouteGroupBuilder api)
    {
        var group = api.MapGroup("/energy").WithTags("Energy monitoring");
        group.MapIngestApi().MapMonitoringApi().MapReplacementApi().MapFiguresApi();
        return app;
    }
}
