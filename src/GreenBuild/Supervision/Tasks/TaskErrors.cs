using GreenBuild.Platform.Accounts;

namespace GreenBuild.Supervision.Tasks;

/// <summary>Shorthands for the module's errors: code "supervision.x", message key "supervision.error.x".</summary>
internal static class TaskErrors
{
    public static PlatformError Error(string code, string field, params object[] arguments) =>
        new("supervision." + code, field, "supervision.error." + code, arguments);

    public static Outcome<T> Fail<T>(string code, string field, params object[] arguments) => Outcome<T>.Fail(Error(code, field, arguments));
}
