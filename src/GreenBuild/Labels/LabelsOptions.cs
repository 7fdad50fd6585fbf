using GreenBuild.Labels.Model;

namespace GreenBuild.Labels;

/// <summary>
/// The label workflow's settings (configuration section <c>Labels</c>), validated at start. Defaults follow the
/// usual provincial practice and need no configuration on a first run.
/// </summary>
public sealed class LabelsOptions
{
    public const string Section = "Labels";

    /// <summary>公示期 in days (calendar days, Asia/Shanghai).</summary>
    public int NoticeDays { get; set; } = 7;

    /// <summary>Days the drawn experts have to score.</summary>
    public int ReviewDays { get; set; } = 14;

    /// <summary>Days an applicant has to resubmit a returned application.</summary>
    public int ResubmitDays { get; set; } = 30;

    /// <summary>Months from certification (and from each re-check) to the next re-check.</summary>
    public int RecheckMonths { get; set; } = 12;

    /// <summary>Largest evidence file accepted, in bytes (below the platform's request limit, GreenBuild:MaxRequestBodyBytes, 16 MiB by default).</summary>
    public long MaxFileBytes { get; set; } = 15 * 1024 * 1024;

    /// <summary>Experts drawn per specialty for every panel.</summary>
    public Dictionary<Specialty, int> Panel { get; set; } = [];

    /// <summary>TrueType font with Chinese glyphs for the certificate PDF; empty: the first one found of the usual Debian paths.</summary>
    public string? CertificateFont { get; set; }

    /// <summary>How often the re-check scheduler looks for certificates that are due.</summary>
    public TimeSpan SchedulerInterval { get; set; } = TimeSpan.FromHours(1);

    public static readonly IReadOnlyDictionary<Specialty, int> DefaultPanel = new Dictionary<Specialty, int>
    {
        [Specialty.Architecture] = 1, [Specialty.Structure] = 1, [Specialty.Hvac] = 1, [Specialty.Plumbing] = 1, [Specialty.Electrical] = 1,
    };

    public IReadOnlyDictionary<Specialty, int> PanelComposition => Panel.Count > 0 ? Panel : DefaultPanel;

    public bool IsValid() =>
        NoticeDays is >= 1 and <= 90 && ReviewDays is >= 1 and <= 180 && ResubmitDays is >= 1 and <= 365 && RecheckMonths is >= 1 and <= 120
        && MaxFileBytes is > 0 and <= 200 * 1024 * 1024 && PanelComposition.Values.All(c => c is >= 1 and <= 20)
        && PanelComposition.Keys.All(Enum.IsDefined) && SchedulerInterval > TimeSpan.Zero;
}
