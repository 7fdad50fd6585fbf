using Microsoft.AspNetCore.Authorization;

namespace GreenBuild.Platform.Accounts;

/// <summary>Marks an endpoint with the API-key scope a machine client needs to call it.</summary>
public sealed record ApiScopeAttribute(string Scope);

/// <summary>
/// API keys reach only what their scopes allow: an endpoint marked with <see cref="ApiScopeAttribute"/>
/// needs that scope; any other endpoint needs <c>read</c> and only for GET. Cookie users pass.
/// </summary>
internal sealed class ApiKeyScopeRequirement : IAuthorizationRequirement;

internal sealed class ApiKeyScopeHandler : AuthorizationHandler<ApiKeyScopeRequirement>
{
    public const string ReadScope = "read";

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ApiKeyScopeRequirement requirement)
    {
        if (!context.User.HasClaim(c => c.Type == PlatformClaims.ApiKeyPrefix))
        {
            context.Succeed(requirement);
            return Task.CompletedTask;
        }

        if (context.Resource is not HttpContext http)
        {
            // A record-level check (OwnCity…) after the endpoint's own check has already applied the scope.
            context.Succeed(requirement);
            return Task.CompletedTask;
        }

        var needed = http.GetEndpoint()?.Metadata.GetMetadata<ApiScopeAttribute>()?.Scope;
        var isRead = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method);
        var ok = needed is not null
            ? context.User.HasClaim(PlatformClaims.Scope, needed)
            : isRead && context.User.HasClaim(PlatformClaims.Scope, ReadScope);
        if (ok)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

internal sealed class OwnCityRequirement : IAuthorizationRequirement;

internal sealed class OwnCityHandler : AuthorizationHandler<OwnCityRequirement, ICityScoped>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OwnCityRequirement requirement, ICityScoped resource)
    {
        if (DataScope.Of(context.User).CanSeeCity(resource.CityCode))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

internal sealed class OwnOrganizationRequirement : IAuthorizationRequirement;

internal sealed class OwnOrganizationHandler : AuthorizationHandler<OwnOrganizationRequirement, IOrganizationScoped>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OwnOrganizationRequirement requirement, IOrganizationScoped resource)
    {
        if (DataScope.Of(context.User).CanSeeOrganization(resource.OrganizationId))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
