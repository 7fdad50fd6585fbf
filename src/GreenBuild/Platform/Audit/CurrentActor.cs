using System.Security.Claims;
using GreenBuild.Platform.Accounts;

namespace GreenBuild.Platform.Audit;

/// <summary>Who is making the current change, for the audit trail.</summary>
public interface ICurrentActor
{
    string Id { get; }

    string Name { get; }
}

/// <summary>
/// Work done on someone's behalf outside their request (a queued import) is audited as theirs: the job runs inside
/// <c>using (ActingAs.Use(actor))</c>, which flows with its async calls.
/// </summary>
public static class ActingAs
{
    private static readonly AsyncLocal<ICurrentActor?> Current = new();

    public static ICurrentActor? Actor => Current.Value;

    public static IDisposable Use(ICurrentActor actor)
    {
        var previous = Current.Value;
        Current.Value = actor;
        return new Restore(previous);
    }

    private sealed class Restore(ICurrentActor? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}

/// <summary>The signed-in user or API key of the current request (or <see cref="ActingAs"/>); <c>system</c> outside a request.</summary>
internal sealed class HttpCurrentActor(IHttpContextAccessor http) : ICurrentActor
{
    public string Id => ActingAs.Actor?.Id ?? (User?.FindFirstValue(ClaimTypes.NameIdentifier) is { } id
        ? (User.FindFirstValue(PlatformClaims.ApiKeyPrefix) is { } prefix ? $"apikey:{prefix}" : id)
        : "system");

    public string Name => ActingAs.Actor?.Name ?? (User?.Identity?.IsAuthenticated == true
        ? User.FindFirstValue(PlatformClaims.DisplayName) ?? User.Identity.Name ?? "?"
        : "system");

    private ClaimsPrincipal? User => http.HttpContext?.User;
}

/// <summary>The actor of a process without an HTTP user: the CLI names the operating-system user.</summary>
public sealed class FixedActor(string id, string name) : ICurrentActor
{
    public string Id { get; } = id;

    public string Name { get; } = name;
}
