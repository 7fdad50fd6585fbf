using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace GreenBuild.Platform.Web;

/// <summary>
/// Describes how to authenticate in the OpenAPI document: the sign-in cookie or an API key, required by
/// every operation that is not anonymous; anonymous operations say so with an empty requirement.
/// </summary>
internal static class OpenApiSecurity
{
    private const string Cookie = "cookie";
    private const string ApiKey = "apiKey";

    public static OpenApiOptions AddGreenBuildSecurity(this OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[Cookie] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Cookie, Name = "greenbuild.auth",
                Description = "The session cookie set by /account/sign-in.",
            };
            document.Components.SecuritySchemes[ApiKey] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Header, Name = "X-Api-Key",
                Description = "A key created by an administrator (gb_…), limited to its scopes.",
            };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            var anonymous = metadata.OfType<IAllowAnonymous>().Any() || !metadata.OfType<IAuthorizeData>().Any();
            operation.Security = anonymous
                ? []
                :
                [
                    new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Cookie, context.Document)] = [] },
                    new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKey, context.Document)] = [] },
                ];
            return Task.CompletedTask;
        });
        return options;
    }
}
