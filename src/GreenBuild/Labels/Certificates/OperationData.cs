using System.Globalization;
using GreenBuild.Energy.Contracts;
using GreenBuild.Labels.Model;
using GreenBuild.Platform.Localization;

namespace GreenBuild.Labels.Certificates;

/// <summary>
/// 运行数据 — a certified building's real operation from energy monitoring (through <see cref="IEnergyMonitoring"/>): the
/// annual figures shown with the certificate, and the citation a re-check keeps (the figures as they were when the
/// province recorded it, with their year, roll-up and reference sources).
/// </summary>
public sealed class OperationData(IEnergyMonitoring energy)
{
    public async Task<AnnualEnergyFigures?> ForAsync(Certificate certificate, int? year, CancellationToken cancellationToken = default) =>
        certificate.MonitoringBuildingCode is { } code ? await energy.AnnualFiguresAsync(code, year, cancellationToken) : null;

    /// <summary>The figures as one readable line in Chinese (texts <c>labels.operation.*</c>), kept with a re-check.</summary>
    public static string Citation(AnnualEnergyFigures figures)
    {
        var table = JsonStringLocalizer.TableFor(JsonStringLocalizer.DefaultCulture);
        string Text(string key, params object?[] args) => string.Format(CultureInfo.InvariantCulture, table.GetValueOrDefault("labels.operation." + key, key), args);
        static string N(decimal value) => value.ToString("#,##0.##", CultureInfo.InvariantCulture);
        var parts = new List<string>
        {
            Text("citation", figures.Building.Code, figures.Building.Name, figures.Year),
            figures.HasData ? string.Join("；", figures.Carriers.Select(c => $"{c.NameZh} {N(c.Amount)} {c.Unit}")) : Text("noData"),
            Text("eui", N(figures.EuiKwhPerM2), N(figures.EuiKgcePerM2)),
        };
        if (figures.Constraint is { } constraint && figures.Guide is { } guide)
        {
            parts.Add(Text("band", N(constraint), N(guide), table.GetValueOrDefault("labels.operation.band." + figures.Band, "")));
        }

        if (figures.QuotaKwhPerM2 is { } quota)
        {
            parts.Add(Text("quota", N(quota), N(figures.PercentOfQuota ?? 0)));
        }

        parts.Add(figures.Surcharge.Computed
            ? Text(figures.Surcharge.Exceeded ? "surcharge" : "withinQuota", N(figures.Surcharge.ExcessEnergyKwh), N(figures.Surcharge.Surcharge))
            : Text("noQuota"));
        parts.Add(Text("sources", figures.Sources));
        var text = string.Join("；", parts);
        return text.Length > 2000 ? text[..2000] : text;
    }
}
