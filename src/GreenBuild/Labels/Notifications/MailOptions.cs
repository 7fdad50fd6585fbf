namespace GreenBuild.Labels.Notifications;

/// <summary>
/// The SMTP server notifications are e-mailed through (section <c>Labels:Mail</c>). No host: mail is off and
/// notifications are in-app only. The password comes from the environment (<c>Labels__Mail__Password</c>) or user secrets.
/// </summary>
public sealed class MailOptions
{
    public const string Section = "Labels:Mail";

    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    /// <summary>None, Auto, SslOnConnect, StartTls, StartTlsWhenAvailable (MailKit's SecureSocketOptions).</summary>
    public string Security { get; set; } = "StartTlsWhenAvailable";

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "noreply@greenbuild.local";

    public string FromName { get; set; } = "山西省绿色建筑标识管理";

    /// <summary>The portal's address, so links in mails are absolute (e.g. https://greenbuild.example.cn).</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>How often the outbox looks for unsent mail.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);

    public bool IsValid() => Port is > 0 and < 65536 && PollInterval > TimeSpan.Zero
        && Enum.TryParse<MailKit.Security.SecureSocketOptions>(Security, out _) && From.Contains('@', StringComparison.Ordinal);
}
