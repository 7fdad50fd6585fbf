namespace GreenBuild.Platform.Web;

/// <summary>
/// Refuses a request whose declared body is larger than <c>GreenBuild:MaxRequestBodyBytes</c> before reading
/// it, with a 413 problem. Kestrel's own limit (same value) covers bodies without a Content-Length.
/// Endpoints that take large files (imports) raise their own limit explicitly.
/// </summary>
internal static class RequestSizeLimit
{
    public const long DefaultBytes = 16 * 1024 * 1024;

    public static IApplicationBuilder UseRequestSizeLimit(this IApplicationBuilder app, long limit) => app.Use(async (context, next) =>
    {
        var endpointLimit = context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IRequestSizeLimitMetadata>()?.MaxRequestBodySize;
        if (context.Request.ContentLength > (endpointLimit ?? limit))
        {
            var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = { Status = StatusCodes.Status413PayloadTooLarge } });
            return;
        }

        await next(context);
    });
}
