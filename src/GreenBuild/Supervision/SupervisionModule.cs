using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Demo;
using GreenBuild.Platform.Web;
using GreenBuild.Supervision.Api;
using GreenBuild.Supervision.Complaints;
using GreenBuild.Supervision.Credit;
using GreenBuild.Supervision.Directory;
using GreenBuild.Supervision.Inspections;
using GreenBuild.Supervision.Tasks;

namespace GreenBuild.Supervision;

/// <summary>
/// 监督检查 — "双随机、一公开" supervision (plan 四(四), 五(一)): directories of inspection objects and inspectors,
/// inspection tasks announced with their candidate lists' digests and drawn with the publicly verifiable draw
/// (RFC 3797; <c>/draw/verify</c>, <c>POST /api/v1/draw/verify</c>, <c>greenbuild draw</c>), inspections with
/// findings and rectification, published results, credit records and public complaints.
/// </summary>
public static class SupervisionModule
{
    public static WebApplicationBuilder AddSupervision(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<SaveDirectoryEntries>();
        services.AddScoped<ReadMonitoredBuildings>();
        services.AddScoped<Demo.SeedSupervisionDemo>();
        services.AddScoped<IDemoSeeder>(sp => sp.GetRequiredService<Demo.SeedSupervisionDemo>());
        services.AddScoped<Import.ImportDirectory>();
        services.AddScoped<CollectCandidates>();
        services.AddScoped<SaveTask>();
        services.AddScoped<AnnounceTask>();
        services.AddScoped<RecordSourceValue>();
        services.AddScoped<RunTaskDraw>();
        services.AddScoped<VerifyTaskDraws>();
        services.AddOptions<AttachmentOptions>().BindConfiguration("Supervision:Attachments")
            .Validate(o => o.MaxBytes > 0 && o.MaxFilesPerUpload > 0 && o.Path.Length > 0).ValidateOnStart();
        services.AddOptions<ReminderOptions>().BindConfiguration("Supervision:Reminders").Validate(o => o.Interval > TimeSpan.Zero).ValidateOnStart();
        services.AddScoped<AttachmentStore>();
        services.AddScoped<ReadInspections>();
        services.AddScoped<RecordInspection>();
        services.AddScoped<ReviewInspection>();
        services.AddScoped<DownloadAttachment>();
        services.AddScoped<SendRectificationReminders>();
        services.AddHostedService<RectificationReminderService>();
        services.AddScoped<ReadCreditRecord>();
        services.AddScoped<RecordCreditEntry>();
        services.AddAuthorization(SupervisionPolicies.Add);
        services.AddOptions<ComplaintOptions>().BindConfiguration("Supervision:Complaints")
            .Validate(o => o.Difficulty is >= 0 and <= 32 && o.FilingsPerWindow > 0 && o.ReadsPerWindow > 0 && o.MaxFiles > 0).ValidateOnStart();
        services.AddSingleton<ComplaintChallenge>();
        services.AddSingleton<ComplaintRateLimits>();
        services.AddScoped<FileComplaint>();
        services.AddScoped<HandleComplaint>();
        services.AddScoped<WarnComplaintDeadlines>();
        services.AddSingleton(new NavigationItem("supervision", "nav.supervision.tasks", "/supervision/tasks", Policies.Officials, 400));
        services.AddSingleton(new NavigationItem("supervision", "nav.supervision.inspections", "/supervision/inspections", SupervisionPolicies.Field, 410));
        services.AddSingleton(new NavigationItem("supervision", "nav.supervision.public", "/open/supervision", null, 430));
        services.AddSingleton(new NavigationItem("supervision", "nav.supervision.complaints", "/supervision/complaints", Policies.Officials, 420));
        services.AddSingleton(new NavigationItem("supervision", "nav.draw", "/draw/verify", null, 440));
        services.AddSingleton(new NavigationItem("supervision", "nav.complaints", "/complaints", null, 450));
        return builder;
    }

    public static RouteGroupBuilder MapSupervision(this RouteGroupBuilder api) =>
        api.MapDrawApi().MapDirectoryApi().MapTasksApi().MapPublicTasksApi().MapInspectionsApi().MapCreditApi().MapPublicResultsApi().MapComplaintsApi().MapDirectoryImportApi();
}
