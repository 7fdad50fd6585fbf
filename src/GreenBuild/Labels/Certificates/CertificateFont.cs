using PdfSharp.Fonts;

namespace GreenBuild.Labels.Certificates;

/// <summary>
/// The one font of certificate PDFs: a TrueType font with Chinese glyphs, from <see cref="LabelsOptions.CertificateFont"/>
/// or the first of the usual Debian paths (<c>fonts-droid-fallback</c>, which run.sh and test.sh install; WenQuanYi).
/// PDFsharp needs TrueType outlines, which the CFF-based Noto CJK collection does not have.
/// </summary>
internal sealed class CertificateFont : IFontResolver
{
    public const string Family = "GreenBuildCertificate";

    public static readonly IReadOnlyList<string> KnownPaths =
    [
        "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/truetype/arphic/uming.ttc",
    ];

    private static readonly Lock Gate = new();
    private static CertificateFont? installed;
    private readonly byte[] bytes;

    private CertificateFont(byte[] bytes) => this.bytes = bytes;

    /// <summary>Installs the resolver once per process; false when no usable font file exists.</summary>
    public static bool TryInstall(string? configured, out string? path)
    {
        lock (Gate)
        {
            path = configured is { Length: > 0 } ? (File.Exists(configured) ? configured : null) : KnownPaths.FirstOrDefault(File.Exists);
            if (installed is not null)
            {
                return true;
            }

            if (path is null)
            {
                return false;
            }

            installed = new CertificateFont(File.ReadAllBytes(path));
            GlobalFontSettings.FontResolver = installed;
            return true;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) => new(Family, isBold, false);

    public byte[]? GetFont(string faceName) => bytes;
}
