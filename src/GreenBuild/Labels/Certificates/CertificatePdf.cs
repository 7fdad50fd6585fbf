using System.Globalization;
using GreenBuild.Labels.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Localization;
using GreenBuild.Platform.Web;
using Microsoft.Extensions.Options;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace GreenBuild.Labels.Certificates;

/// <summary>
/// 证书 PDF — the printable certificate (A4 landscape): project, applicant, level, number, date of issue, and the
/// verification code with the public page that checks it. A revoked or downgraded certificate prints its status.
/// </summary>
public sealed class CertificatePdf(IOptions<LabelsOptions> options)
{
    public Outcome<byte[]> Render(Certificate certificate, string verifyUrl)
    {
        if (!CertificateFont.TryInstall(options.Value.CertificateFont, out _))
        {
            return LabelErrors.Fail<byte[]>("pdf.font", "font", string.Join("、", CertificateFont.KnownPaths));
        }

        using var document = new PdfDocument();
        document.Info.Title = T("labels.pdf.title") + " " + certificate.Number;
        document.Info.Author = T("labels.pdf.issuer");
        var page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        page.Orientation = PdfSharp.PageOrientation.Landscape;
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            Draw(gfx, page.Width.Point, page.Height.Point, certificate, verifyUrl);
        }

        using var stream = new MemoryStream();
        document.Save(stream, false);
        return Outcome<byte[]>.Ok(stream.ToArray());
    }

    private static void Draw(XGraphics gfx, double width, double height, Certificate c, string verifyUrl)
    {
        var green = new XColor { R = 0x1b, G = 0x5e, B = 0x20, A = 1 };
        gfx.DrawRectangle(new XPen(green, 6), 24, 24, width - 48, height - 48);
        gfx.DrawRectangle(new XPen(green, 1), 36, 36, width - 72, height - 72);
        XFont Font(double size, bool bold = false) => new(CertificateFont.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
        var brush = new XSolidBrush(green);
        gfx.DrawString(T("labels.pdf.title"), Font(34, true), brush, new XRect(0, 70, width, 50), XStringFormats.Center);
        gfx.DrawString(Stars(c.Level), Font(26), brush, new XRect(0, 125, width, 40), XStringFormats.Center);
        var lines = new (string Label, string Value)[]
        {
            (T("labels.pdf.number"), c.Number),
            (T("labels.pdf.project"), c.ProjectName),
            (T("labels.pdf.projectCode"), c.ProjectCode),
            (T("labels.pdf.organization"), c.OrganizationName),
            (T("labels.pdf.area"), c.FloorArea.ToString("#,##0.##", CultureInfo.InvariantCulture) + " m²"),
            (T("labels.pdf.level"), T("labels.level." + c.Level) + (c.Level != c.CertifiedLevel ? T("labels.pdf.downgraded").Replace("{0}", T("labels.level." + c.CertifiedLevel), StringComparison.Ordinal) : "")),
            (T("labels.pdf.standard"), T("labels.pdf.standardName")),
            (T("labels.pdf.issued"), Formats.Local(c.IssuedAtUtc)[..10]),
        };
        var y = 190.0;
        foreach (var (label, value) in lines)
        {
            gfx.DrawString(label + T("labels.pdf.colon"), Font(15, true), XBrushes.Black, new XRect(140, y, 120, 24), XStringFormats.CenterLeft);
            gfx.DrawString(value, Font(15), XBrushes.Black, new XRect(260, y, width - 400, 24), XStringFormats.CenterLeft);
            y += 30;
        }

        if (c.Status == CertificateStatus.Revoked)
        {
            gfx.DrawString(T("labels.pdf.revoked") + c.StatusReason, Font(16, true), XBrushes.DarkRed, new XRect(0, y + 4, width, 26), XStringFormats.Center);
        }

        gfx.DrawString(T("labels.pdf.issuer"), Font(16, true), XBrushes.Black, new XRect(width - 380, height - 150, 300, 24), XStringFormats.Center);
        gfx.DrawString(T("labels.pdf.code") + c.VerificationCode, Font(13), XBrushes.Black, new XRect(80, height - 110, width - 160, 20), XStringFormats.CenterLeft);
        gfx.DrawString(T("labels.pdf.verify") + verifyUrl, Font(11), XBrushes.Black, new XRect(80, height - 88, width - 160, 20), XStringFormats.CenterLeft);
    }

    private static string T(string key) => JsonStringLocalizer.TableFor(JsonStringLocalizer.DefaultCulture).GetValueOrDefault(key, key);

    private static string Stars(Standards.GreenRating.GreenLevel level) => new('★', Numbering.Stars(level));

}
