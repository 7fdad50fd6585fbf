using GreenBuild.Platform.Database;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace GreenBuild.Platform.Notifications;

/// <summary>
/// 邮件发件箱 — a background service that e-mails saved notifications through the configured SMTP server, one
/// connection per round. A failed send (server down, refused recipient) keeps the notification with its error as
/// <see cref="MailStatus.Failed"/> and tries it again after <see cref="MailOptions.RetryDelay"/>, doubling, up to
/// <see cref="MaxAttempts"/> attempts (then <see cref="MailStatus.Error"/>). The change a notification reports was saved
/// with it, so a mail failure never loses the change. Mail off: nothing is sent and notifications stay in-app.
/// </summary>
public sealed class MailOutbox(IServiceScopeFactory scopes, IOptions<MailOptions> options, TimeProvider clock, ILogger<MailOutbox> logger) : BackgroundService
{
    public const int MaxAttempts = 6;

    private readonly SemaphoreSlim signal = new(0);

    public bool Enabled => options.Value.Enabled;

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Wakes the outbox (a notification was added; it is sent once its transaction has committed).</summary>
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
                logger.LogError(exception, "Mail outbox round failed");
            }
        }
    }

    /// <summary>Sends what is due (pending, or failed and due for its retry); returns how many were sent.</summary>
    public async Task<int> SendPendingAsync(CancellationToken cancellationToken)
    {
        if (!Enabled)
        {
            return 0;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GreenBuildDb>();
        var now = Now;
        var due = await db.Set<Notification>()
            .Where(n => (n.EmailStatus == MailStatus.Pending || n.EmailStatus == MailStatus.Failed) && (n.NextAttemptAtUtc == null || n.NextAttemptAtUtc <= now))
            .OrderBy(n => n.CreatedAtUtc).ThenBy(n => n.Id).Take(100).ToListAsync(cancellationToken);
        if (due.Count == 0)
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

            foreach (var notification in due)
            {
                try
                {
                    await client.SendAsync(Message(notification, settings), cancellationToken);
                    (notification.EmailStatus, notification.EmailError, notification.SentAtUtc) = (MailStatus.Sent, null, Now);
                    notification.Attempts++;
                    sent++;
                }
                catch (Exception exception) when (exception is SmtpCommandException or SmtpProtocolException or ParseException)
                {
                    Fail(notification, exception, settings);
                }
            }

            await client.DisconnectAsync(true, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or System.Net.Sockets.SocketException or SmtpProtocolException or AuthenticationException or SslHandshakeException)
        {
            logger.LogWarning(exception, "SMTP server {Host}:{Port} not reachable", settings.Host, settings.Port);
            foreach (var notification in due.Where(n => n.EmailStatus != MailStatus.Sent))
            {
                Fail(notification, exception, settings);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return sent;
    }

    private void Fail(Notification notification, Exception exception, MailOptions settings)
    {
        notification.Attempts++;
        notification.EmailError = exception.Message.Length > 1000 ? exception.Message[..1000] : exception.Message;
        if (notification.Attempts >= MaxAttempts)
        {
            (notification.EmailStatus, notification.NextAttemptAtUtc) = (MailStatus.Error, null);
            return;
        }

        notification.EmailStatus = MailStatus.Failed;
        notification.NextAttemptAtUtc = Now + (settings.RetryDelay * Math.Pow(2, notification.Attempts - 1));
    }

    private static MimeMessage Message(Notification notification, MailOptions settings)
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
