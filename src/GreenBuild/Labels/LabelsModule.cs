using GreenBuild.Labels.Api;
using GreenBuild.Labels.Certificates;
using GreenBuild.Labels.Contracts;
using GreenBuild.Labels.Demo;
using GreenBuild.Labels.Export;
using GreenBuild.Labels.Notice;
using GreenBuild.Labels.Review;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Demo;
using GreenBuild.Platform.Web;
using GreenBuild.Standards.GreenRating;

namespace GreenBuild.Labels;

/// <summary>
/// 绿色建筑标识 — one- and two-star recognition by the province (三星 recommended upward): application with the GB/T
/// 50378 self-assessment, 形式审查, expert review by a verifiably drawn panel, 公示 with objections, decision and
/// certificate, re-checks with downgrade and revocation, the national package, and the counts the indicators read.
/// </summary>
public static class LabelsModule
{
    public static WebApplicationBuilder AddLabels(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<LabelsOptions>().Bind(builder.Configuration.GetSection(LabelsOptions.Section))
            .Validate(o => o.IsValid(), "Labels: days, months, file size or panel composition out of range").ValidateOnStart();
        services.AddSingleton<GreenRatingCalculator>();
        services.AddSingleton<RateSelfAssessment>();
        services.AddHostedService<RecheckScheduler>();
        services.AddScoped<ReadApplications>();
        services.AddScoped<CreateApplication>();
        services.AddScoped<SaveSelfAssessment>();
        services.AddScoped<AttachEvidence>();
        services.AddScoped<SubmitApplication>();
        services.AddScoped<ReviewFormally>();
        services.AddScoped<SaveExpert>();
        services.AddScoped<AnnouncePanel>();
        services.AddScoped<DrawPanel>();
        services.AddScoped<DeclareConflict>();
        services.AddScoped<ReplaceOverdueExpert>();
        services.AddScoped<ReadAssignment>();
        services.AddScoped<SubmitExpertReview>();
        services.AddScoped<ConcludePanel>();
        services.AddScoped<PublishNotice>();
        services.AddScoped<FileObjection>();
        services.AddScoped<HandleObjection>();
        services.AddScoped<DecideApplication>();
        services.AddScoped<VerifyCertificate>();
        services.AddScoped<CertificatePdf>();
        services.AddScoped<RecordRecheck>();
        services.AddScoped<ScheduleRechecks>();
        services.AddScoped<LinkOperationData>();
        services.AddScoped<OperationData>();
        services.AddScoped<ExportRecommendationPackage>();
        services.AddScoped<ILabelIndicators, LabelIndicators>();
        services.AddScoped<SeedLabelsDemo>();
        services.AddScoped<IDemoSeeder>(sp => sp.GetRequiredService<SeedLabelsDemo>());
        services.AddSingleton(new NavigationItem("labels", "nav.labels", "/labels", Policies.SignedIn, 300));
        services.AddSingleton(new NavigationItem("labels", "nav.labels.public", "/open/labels", null, 310));
        return builder;
    }

    public static RouteGroupBuilder MapLabels(this RouteGroupBuilder api)
    {
        var labels = api.MapGroup("/labels").WithTags("Labels");
        labels.MapApplicationsApi().MapReviewApi().MapCertificatesApi().MapPublicLabelsApi().MapPoolApi();
        return api;
    }
}
