using GreenBuild.Labels.Model;
using GreenBuild.Platform.Database;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace GreenBuild.Labels.Notifications;

/// <summary>
/// 邮件发送 — a background service that e-mails saved notifications through the configured SMTP server, one
/// connection per batch; a failure is kept on the notification (status <c>failed</c> with the error) and retried at
/// the next round, up to three rounds. Mail off: nothing is sent and notifications stay in-app.
/// </summary>
public sealed class MailOutbox(IServiceScopeFactory scopes, IOptions<MailOptions> options, TimeProvider clock, ILogger<MailOutbox> logger) : BackgroundService
{
    private readonly SemaphoreSlim signal = new(0);

    public bool Enabled => options.Value.Enabled;

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public void Signal()
    {
        if (Enabled && signal.CurrentCount == 0)
        {
            signal.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
                // Let the transaction that signalled commit first.
                await Task.Delay(TimeSpan.FromMilliseconds(200), stoppingToken);
                await SendPendingAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "Label mail outbox round failed");
            }
        }
    }

    /// <summary>Sends what is pending; returns how many were sent.</summary>
    public async Task<int> SendPendingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GreenBuildDb>();
        var pending = await db.Set<LabelNotification>().Where(n => n.EmailStatus == "pending" || n.EmailStatus == "failed" || n.EmailStatus == "retry")
            .OrderBy(n => n.CreatedAtUtc).Take(100).ToListAsync(cancellationToken);
        if (pending.Count == 0)
        {
            return 0;
        }

        var settings = options.Value;
        var sent = 0;
        using var client = new SmtpClient();
        try
        {
            await client.ConnectAsync(settings.Host!, settings.Port, Enum.Parse<SecureSocketOptions>(settings.Security), cancellationToken);
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
            }

            foreach (var notification in pending)
            {
                try
                {
                    await client.SendAsync(Message(notification, settings), cancellationToken);
                    (notification.EmailStatus, notification.EmailError) = ("sent", null);
                    sent++;
                }
                catch (Exception exception) when (exception is SmtpCommandException or SmtpProtocolException or ParseException)
                {
                    Fail(notification, exception);
                }
            }

            await client.DisconnectAsync(true, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or System.Net.Sockets.SocketException or SmtpProtocolException or AuthenticationException or SslHandshakeException)
        {
            logger.LogWarning(exception, "SMTP server {Host}:{Port} not reachable", settings.Host, settings.Port);
            foreach (var notification in pending.Where(n => n.EmailStatus != "sent"))
            {
                Fail(notification, exception);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return sent;
    }

    private static void Fail(LabelNotification notification, Exception exception)
    {
        // pending → failed → retry → given up ("error"), so a broken address does not loop forever.
        notification.EmailStatus = notification.EmailStatus switch { "pending" => "failed", "failed" => "retry", _ => "error" };
        notification.EmailError = exception.Message.Length > 1000 ? exception.Message[..1000] : exception.Message;
    }

    private static MimeMessage Message(LabelNotification notification, MailOptions settings)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName, settings.From));
        message.To.Add(MailboxAddress.Parse(notification.Email!));
        message.Subject = notification.Subject;
        var link = notification.Link is null ? "" : $"\n\n{(settings.PublicBaseUrl ?? "").TrimEnd('/')}{notification.Link}";
        message.Body = new TextPart("plain") { Text = notification.Body + link };
        return message;
    }
}
