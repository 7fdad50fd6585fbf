using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using GreenBuild.Platform.Accounts;
using GreenBuild.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using netDumbster.smtp;
using static GreenBuild.Tests.Labels.LabelsKit;

namespace GreenBuild.Tests.Labels;

/// <summary>GreenBuild with label mail sent to a local SMTP sink (netDumbster) on a free port.</summary>
public abstract class MailApp : GreenBuildApp
{
    protected MailApp()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Smtp = SimpleSmtpServer.Start(Port);
    }

    public int Port { get; }

    public SimpleSmtpServer Smtp { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Labels:Mail:Host", "127.0.0.1");
        builder.UseSetting("Labels:Mail:Port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Labels:Mail:Security", "None");
        builder.UseSetting("Labels:Mail:From", "labels@greenbuild.test");
        builder.UseSetting("Labels:Mail:PublicBaseUrl", "https://greenbuild.test");
        builder.UseSetting("Labels:Mail:PollInterval", "00:00:00.200");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Smtp.Stop();
        Smtp.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteMailApp : MailApp
{
    public override TestDatabase Database { get; } = TestDatabase.Sqlite();
}

public sealed class PostgresMailApp : MailApp
{
    public override TestDatabase Database { get; } = TestDatabase.Postgres();
}

/// <summary>Notifications reach applicants and experts in the app and by e-mail through the configured SMTP server.</summary>
public abstract class LabelMailTests(MailApp app)
{
    [Fact]
    public async Task A_return_is_mailed_to_the_applicant_and_a_drawn_expert_gets_its_assignment_by_mail_with_a_link()
    {
        var applicant = await app.SignedInAs(Roles.Applicant);
        var id = (await CreateAsync(applicant, await ProjectAsync(applicant))).GetProperty("id").GetString()!;
        await UploadAsync(applicant, id, "SelfAssessmentReport", "a.pdf", GreenBuild.Labels.Demo.DemoAssessments.Pdf("a"));
        await UploadAsync(applicant, id, "CompletionReport", "b.pdf", GreenBuild.Labels.Demo.DemoAssessments.Pdf("b"));
        var number = (await (await applicant.PostAsync($"/api/v1/labels/applications/{id}/submit", null, Ct)).ReadJsonAsync()).GetProperty("number").GetString()!;
        var city = await app.SignedInAs(Roles.CityOfficer);
        await city.PostJsonAsync($"/api/v1/labels/applications/{id}/formal-review", new { complete = false, reasons = new[] { "缺少节能检测报告" } });

        var returned = await MailAsync(m => Subject(m) == $"申报被退回：{number}");
        Assert.Equal(DemoAccounts.EmailOf(Roles.Applicant), returned.ToAddresses[0].Address);
        var body = Body(returned);
        Assert.Contains("缺少节能检测报告", body, StringComparison.Ordinal);
        Assert.Contains($"https://greenbuild.test/labels/applications/{id}", body, StringComparison.Ordinal);
        var inApp = await (await applicant.GetAsync("/api/v1/labels/notifications", Ct)).ReadJsonAsync();
        Assert.Contains(inApp.EnumerateArray(), n => n.GetProperty("subject").GetString() == $"申报被退回：{number}" && n.GetProperty("emailStatus").GetString() == "sent");

        await applicant.PutAsJsonAsync($"/api/v1/labels/applications/{id}/assessment", GreenBuild.Labels.Demo.DemoAssessments.TwoStar(), Json.Options, Ct);
        await applicant.PostAsync($"/api/v1/labels/applications/{id}/submit", null, Ct);
        await city.PostJsonAsync($"/api/v1/labels/applications/{id}/formal-review", new { complete = true });
        var panel = await DrawAsync(await app.SignedInAs(Roles.ProvinceOfficer), id);
        foreach (var member in panel.GetProperty("members").EnumerateArray())
        {
            var email = EmailOf(member.GetProperty("expertCode").GetString()!);
            var assigned = await MailAsync(m => Subject(m) == $"评审任务：{number}" && m.ToAddresses[0].Address == email);
            Assert.Contains($"/labels/reviews/{member.GetProperty("id").GetString()}", Body(assigned), StringComparison.Ordinal);
        }
    }

    /// <summary>The message as the sink received it, parsed by MimeKit (MailKit encodes Chinese subjects per RFC 2047 and bodies per the server's capabilities).</summary>
    private static MimeKit.MimeMessage Parse(SmtpMessage message) => MimeKit.MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(message.Data)));

    private static string Subject(SmtpMessage message) => Parse(message).Subject ?? "";

    private static string Body(SmtpMessage message) => Parse(message).TextBody ?? "";

    private async Task<SmtpMessage> MailAsync(Func<SmtpMessage, bool> match)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (app.Smtp.ReceivedEmail.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await Task.Delay(100, Ct);
        }

        throw new TimeoutException("No such mail within 30 s; received: " + string.Join(" | ", app.Smtp.ReceivedEmail.Select(Subject)));
    }
}

public sealed class LabelMailTestsOnSqlite(SqliteMailApp app) : LabelMailTests(app), IClassFixture<SqliteMailApp>;

public sealed class LabelMailTestsOnPostgres(PostgresMailApp app) : LabelMailTests(app), IClassFixture<PostgresMailApp>;
