using System.Net.Http.Json;
using GreenBuild.Platform.Accounts;
using GreenBuild.Tests.Infrastructure;
using static GreenBuild.Tests.Infrastructure.SmtpSinkApp;
using static GreenBuild.Tests.Labels.LabelsKit;

namespace GreenBuild.Tests.Labels;

/// <summary>GreenBuild with label mail sent to a local SMTP sink, configured under the labels module's earlier section <c>Labels:Mail</c> (still read).</summary>
public abstract class MailApp : SmtpSinkApp
{
    protected override string MailSection => "Labels:Mail";
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

        var returned = await app.MailAsync(m => Subject(m) == $"申报被退回：{number}");
        Assert.Equal(DemoAccounts.EmailOf(Roles.Applicant), returned.ToAddresses[0].Address);
        var body = Body(returned);
        Assert.Contains("缺少节能检测报告", body, StringComparison.Ordinal);
        Assert.Contains($"https://greenbuild.test/labels/applications/{id}", body, StringComparison.Ordinal);
        // The sink has the mail before the outbox has saved its status: wait for "sent".
        var sent = false;
        for (var i = 0; i < 100 && !sent; i++)
        {
            var inApp = await (await applicant.GetAsync("/api/v1/labels/notifications", Ct)).ReadJsonAsync();
            sent = inApp.EnumerateArray().Any(n => n.GetProperty("subject").GetString() == $"申报被退回：{number}" && n.GetProperty("emailStatus").GetString() == "sent");
            await Task.Delay(sent ? 0 : 100, Ct);
        }

        Assert.True(sent, "the returned application's notification is not marked sent");

        await applicant.PutAsJsonAsync($"/api/v1/labels/applications/{id}/assessment", GreenBuild.Labels.Demo.DemoAssessments.TwoStar(), Json.Options, Ct);
        await applicant.PostAsync($"/api/v1/labels/applications/{id}/submit", null, Ct);
        await city.PostJsonAsync($"/api/v1/labels/applications/{id}/formal-review", new { complete = true });
        var panel = await DrawAsync(await app.SignedInAs(Roles.ProvinceOfficer), id);
        foreach (var member in panel.GetProperty("members").EnumerateArray())
        {
            var email = EmailOf(member.GetProperty("expertCode").GetString()!);
            var assigned = await app.MailAsync(m => Subject(m) == $"评审任务：{number}" && m.ToAddresses[0].Address == email);
            Assert.Contains($"/labels/reviews/{member.GetProperty("id").GetString()}", Body(assigned), StringComparison.Ordinal);
        }
    }
}

public sealed class LabelMailTestsOnSqlite(SqliteMailApp app) : LabelMailTests(app), IClassFixture<SqliteMailApp>;

public sealed class LabelMailTestsOnPostgres(PostgresMailApp app) : LabelMailTests(app), IClassFixture<PostgresMailApp>;
