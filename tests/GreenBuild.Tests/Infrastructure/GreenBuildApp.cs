using System.Net;
using System.Text.RegularExpressions;
using GreenBuild.Platform.Demo;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace GreenBuild.Tests.Infrastructure;

/// <summary>
/// The real GreenBuild application on a fresh database of one kind (one per test class), migrated and
/// loaded with the demo accounts exactly as on first start. Time comes from a <see cref="FakeTimeProvider"/>.
/// </summary>
public abstract class GreenBuildApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly Dictionary<string, CookieContainer> cookies = [];

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero));

    public abstract TestDatabase Database { get; }

    public string ConnectionString => Database.ConnectionString;

    public virtual async ValueTask InitializeAsync()
    {
        await Database.CreateAsync();
        _ = Services; // starts the host: Program migrates and seeds the demo data
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DropAsync();
        GC.SuppressFinalize(this);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:GreenBuild", ConnectionString);
        builder.UseSetting("GREENBUILD_DB", "");
        builder.UseSetting("Demo:SeedOnFirstStart", "true");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }

    /// <summary>A client that does not follow redirects and keeps no cookies (the public, or an API key holder).</summary>
    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    /// <summary>A client signed in through the real sign-in page as the demo account of <paramref name="role"/>.</summary>
    public async Task<HttpClient> SignedInAs(string role)
    {
        var email = DemoAccounts.EmailOf(role);
        return await SignedIn(email, SeedPlatformDemo.DemoPassword);
    }

    /// <summary>A client signed in with the given credentials (throws if the sign-in fails).</summary>
    public async Task<HttpClient> SignedIn(string email, string password)
    {
        var client = CookieClient(email, out var container);
        var response = await SignInAsync(client, email, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {email} failed: {(int)response.StatusCode}");
        }

        return client;
    }

    /// <summary>Posts the sign-in form with a valid anti-forgery token; returns the raw response.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password)
    {
        var token = await AntiforgeryToken(client, "/account/sign-in");
        return await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email, ["Password"] = password, ["__RequestVerificationToken"] = token,
        }));
    }

    /// <summary>Reads the anti-forgery token from a page's form.</summary>
    public static async Task<string> AntiforgeryToken(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        var match = Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        return match.Success ? match.Groups[1].Value : throw new InvalidOperationException($"No anti-forgery token on {path}");
    }

    public HttpClient CookieClient(string name, out CookieContainer container)
    {
        container = new CookieContainer();
        cookies[name] = container;
        var handler = new CookieContainerHandler(container);
        return CreateDefaultClient(new Uri("http://localhost"), handler);
    }

    private sealed class CookieContainerHandler(CookieContainer container) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var header = container.GetCookieHeader(request.RequestUri!);
            if (header.Length > 0)
            {
                request.Headers.Add("Cookie", header);
            }

            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
            {
                foreach (var cookie in setCookies)
                {
                    container.SetCookies(request.RequestUri!, cookie);
                }
            }

            return response;
        }
    }
}

/// <summary>GreenBuild on a fresh SQLite file.</summary>
public sealed class SqliteApp : GreenBuildApp
{
    public override TestDatabase Database { get; } = TestDatabase.Sqlite();
}

/// <summary>GreenBuild on a fresh database of the throwaway PostgreSQL server that test.sh starts.</summary>
public sealed class PostgresApp : GreenBuildApp
{
    public override TestDatabase Database { get; } = TestDatabase.Postgres();
}
