using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using GreenBuild.Platform.Database;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GreenBuild.Platform.Accounts;

/// <summary>
/// Authenticates machine clients by <c>X-Api-Key: gb_…</c> or <c>Authorization: Bearer gb_…</c>. The key
/// acts as its owner (roles, city, organization) but only within its scopes.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    GreenBuildDb db, UserManager<GreenBuildUser> users, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = Request.Headers["X-Api-Key"].FirstOrDefault();
        var authorization = Request.Headers.Authorization.FirstOrDefault();
        if (token is null && authorization?.StartsWith("Bearer gb_", StringComparison.Ordinal) == true)
        {
            token = authorization["Bearer ".Length..];
        }

        if (string.IsNullOrEmpty(token))
        {
            return AuthenticateResult.NoResult();
        }

        if (!ApiKeyToken.TryParse(token, out var prefix))
        {
            return AuthenticateResult.Fail("API 密钥格式不正确。");
        }

        var key = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Prefix == prefix, Context.RequestAborted);
        var now = clock.GetUtcNow().UtcDateTime;
        if (key is null || !ApiKeyToken.Matches(token, key.SecretHash) || !key.IsActiveAt(now))
        {
            return AuthenticateResult.Fail("API 密钥无效、已过期或已吊销。");
        }

        var owner = await users.FindByIdAsync(key.OwnerUserId);
        if (owner is null || owner.IsDisabled)
        {
            return AuthenticateResult.Fail("API 密钥所属账号已停用。");
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, owner.Id),
            new(ClaimTypes.Name, owner.UserName ?? owner.Id),
            new(PlatformClaims.ApiKeyPrefix, key.Prefix),
        };
        claims.AddRange(PrincipalClaims.For(owner));
        claims.AddRange((await users.GetRolesAsync(owner)).Select(r => new Claim(ClaimTypes.Role, r)));
        claims.AddRange(key.ScopeList.Select(s => new Claim(PlatformClaims.Scope, s)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    /// <summary>Only the API answers a missing key with 401; pages leave the challenge to the sign-in redirect.</summary>
    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (Request.Path.StartsWithSegments("/api"))
        {
            Response.StatusCode = StatusCodes.Status401Unauthorized;
        }

        return Task.CompletedTask;
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        if (Request.Path.StartsWithSegments("/api"))
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
        }

        return Task.CompletedTask;
    }
}

/// <summary>The token format <c>gb_&lt;prefix&gt;_&lt;secret&gt;</c> and its hash.</summary>
internal static class ApiKeyToken
{
    public static (string Token, string Prefix, string Hash) Create()
    {
        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var secret = System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var token = $"gb_{prefix}_{secret}";
        return (token, prefix, HashOf(token));
    }

    public static bool TryParse(string token, out string prefix)
    {
        prefix = "";
        var parts = token.Split('_', 3);
        if (parts.Length != 3 || parts[0] != "gb" || parts[1].Length != 12 || parts[2].Length < 20 || token.Length > 200)
        {
            return false;
        }

        prefix = parts[1];
        return true;
    }

    public static bool Matches(string token, string hash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(HashOf(token)), Encoding.ASCII.GetBytes(hash));

    public static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
