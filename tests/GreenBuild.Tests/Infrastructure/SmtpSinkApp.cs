using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using netDumbster.smtp;

namespace GreenBuild.Tests.Infrastructure;

/// <summary>
/// GreenBuild with its notifications e-mailed to a local SMTP sink (netDumbster) on a free port, the outbox polling
/// every 200 ms and retrying after a minute of the fake clock. The sink can be stopped and started again on the same
/// port, to see a failed send kept and retried.
/// </summary>
public abstract class SmtpSinkApp : GreenBuildApp
{
    protected SmtpSinkApp()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Smtp = SimpleSmtpServer.Start(Port);
    }

    public int Port { get; }

    public SimpleSmtpServer Smtp { get; private set; }

    /// <summary>The configuration section of the mail settings (the platform's <c>Mail</c>, or the earlier <c>Labels:Mail</c>).</summary>
    protected virtual string MailSection => "Mail";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting($"{MailSection}:Host", "127.0.0.1");
        builder.UseSetting($"{MailSection}:Port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting($"{MailSection}:Security", "None");
        builder.UseSetting($"{MailSection}:From", "greenbuild@greenbuild.test");
        builder.UseSetting($"{MailSection}:PublicBaseUrl", "https://greenbuild.test");
        builder.UseSetting($"{MailSection}:PollInterval", "00:00:00.200");
        builder.UseSetting($"{MailSection}:RetryDelay", "00:01:00");
    }

    /// <summary>The SMTP server goes away: connections are refused.</summary>
    public void StopSink() => Smtp.Stop();

    /// <summary>A fresh sink on the same port (what it received before is gone).</summary>
    public void StartSink()
    {
        Smtp.Dispose();
        Smtp = SimpleSmtpServer.Start(Port);
    }

    /// <summary>The first received message that matches, waiting up to 30 s (the outbox sends after the commit).</summary>
    public async Task<SmtpMessage> MailAsync(Func<SmtpMessage, bool> match)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (Smtp.ReceivedEmail.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException("No such mail within 30 s; received: " + string.Join(" | ", Smtp.ReceivedEmail.Select(Subject)));
    }

    /// <summary>The message as the sink received it, parsed by MimeKit (MailKit encodes Chinese subjects per RFC 2047).</summary>
    public static MimeKit.MimeMessage Parse(SmtpMessage message) => MimeKit.MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(message.Data)));

    public static string Subject(SmtpMessage message) => Parse(message).Subject ?? "";

    public static string Body(SmtpMessage message) => Parse(message).TextBody ?? "";

    public static string To(SmtpMessage message) => message.ToAddresses[0].Address;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Smtp.Stop();
        Smtp.Dispose();
        GC.SuppressFinalize(this);
    }
}
