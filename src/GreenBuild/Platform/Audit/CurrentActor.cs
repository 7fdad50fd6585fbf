using System.Security.Claims;
using GreenBuild.Platform.Accounts;

namespace GreenBuild.Platform.Audit;

/// <summary>Who is making the current change, for the audit trail.</summary>
public interface ICurrentActor
{
    string Id { get; }

    string Name { get; }
}

/// <summary>The signed-in user or API key of the current request; <c>system</c> outside a request.</summary>
internal sealed class HttpCurrentActor(IHttpContextAccessor http) : ICurrentActor
{
    public string Id => User?.FindFirstValue(ClaimTypes.NameIdentifier) is { } id
        ? (User.FindFirstValue(PlatformClaims.ApiKeyPrefix) is { } prefix ? $"apikey:{prefix}" : id)
        : "system";

    public string Name => User?.Identity?.IsAuthenticated == true
        ? User.FindFirstValue(PlatformClaims.DisplayName) ?? User.Identity.Name ?? "?"
        : "system";

    private ClaimsPrincipal? User => http.HttpContext?.User;
}

/// <summary>The actor of a process without an HTTP user: the CLI names the operating-system user.</summary>
public sealed class FixedActor(string id, string name) : ICurrentActor
{
    public string Id { get; } = id;

    public string Name { get; } = name;
}
