using GreenBuild.Platform.Accounts;

namespace GreenBuild.Labels;

/// <summary>Errors of the label workflow: code <c>labels.x</c>, message key <c>labels.error.x</c> in Resources/labels.*.json.</summary>
internal static class LabelErrors
{
    public static PlatformError Of(string code, string field, params object[] args) => new("labels." + code, field, "labels.error." + code, args);

    public static Outcome<T> Fail<T>(string code, string field, params object[] args) => Outcome<T>.Fail(Of(code, field, args));

    public static Outcome<T> NotFound<T>(string what = "application") => Fail<T>("notfound", what);
}
