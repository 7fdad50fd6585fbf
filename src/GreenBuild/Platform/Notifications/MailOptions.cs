namespace GreenBuild.Platform.Notifications;

/// <summary>
/// The SMTP server notifications are e-mailed through (section <c>Mail</c>; the labels module's earlier section
/// <c>Labels:Mail</c> is read when <c>Mail</c> names no host). No host: mail is off and notifications are in-app only.
/// The password comes from the environment (<c>Mail__Password</c>) or user secrets, never from a file in the repository.
/// </summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public const string LegacySection = "Labels:Mail";

    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    /// <summary>None, Auto, SslOnConnect, StartTls, StartTlsWhenAvailable (MailKit's SecureSocketOptions).</summary>
    public string Security { get; set; } = "StartTlsWhenAvailable";

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "noreply@greenbuild.local";

    public string FromName { get; set; } = "山西省建筑节能与绿色建筑信息平台";

    /// <summary>The portal's address, so links in mails are absolute (e.g. https://greenbuild.example.cn).</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>How often the outbox looks for unsent mail (it is also woken when a notification is added).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The wait before the first retry of a failed send; it doubles with each further attempt.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);

    public bool IsValid() => Port is > 0 and < 65536 && PollInterval > TimeSpan.Zero && RetryDelay > TimeSpan.Zero
        && Enum.TryParse<MailKit.Security.SecureSocketOptions>(Security, out _) && From.Contains('@', StringComparison.Ordinal);
}
