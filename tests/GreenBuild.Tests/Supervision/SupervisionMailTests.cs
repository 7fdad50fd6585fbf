using System.Net;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Notifications;
using GreenBuild.Supervision.Complaints;
using GreenBuild.Supervision.Inspections;
using GreenBuild.Supervision.Model;
using GreenBuild.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static GreenBuild.Tests.Infrastructure.SmtpSinkApp;

namespace GreenBuild.Tests.Supervision;

/// <summary>GreenBuild mailing to an SMTP sink, with the hourly reminder service off so that the tests run the reminders themselves.</summary>
public abstract class SupervisionMailApp : SmtpSinkApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Supervision:Reminders:Enabled", "false");
    }

    public sealed class OnSqlite : SupervisionMailApp
    {
        public override TestDatabase Database { get; } = TestDatabase.Sqlite();
    }

    public sealed class OnPostgres : SupervisionMailApp
    {
        public override TestDatabase Database { get; } = TestDatabase.Postgres();
    }
}

/// <summary>
/// Supervision's notifications through the platform's notifier and outbox: rectification reminders to the responsible
/// enterprise, the issuing official and the inspector; complaints' deadlines to the officials handling them; a failed
/// send kept with its error and retried, the change saved regardless.
/// </summary>
public abstract class SupervisionMailTests(SupervisionMailApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string Applicant = DemoAccounts.EmailOf(Roles.Applicant);
    private static readonly string Inspector = DemoAccounts.EmailOf(Roles.Inspector);
    private static readonly string Officer = DemoAccounts.EmailOf(Roles.ProvinceOfficer);
    private static readonly string Taiyuan = DemoAccounts.EmailOf(Roles.CityOfficer);

    private async Task<int> RunAsync<T>() where T : notnull
    {
        await using var scope = app.Services.CreateAsyncScope();
        return typeof(T) == typeof(SendRectificationReminders)
            ? await scope.ServiceProvider.GetRequiredService<SendRectificationReminders>().RunAsync(Ct)
            : await scope.ServiceProvider.GetRequiredService<WarnComplaintDeadlines>().RunAsync(Ct);
    }

    private async Task<List<Notification>> NotificationsAsync(Func<Notification, bool> match)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return [.. (await scope.ServiceProvider.GetRequiredService<GreenBuildDb>().Set<Notification>().AsNoTracking().ToListAsync(Ct)).Where(match)];
    }

    private async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 300 && !await condition(); i++)
        {
            await Task.Delay(100, Ct);
        }

        Assert.True(await condition());
    }

    /// <summary>A product of the demo developer drawn for the demo inspector, recorded with a serious finding and approved by the province's officer with an order due in 10 days.</summary>
    private async Task<(Guid Inspection, string ObjectName)> RectifyingAsync(string prefix, string city)
    {
        var province = await SupervisionScenario.AsAsync(app);
        await province.ProductAsync(prefix + "-P1", city[..4] + "02", organization: SupervisionScenario.Developer);
        await province.InspectorAsync(prefix + "-I1", city, organization: SupervisionScenario.Institute, account: Inspector);
        var task = await province.DrawnAsync(province.ProductTask(city, 1, inspectors: 1, organizer: city));
        var inspector = await app.SignedInAs(Roles.Inspector);
        var inspection = (await (await inspector.GetAsync($"/api/v1/supervision/inspections?task={task.GetProperty("id").GetGuid()}", Ct)).ReadJsonAsync())[0];
        var id = inspection.GetProperty("id").GetGuid();
        var items = inspection.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("itemCode").GetString()!).ToList();
        Assert.Equal(HttpStatusCode.OK, (await inspector.PostJsonAsync($"/api/v1/supervision/inspections/{id}/findings", new
        {
            itemCode = "EE-ENVELOPE", severity = "Serious", description = "保温材料燃烧性能等级与设计不符", files = Array.Empty<object>(),
        })).StatusCode);
        var submitted = await inspector.PostJsonAsync($"/api/v1/supervision/inspections/{id}/record", new
        {
            items = items.Where(c => c != "EE-ENVELOPE").Select(c => new { itemCode = c, result = "Conforms", note = (string?)null }).ToArray(),
            summary = "责令整改", inspectedOn = app.Clock.GetUtcNow().UtcDateTime, submit = true,
        });
        Assert.True(submitted.StatusCode == HttpStatusCode.OK, await submitted.Content.ReadAsStringAsync(Ct));
        var approved = await province.Client.PostJsonAsync($"/api/v1/supervision/inspections/{id}/approve",
            new { requirement = "更换为 A 级保温材料并提交检测报告", deadlineUtc = app.Clock.GetUtcNow().UtcDateTime.AddDays(10) });
        Assert.True(approved.StatusCode == HttpStatusCode.OK, await approved.Content.ReadAsStringAsync(Ct));
        return (id, inspection.GetProperty("objectName").GetString()!);
    }

    [Fact]
    public async Task Rectification_reminders_are_mailed_to_the_enterprise_the_issuing_official_and_the_inspector_once_a_day_and_kept_in_the_app()
    {
        var (id, name) = await RectifyingAsync("ML", "140800");
        await RunAsync<SendRectificationReminders>(); // ten days away: nothing for this one yet (another test's order may be due)
        Assert.Empty(await NotificationsAsync(n => n.Subject.EndsWith(name, StringComparison.Ordinal)));

        app.Clock.Advance(TimeSpan.FromDays(8));
        Assert.True(await RunAsync<SendRectificationReminders>() >= 1);
        foreach (var to in new[] { Applicant, Inspector, Officer })
        {
            var mail = await app.MailAsync(m => Subject(m) == $"整改即将到期：{name}" && To(m) == to);
            var body = Body(mail);
            Assert.Contains("更换为 A 级保温材料并提交检测报告", body, StringComparison.Ordinal);
            Assert.Contains($"https://greenbuild.test/supervision/inspections/{id}", body, StringComparison.Ordinal);
        }

        Assert.Equal(0, await RunAsync<SendRectificationReminders>()); // at most one a day
        app.Clock.Advance(TimeSpan.FromDays(3));
        Assert.True(await RunAsync<SendRectificationReminders>() >= 1);
        await app.MailAsync(m => Subject(m) == $"整改已逾期：{name}" && To(m) == Applicant);
        await app.MailAsync(m => Subject(m) == $"整改已逾期：{name}" && To(m) == Officer);

        // Each recipient once per reminder; another city's officer and the experts get nothing.
        Assert.Equal(3, app.Smtp.ReceivedEmail.Count(m => Subject(m) == $"整改即将到期：{name}"));
        Assert.DoesNotContain(app.Smtp.ReceivedEmail, m => Subject(m).Contains(name, StringComparison.Ordinal) && To(m) is var t && (t == DemoAccounts.OtherCityOfficer || t == Taiyuan));

        // In the app: the enterprise's list and page, with the mail's status; the platform list is per user.
        var applicant = await app.SignedInAs(Roles.Applicant);
        await EventuallyAsync(async () => (await (await applicant.GetAsync("/api/v1/notifications?module=supervision", Ct)).ReadJsonAsync()).EnumerateArray()
            .Count(n => n.GetProperty("subject").GetString()!.EndsWith(name, StringComparison.Ordinal) && n.GetProperty("emailStatus").GetString() == "sent") == 2);
        var page = await (await applicant.GetAsync("/notifications", Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Contains($"整改已逾期：{name}", page, StringComparison.Ordinal);
        Assert.Contains("监督检查", page, StringComparison.Ordinal);
        var mine = await (await applicant.GetAsync("/api/v1/notifications", Ct)).ReadJsonAsync();
        var someone = mine[0].GetProperty("id").GetGuid();
        var datong = await app.SignedIn(DemoAccounts.OtherCityOfficer, GreenBuild.Platform.Demo.SeedPlatformDemo.DemoPassword);
        Assert.Equal(HttpStatusCode.NotFound, (await datong.PostJsonAsync($"/api/v1/notifications/{someone}/read", new { })).StatusCode);
        Assert.DoesNotContain((await (await datong.GetAsync("/api/v1/notifications?module=supervision", Ct)).ReadJsonAsync()).EnumerateArray(),
            n => n.GetProperty("subject").GetString()!.Contains(name, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NoContent, (await applicant.PostJsonAsync($"/api/v1/notifications/{someone}/read", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync("/api/v1/notifications", Ct)).StatusCode);
    }

    [Fact]
    public async Task Complaint_deadlines_warn_the_officials_handling_them_once_before_and_once_after_each_deadline()
    {
        var anonymous = app.Anonymous();
        var (token, nonce) = await ComplaintsTests.SolvedAsync(app, anonymous);
        var filed = await anonymous.PostJsonAsync("/api/v1/supervision/public/complaints", ComplaintsTests.Complaint(token, nonce));
        Assert.Equal(HttpStatusCode.OK, filed.StatusCode);
        var code = (await filed.ReadJsonAsync()).GetProperty("trackingCode").GetString()!;
        var received = await app.MailAsync(m => Subject(m) == $"新投诉举报：{code}");
        Assert.Equal(Taiyuan, To(received)); // the city the complaint names (太原 for 小店区)

        app.Clock.Advance(TimeSpan.FromDays(1.5)); // routing is due in 3 days: 1.5 left (the demo complaint may be warned too)
        Assert.True(await RunAsync<WarnComplaintDeadlines>() >= 1);
        var soon = await app.MailAsync(m => Subject(m) == $"投诉举报即将超过转办时限：{code}");
        Assert.Equal(Taiyuan, To(soon));
        Assert.Equal(0, await RunAsync<WarnComplaintDeadlines>()); // once per deadline

        app.Clock.Advance(TimeSpan.FromDays(2)); // past the routing deadline: the province is told too
        Assert.True(await RunAsync<WarnComplaintDeadlines>() >= 1);
        await app.MailAsync(m => Subject(m) == $"投诉举报已超过转办时限：{code}" && To(m) == Taiyuan);
        await app.MailAsync(m => Subject(m) == $"投诉举报已超过转办时限：{code}" && To(m) == Officer);
        Assert.Equal(0, await RunAsync<WarnComplaintDeadlines>());

        // Routing sets the answer deadline (15 days) and notifies the city; its warnings come afresh.
        var taiyuan = await app.SignedInAs(Roles.CityOfficer);
        var complaint = (await (await taiyuan.GetAsync("/api/v1/supervision/complaints", Ct)).ReadJsonAsync()).EnumerateArray()
            .Single(c => c.GetProperty("trackingCode").GetString()!.Replace("-", "", StringComparison.Ordinal) == code.Replace("-", "", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await taiyuan.PostJsonAsync($"/api/v1/supervision/complaints/{complaint.GetProperty("id").GetGuid()}/steps",
            new { action = "Route", note = "已受理，转小店区住建局核查" })).StatusCode);
        await app.MailAsync(m => Subject(m) == $"投诉举报转办：{code}" && To(m) == Taiyuan);
        Assert.Equal(0, await RunAsync<WarnComplaintDeadlines>());
        app.Clock.Advance(TimeSpan.FromDays(14));
        Assert.True(await RunAsync<WarnComplaintDeadlines>() >= 1);
        await app.MailAsync(m => Subject(m) == $"投诉举报即将超过答复时限：{code}" && To(m) == Taiyuan);

        // Datong's officer is not involved in a Taiyuan complaint.
        Assert.DoesNotContain(app.Smtp.ReceivedEmail, m => Subject(m).Contains(code, StringComparison.Ordinal) && To(m) == DemoAccounts.OtherCityOfficer);
        // The warning is marked on the complaint (audited with it).
        await using var scope = app.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<GreenBuildDb>().Set<Complaint>().AsNoTracking().SingleAsync(c => c.Id == complaint.GetProperty("id").GetGuid(), Ct);
        Assert.Equal(("DueSoon", stored.DueAtUtc), (stored.DeadlineWarning, stored.DeadlineWarnedForUtc!.Value));
        Assert.True(await scope.ServiceProvider.GetRequiredService<GreenBuildDb>().AuditEntries.AnyAsync(a => a.EntityType == "Complaint" && a.EntityKey.Contains(stored.Id.ToString()) && a.Changes.Contains("DeadlineWarning"), Ct));
    }

    [Fact]
    public async Task A_send_that_fails_keeps_the_change_and_the_error_and_is_retried_until_it_goes_out()
    {
        var (id, name) = await RectifyingAsync("MF", "140900");
        app.StopSink();
        try
        {
            app.Clock.Advance(TimeSpan.FromDays(8));
            Assert.True(await RunAsync<SendRectificationReminders>() >= 1); // the reminder is recorded although the server is down
            await EventuallyAsync(async () => (await NotificationsAsync(n => n.Subject == $"整改即将到期：{name}")).All(n => n.EmailStatus == MailStatus.Failed));
            var failed = await NotificationsAsync(n => n.Subject == $"整改即将到期：{name}");
            Assert.Equal(3, failed.Count);
            Assert.All(failed, n =>
            {
                Assert.Equal(1, n.Attempts);
                Assert.False(string.IsNullOrEmpty(n.EmailError));
                Assert.Equal(app.Clock.GetUtcNow().UtcDateTime.AddMinutes(1), n.NextAttemptAtUtc);
            });
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<GreenBuildDb>();
                Assert.True(await db.Set<RectificationReminder>().AnyAsync(r => r.InspectionId == id && r.Kind == "DueSoon", Ct));
            }
        }
        finally
        {
            app.StartSink();
        }

        // Not before its retry time; after it, the outbox sends it.
        await Task.Delay(600, Ct);
        Assert.DoesNotContain(app.Smtp.ReceivedEmail, m => Subject(m) == $"整改即将到期：{name}");
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        await app.MailAsync(m => Subject(m) == $"整改即将到期：{name}" && To(m) == Applicant);
        await EventuallyAsync(async () => (await NotificationsAsync(n => n.Subject == $"整改即将到期：{name}")).All(n => n.EmailStatus == MailStatus.Sent && n.Attempts == 2 && n.EmailError == null));
    }
}

public sealed class SupervisionMailTestsOnSqlite(SupervisionMailApp.OnSqlite app) : SupervisionMailTests(app), IClassFixture<SupervisionMailApp.OnSqlite>;

public sealed class SupervisionMailTestsOnPostgres(SupervisionMailApp.OnPostgres app) : SupervisionMailTests(app), IClassFixture<SupervisionMailApp.OnPostgres>;
