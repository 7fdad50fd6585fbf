using System.Globalization;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Accounts.Api;
using GreenBuild.Platform.Audit;
using GreenBuild.Platform.Audit.Api;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Demo;
using GreenBuild.Platform.Localization;
using GreenBuild.Platform.Notifications;
using GreenBuild.Platform.Places;
using GreenBuild.Platform.Places.Api;
using GreenBuild.Platform.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Platform;

/// <summary>
/// The platform every module stands on: database, places, accounts and roles, API keys, audit trail,
/// localization, the API's conventions and the UI shell.
/// </summary>
public static class PlatformModule
{
    public static readonly CultureInfo[] Cultures = [new("zh-CN"), new("en")];

    /// <summary>
    /// What every host of GreenBuild needs, the web application and the lean host of a CLI command alike: the
    /// database (with the audit interceptor), the clock and the UI texts.
    /// </summary>
    public static IServiceCollection AddPlatformCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddGreenBuildDatabase(configuration);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IStringLocalizerFactory, JsonStringLocalizerFactory>();
        services.AddLocalization();
        services.AddSingleton<IStringLocalizerFactory, JsonStringLocalizerFactory>();
        return services;
    }

    public static WebApplicationBuilder AddPlatform(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddPlatformCore(builder.Configuration);
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentActor, HttpCurrentActor>();

        services.AddIdentity<GreenBuildUser, GreenBuildRole>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = true; // "confirmed" = not disabled, see EnabledAccountConfirmation
            })
            .AddEntityFrameworkStores<GreenBuildDb>()
            .AddClaimsPrincipalFactory<GreenBuildClaimsFactory>()
            .AddDefaultTokenProviders();
        services.AddScoped<IUserConfirmation<GreenBuildUser>, EnabledAccountConfirmation>();
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "greenbuild.auth";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.HttpOnly = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.LoginPath = "/account/sign-in";
            o.LogoutPath = "/account/sign-out";
            o.AccessDeniedPath = "/account/denied";
            o.Events.OnRedirectToLogin = ctx => ApiAware(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiAware(ctx, StatusCodes.Status403Forbidden);
        });
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorization(Policies.Configure);
        services.AddSingleton<IAuthorizationHandler, ApiKeyScopeHandler>();
        services.AddSingleton<IAuthorizationHandler, OwnCityHandler>();
        services.AddSingleton<IAuthorizationHandler, OwnOrganizationHandler>();
        services.AddAntiforgery(o => o.Cookie.Name = "greenbuild.csrf");

        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("zh-CN");
            o.SupportedCultures = o.SupportedUICultures = Cultures;
            // Chinese first: the browser's language does not switch the UI, the user's choice (cookie) does.
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });

        // Chinese text is written as itself, not as &#x...; entities (still HTML-encoded where it must be).
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.AddProblemDetails(o => o.CustomizeProblemDetails = Problems.Customize);
        services.AddExceptionHandler(o => o.StatusCodeSelector = ex => ex is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError);
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "GreenBuild API";
            doc.Info.Description = "山西省建筑节能、绿色建筑与科技标准信息平台 — REST API. Authenticate with the sign-in cookie or an API key (X-Api-Key: gb_…).";
            doc.Info.Version = "v1";
            doc.Servers = []; // the deployment's own address (behind a reverse proxy), not the address of the request
            return Task.CompletedTask;
        }).AddGreenBuildSecurity());
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownIPNetworks.Clear();
            o.KnownProxies.Clear();
            foreach (var proxy in builder.Configuration.GetSection("GreenBuild:TrustedProxies").Get<string[]>() ?? ["127.0.0.1", "::1"])
            {
                o.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }
        });
        // Pages are closed by default: a public page says [AllowAnonymous], a restricted one names its policy.
        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/";
            o.Conventions.AuthorizeFolder("/");
        });
        // Notifications (in-app, and e-mail through the outbox) for every module; "Labels:Mail" is the earlier section name.
        var mail = builder.Configuration.GetSection(MailOptions.Section);
        services.AddOptions<MailOptions>().Bind(string.IsNullOrWhiteSpace(mail["Host"]) ? builder.Configuration.GetSection(MailOptions.LegacySection) : mail)
            .Validate(o => o.IsValid(), "Mail: port, security, poll interval, retry delay or sender invalid").ValidateOnStart();
        services.AddSingleton<MailOutbox>();
        services.AddHostedService(sp => sp.GetRequiredService<MailOutbox>());
        services.AddScoped<Notifier>();
        services.AddSingleton<Navigation>();
        services.AddSingleton(new NavigationItem("platform", "nav.places", "/places", null, 800));
        services.AddSingleton(new NavigationItem("admin", "nav.admin.users", "/admin/users", Policies.ProvinceAdmin, 900));
        services.AddSingleton(new NavigationItem("admin", "nav.admin.organizations", "/admin/organizations", Policies.ProvinceAdmin, 910));
        services.AddSingleton(new NavigationItem("admin", "nav.admin.apikeys", "/admin/api-keys", Policies.ProvinceAdmin, 920));
        services.AddSingleton(new NavigationItem("admin", "nav.admin.audit", "/admin/audit", Policies.ProvinceAdmin, 930));

        services.AddScoped<InitializeDatabase>();
        services.AddScoped<LoadPlaces>();
        services.AddScoped<AddUser>();
        services.AddScoped<DisableUser>();
        services.AddScoped<AddOrganization>();
        services.AddScoped<ManageApiKeys>();
        services.AddScoped<SearchAuditLog>();
        services.AddScoped<VerifyAuditChain>();
        services.AddScoped<SeedPlatformDemo>();
        services.AddScoped<IDemoSeeder>(sp => sp.GetRequiredService<SeedPlatformDemo>());
        return builder;
    }

    public static WebApplication UsePlatform(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseExceptionHandler();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        app.UseRequestLocalization();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRequestSizeLimit(app.Configuration.GetValue("Kestrel:Limits:MaxRequestBodySize", RequestSizeLimit.DefaultBytes));
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapPlatform(this WebApplication app, RouteGroupBuilder api)
    {
        api.MapPlacesApi().MapAccountsApi().MapAuditApi().MapNotificationsApi();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.UseSwaggerUI(o =>
        {
            o.RoutePrefix = "api-docs";
            o.SwaggerEndpoint("/openapi/v1.json", "GreenBuild API v1");
            o.DocumentTitle = "GreenBuild API";
        });
        app.MapHealthChecks("/healthz").AllowAnonymous();
        app.MapGet("/culture/{culture}", (string culture, string? returnUrl, HttpContext http) =>
            {
                var chosen = Cultures.FirstOrDefault(c => c.Name.Equals(culture, StringComparison.OrdinalIgnoreCase)) ?? Cultures[0];
                http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                    new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
                var target = returnUrl is { Length: > 0 } && Uri.IsWellFormedUriString(returnUrl, UriKind.Relative) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
                    ? returnUrl : "/";
                return TypedResults.LocalRedirect(target);
            })
            .AllowAnonymous().ExcludeFromDescription();
        app.MapRazorPages();
        return app;
    }

    private static Task ApiAware(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
