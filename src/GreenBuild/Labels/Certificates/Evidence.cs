using System.Globalization;
using GreenBuild.Labels.Model;
using GreenBuild.Platform.Localization;

namespace GreenBuild.Labels.Certificates;

/// <summary>What the registry's green level rests on, as the labels module tells it (in Chinese, at most 200 characters).</summary>
internal static class Evidence
{
    public static string Certified(Certificate certificate) => Text("labels.registry.certified", certificate.Number);

    public static string Downgraded(Certificate certificate, string reason) => Text("labels.registry.downgraded", certificate.Number, reason);

    public static string Revoked(Certificate certificate, string reason) => Text("labels.registry.revoked", certificate.Number, reason);

    private static string Text(string key, params object[] args)
    {
        var text = string.Format(CultureInfo.InvariantCulture, JsonStringLocalizer.TableFor(JsonStringLocalizer.DefaultCulture).GetValueOrDefault(key, key), args);
        return text.Length <= 200 ? text : text[..199] + "…";
    }
}
