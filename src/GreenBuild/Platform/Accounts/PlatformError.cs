namespace GreenBuild.Platform.Accounts;

/// <summary>
/// A validation or business error with a stable code, the field it concerns and a message key in the
/// resource files; endpoints turn it into a ProblemDetails, the CLI into a message and exit code 1.
/// </summary>
public sealed record PlatformError(string Code, string Field, string MessageKey, params object[] Arguments);

/// <summary>The outcome of a use case: a value, or the errors that prevented it.</summary>
public sealed record Outcome<T>(T? Value, IReadOnlyList<PlatformError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static Outcome<T> Ok(T value) => new(value, []);

    public static Outcome<T> Fail(params PlatformError[] errors) => new(default, errors);
}
