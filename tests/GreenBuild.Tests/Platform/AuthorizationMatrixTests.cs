using System.Net;
using System.Text;
using GreenBuild.Platform.Accounts;
using GreenBuild.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GreenBuild.Tests.Platform;

/// <summary>
/// Walks every endpoint of the application with every role (and the public) and checks who gets in.
/// A new endpoint without a row here fails the first test: every endpoint must say who may call it.
/// </summary>
public abstract class AuthorizationMatrixTests(GreenBuildApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] Everyone = [.. Roles.All];
    private static readonly string[] SignedIn = [.. Roles.AccountRoles];
    private static readonly string[] Admin = [Roles.ProvinceAdmin];
    private static readonly string[] Registry = [Roles.ProvinceAdmin, Roles.ProvinceOfficer, Roles.CityOfficer, Roles.Applicant];
    private static readonly string[] Province = [Roles.ProvinceAdmin, Roles.ProvinceOfficer];
    private static readonly string[] Officials = [Roles.ProvinceAdmin, Roles.ProvinceOfficer, Roles.CityOfficer];
    private static readonly string[] Field = [.. Officials, Roles.Inspector];
    private static readonly string[] Inspected = [.. Officials, Roles.Applicant];
    private static readonly string[] LabelWorkflow = [Roles.ProvinceAdmin, Roles.ProvinceOfficer, Roles.CityOfficer, Roles.Applicant, Roles.Expert];
    private static readonly string[] Applicant = [Roles.Applicant];
    private static readonly string[] Expert = [Roles.Expert];

    /// <summary>"METHOD /route" → the roles that may call it. endpoints without a method (Razor pages, health) are "ANY /route", checked with GET.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Rules = new Dictionary<string, string[]>
    {
        ["ANY /healthz"] = Everyone,
        ["GET /openapi/{documentName}.json"] = Everyone,
        ["GET /culture/{culture}"] = Everyone,
        ["GET /api/v1/places/"] = Everyone,
        ["GET /api/v1/places/source"] = Everyone,
        ["GET /api/v1/me"] = SignedIn,
        ["POST /api/v1/account/password"] = SignedIn,
        ["GET /api/v1/notifications/"] = SignedIn,
        ["POST /api/v1/notifications/{id:guid}/read"] = SignedIn,
        ["ANY /notifications"] = SignedIn,
        ["GET /api/v1/admin/users"] = Admin,
        ["POST /api/v1/admin/users"] = Admin,
        ["POST /api/v1/admin/users/{id}/disable"] = Admin,
        ["POST /api/v1/admin/users/{id}/enable"] = Admin,
        ["GET /api/v1/admin/organizations"] = Admin,
        ["POST /api/v1/admin/organizations"] = Admin,
        ["GET /api/v1/admin/api-keys"] = Admin,
        ["POST /api/v1/admin/api-keys"] = Admin,
        ["POST /api/v1/admin/api-keys/{id}/revoke"] = Admin,
        ["GET /api/v1/admin/audit/"] = Admin,
        ["GET /api/v1/admin/audit/verify"] = Admin,
        ["GET /api/v1/calculators/"] = Everyone,
        ["GET /api/v1/calculators/{name}/example"] = Everyone,
        ["POST /api/v1/calculators/{name}"] = Everyone,
        ["ANY /calculators"] = Everyone,
        ["ANY /calculators/{name}"] = Everyone,
        ["POST /api/v1/draw/verify"] = Everyone,
        ["ANY /draw/verify"] = Everyone,
        ["GET /api/v1/supervision/inspectors"] = Officials,
        ["POST /api/v1/supervision/inspectors"] = Officials,
        ["GET /api/v1/supervision/objects"] = Officials,
        ["POST /api/v1/supervision/objects"] = Officials,
        ["GET /api/v1/supervision/buildings"] = Officials,
        ["GET /api/v1/supervision/tasks/"] = Officials,
        ["POST /api/v1/supervision/tasks/"] = Officials,
        ["GET /api/v1/supervision/tasks/{id:guid}"] = Officials,
        ["PUT /api/v1/supervision/tasks/{id:guid}"] = Officials,
        ["POST /api/v1/supervision/tasks/{id:guid}/announce"] = Officials,
        ["POST /api/v1/supervision/tasks/{id:guid}/versions"] = Officials,
        ["POST /api/v1/supervision/tasks/{id:guid}/sources/{position:int}"] = Officials,
        ["POST /api/v1/supervision/tasks/{id:guid}/draw"] = Officials,
        ["GET /api/v1/supervision/public/tasks/"] = Everyone,
        ["GET /api/v1/supervision/public/tasks/{id:guid}/lists"] = Everyone,
        ["GET /api/v1/supervision/public/tasks/{id:guid}/verification"] = Everyone,
        ["GET /api/v1/supervision/inspections"] = SignedIn,
        ["GET /api/v1/supervision/inspections/{id:guid}"] = SignedIn,
        ["POST /api/v1/supervision/inspections/{id:guid}/record"] = Field,
        ["POST /api/v1/supervision/inspections/{id:guid}/findings"] = Field,
        ["POST /api/v1/supervision/inspections/{id:guid}/approve"] = Officials,
        ["POST /api/v1/supervision/inspections/{id:guid}/publish"] = Officials,
        ["POST /api/v1/supervision/rectifications/{id:guid}/report"] = Inspected,
        ["POST /api/v1/supervision/rectifications/{id:guid}/reinspect"] = Field,
        ["GET /api/v1/supervision/attachments/{id:guid}"] = SignedIn,
        ["GET /api/v1/supervision/enterprises/{id:guid}/credit"] = Officials,
        ["POST /api/v1/supervision/credit"] = Officials,
        ["GET /api/v1/supervision/public/enterprises/{id:guid}/credit"] = Everyone,
        ["GET /api/v1/supervision/public/inspections"] = Everyone,
        ["GET /api/v1/supervision/public/complaints/challenge"] = Everyone,
        ["POST /api/v1/supervision/public/complaints/"] = Everyone,
        ["GET /api/v1/supervision/public/complaints/{code}"] = Everyone,
        ["GET /api/v1/supervision/complaints/"] = Officials,
        ["GET /api/v1/supervision/complaints/{id:guid}"] = Officials,
        ["POST /api/v1/supervision/complaints/{id:guid}/steps"] = Officials,
        ["ANY /complaints"] = Everyone,
        ["ANY /complaints/track"] = Everyone,
        ["ANY /supervision/complaints"] = Officials,
        ["ANY /supervision/complaints/{id:guid}"] = Officials,
        ["ANY /supervision/tasks"] = Officials,
        ["ANY /supervision/tasks/{id:guid}"] = Officials,
        ["ANY /supervision/inspections"] = SignedIn,
        ["ANY /supervision/inspections/{id:guid}"] = SignedIn,
        ["ANY /supervision/directory"] = Officials,
        ["ANY /supervision/enterprises/{id:guid}"] = Officials,
        ["ANY /open/supervision"] = Everyone,
        ["ANY /open/supervision/tasks/{id:guid}"] = Everyone,
        ["GET /api/v1/supervision/directory/template"] = Officials,
        ["POST /api/v1/supervision/directory/import"] = Officials,
        ["GET /api/v1/projects/rule-sets/"] = Everyone,
        ["GET /api/v1/projects/rule-sets/{version}"] = Everyone,
        ["POST /api/v1/projects/rule-sets/{version}/check"] = Everyone,
        ["POST /api/v1/projects/rule-sets/preview"] = Admin,
        ["POST /api/v1/projects/rule-sets/"] = Admin,
        ["ANY /projects/rules"] = Everyone,
        ["GET /api/v1/projects/"] = Registry,
        ["GET /api/v1/projects/{id:guid}"] = Registry,
        ["GET /api/v1/projects/{id:guid}/checks"] = Registry,
        ["POST /api/v1/projects/"] = Registry,
        ["GET /api/v1/projects/{id:guid}/stages"] = Registry,
        ["GET /api/v1/projects/{id:guid}/compare"] = Registry,
        ["POST /api/v1/projects/recheck"] = Officials,
        ["GET /api/v1/projects/export"] = Registry,
        ["GET /api/v1/projects/template"] = Registry,
        ["POST /api/v1/projects/imports"] = Registry,
        ["GET /api/v1/projects/imports"] = Registry,
        ["GET /api/v1/projects/imports/{id:guid}"] = Registry,
        ["POST /api/v1/projects/imports/{id:guid}/commit"] = Registry,
        ["POST /api/v1/projects/imports/{id:guid}/cancel"] = Registry,
        ["POST /api/v1/projects/{id:guid}/attachments"] = Registry,
        ["GET /api/v1/projects/{id:guid}/attachments"] = Registry,
        ["GET /api/v1/projects/{id:guid}/attachments/{attachmentId:guid}"] = Registry,
        ["ANY /projects"] = Registry,
        ["ANY /projects/{id:guid}"] = Registry,
        ["ANY /projects/edit/{id:guid?}"] = Registry,
        ["ANY /projects/import/{id:guid?}"] = Registry,
        ["ANY /"] = Everyone,
        ["ANY /places"] = Everyone,
        ["ANY /setup"] = Everyone,
        ["ANY /account/sign-in"] = Everyone,
        ["ANY /account/sign-out"] = Everyone,
        ["ANY /account/denied"] = Everyone,
        ["ANY /account/password"] = SignedIn,
        ["ANY /admin/users"] = Admin,
        ["ANY /admin/organizations"] = Admin,
        ["ANY /admin/api-keys"] = Admin,
        ["ANY /admin/audit"] = Admin,
        ["GET /api/v1/indicators/public"] = Everyone,
        ["GET /api/v1/indicators/"] = SignedIn,
        ["GET /api/v1/indicators/{code}"] = SignedIn,
        ["GET /api/v1/indicators/{code}/inputs"] = SignedIn,
        ["GET /api/v1/indicators/periods"] = SignedIn,
        ["POST /api/v1/indicators/periods"] = Province,
        ["POST /api/v1/indicators/periods/{id}/close"] = Province,
        ["GET /api/v1/indicators/reports"] = SignedIn,
        ["GET /api/v1/indicators/reports/{id}"] = SignedIn,
        ["POST /api/v1/indicators/reports"] = Officials,
        ["POST /api/v1/indicators/reports/{id}/approve"] = Province,
        ["POST /api/v1/indicators/reports/{id}/return"] = Province,
        ["GET /api/v1/indicators/reports/template"] = Officials,
        ["POST /api/v1/indicators/reports/import"] = Officials,
        ["GET /api/v1/indicators/assessment/schemes"] = Province,
        ["POST /api/v1/indicators/assessment/schemes"] = Province,
        ["GET /api/v1/indicators/assessment/runs"] = Province,
        ["POST /api/v1/indicators/assessment/runs"] = Province,
        ["POST /api/v1/indicators/assessment/runs/{id}/publish"] = Province,
        ["GET /api/v1/indicators/assessment/runs/{id}/export"] = Province,
        ["ANY /indicators"] = SignedIn,
        ["ANY /indicators/{code}"] = SignedIn,
        ["GET /api/v1/indicators/{code}/sources"] = Officials,
        ["ANY /indicators/{code}/sources"] = Officials,
        ["ANY /indicators/reports"] = Officials,
        ["ANY /indicators/reports/{periodId}/{city}"] = Officials,
        ["ANY /indicators/assessment"] = Province,
        ["ANY /indicators/city/{city}"] = SignedIn,
        ["ANY /open/indicators"] = Everyone,
        ["GET /api/v1/energy/item-codes"] = SignedIn,
        ["GET /api/v1/energy/buildings"] = Officials,
        ["POST /api/v1/energy/buildings"] = Officials,
        ["GET /api/v1/energy/meters"] = Officials,
        ["POST /api/v1/energy/meters"] = Officials,
        ["GET /api/v1/energy/collectors"] = Officials,
        ["POST /api/v1/energy/collectors"] = Officials,
        ["GET /api/v1/energy/batches"] = Officials,
        ["POST /api/v1/energy/readings"] = Officials,
        ["GET /api/v1/energy/ranking"] = Officials,
        ["GET /api/v1/energy/ranking/export"] = Officials,
        ["GET /api/v1/energy/areas"] = Officials,
        ["GET /api/v1/energy/alerts"] = Officials,
        ["GET /api/v1/energy/buildings/{code}/report"] = Officials,
        ["GET /api/v1/energy/buildings/{code}/bill"] = Officials,
        ["GET /api/v1/energy/quotas"] = Officials,
        ["POST /api/v1/energy/quotas"] = Province,
        ["GET /api/v1/energy/schedules"] = Officials,
        ["POST /api/v1/energy/schedules"] = Province,
        ["ANY /energy"] = Officials,
        ["ANY /energy/buildings/{code}"] = Officials,
        ["ANY /energy/quotas"] = Officials,
        ["POST /api/v1/energy/collectors/{id:guid}/revoke"] = Officials,
        ["POST /api/v1/energy/collectors/{id:guid}/key"] = Officials,
        ["GET /api/v1/energy/meters/{code}/replacements"] = Officials,
        ["POST /api/v1/energy/meters/{code}/replacements"] = Officials,
        ["DELETE /api/v1/energy/meters/{code}/replacements/{id:guid}"] = Officials,
        ["ANY /energy/monitoring"] = Officials,
        ["ANY /energy/monitoring/buildings/{code?}"] = Officials,
        ["ANY /energy/monitoring/meters/{code?}"] = Officials,
        ["ANY /energy/monitoring/collectors"] = Officials,
        ["ANY /energy/upload"] = Officials,
        ["GET /api/v1/labels/applications"] = LabelWorkflow,
        ["GET /api/v1/labels/applications/{id:guid}"] = LabelWorkflow,
        ["GET /api/v1/labels/versions/{id:guid}"] = LabelWorkflow,
        ["GET /api/v1/labels/files/{id:guid}"] = LabelWorkflow,
        ["GET /api/v1/labels/projects"] = Applicant,
        ["POST /api/v1/labels/applications"] = Applicant,
        ["POST /api/v1/labels/rate"] = Applicant,
        ["PUT /api/v1/labels/applications/{id:guid}/assessment"] = Applicant,
        ["POST /api/v1/labels/applications/{id:guid}/files"] = Applicant,
        ["POST /api/v1/labels/applications/{id:guid}/submit"] = Applicant,
        ["POST /api/v1/labels/applications/{id:guid}/formal-review"] = Officials,
        ["POST /api/v1/labels/applications/{id:guid}/panel"] = Province,
        ["GET /api/v1/labels/panels/{id:guid}"] = Province,
        ["POST /api/v1/labels/panels/{id:guid}/draw"] = Province,
        ["POST /api/v1/labels/panels/{id:guid}/conclude"] = Province,
        ["GET /api/v1/labels/reviews"] = Expert,
        ["GET /api/v1/labels/reviews/{id:guid}"] = Expert,
        ["POST /api/v1/labels/reviews/{id:guid}"] = Expert,
        ["POST /api/v1/labels/reviews/{id:guid}/conflict"] = Expert,
        ["POST /api/v1/labels/reviews/{id:guid}/replace"] = Province,
        ["POST /api/v1/labels/applications/{id:guid}/notice"] = Province,
        ["POST /api/v1/labels/objections/{id:guid}/handle"] = Province,
        ["POST /api/v1/labels/applications/{id:guid}/decision"] = Province,
        ["GET /api/v1/labels/applications/{id:guid}/package"] = Province,
        ["GET /api/v1/labels/certificates"] = Registry,
        ["GET /api/v1/labels/certificates/{id:guid}"] = Registry,
        ["GET /api/v1/labels/certificates/{id:guid}/pdf"] = Registry,
        ["POST /api/v1/labels/certificates/{id:guid}/recheck"] = Province,
        ["POST /api/v1/labels/certificates/{id:guid}/monitoring"] = Registry,
        ["GET /api/v1/labels/certificates/{id:guid}/operation"] = Registry,
        ["POST /api/v1/labels/rechecks/schedule"] = Province,
        ["GET /api/v1/labels/rechecks"] = Registry,
        ["GET /api/v1/labels/statistics"] = Officials,
        ["GET /api/v1/labels/public/notices"] = Everyone,
        ["POST /api/v1/labels/public/notices/{id:guid}/objections"] = Everyone,
        ["GET /api/v1/labels/public/objections/{code}"] = Everyone,
        ["GET /api/v1/labels/public/certificates"] = Everyone,
        ["GET /api/v1/labels/public/verify"] = Everyone,
        ["GET /api/v1/labels/public/panels/{id:guid}"] = Everyone,
        ["GET /api/v1/labels/experts"] = Province,
        ["POST /api/v1/labels/experts"] = Province,
        ["GET /api/v1/labels/notifications"] = SignedIn,
        ["POST /api/v1/labels/notifications/{id:guid}/read"] = SignedIn,
        ["ANY /labels"] = LabelWorkflow,
        ["ANY /labels/applications/{id:guid}"] = LabelWorkflow,
        ["ANY /labels/reviews/{id:guid}"] = Expert,
        ["ANY /labels/certificates/{id:guid}"] = Registry,
        ["ANY /labels/experts"] = Province,
        ["ANY /labels/notifications"] = SignedIn,
        ["ANY /open/labels"] = Everyone,
        ["ANY /open/labels/verify"] = Everyone,
        ["ANY /open/labels/draws/{id:guid}"] = Everyone,
    };

    [Fact]
    public void Every_endpoint_has_an_authorization_rule()
    {
        var missing = Endpoints().Where(e => !Rules.ContainsKey(e)).ToList();
        Assert.True(missing.Count == 0, "Endpoints without a rule in AuthorizationMatrixTests.Rules: " + string.Join(", ", missing));
        var stale = Rules.Keys.Except(Endpoints()).ToList();
        Assert.True(stale.Count == 0, "Rules for endpoints that no longer exist: " + string.Join(", ", stale));
    }

    [Fact]
    public async Task Each_role_reaches_exactly_the_endpoints_its_rule_allows()
    {
        var clients = new Dictionary<string, HttpClient> { [Roles.Public] = app.Anonymous() };
        foreach (var role in Roles.AccountRoles)
        {
            clients[role] = await app.SignedInAs(role);
        }

        var wrong = new List<string>();
        foreach (var (endpoint, allowed) in Rules)
        {
            foreach (var (role, client) in clients)
            {
                var response = await Call(client, endpoint);
                var admitted = !IsDenied(response);
                if (admitted != allowed.Contains(role))
                {
                    wrong.Add($"{endpoint} as {role}: {(int)response.StatusCode} {response.Headers.Location}");
                }
            }
        }

        Assert.True(wrong.Count == 0, "Authorization differs from the rules:\n" + string.Join("\n", wrong));
    }

    private IEnumerable<string> Endpoints() => app.Services.GetRequiredService<EndpointDataSource>().Endpoints
        .OfType<RouteEndpoint>()
        .SelectMany(e =>
        {
            var route = "/" + e.RoutePattern.RawText!.TrimStart('/');
            var methods = e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods;
            return methods is null ? [$"ANY {route}"] : methods.Select(m => $"{m} {route}");
        })
        .Distinct();

    private static async Task<HttpResponseMessage> Call(HttpClient client, string endpoint)
    {
        var (method, route) = (endpoint.Split(' ')[0], endpoint.Split(' ')[1]);
        // Route parameters filled with values that reach the endpoint (one line each, so modules add theirs without conflicts).
        var url = route
            .Replace("{documentName}", "v1")
            .Replace("{culture}", "en")
            .Replace("{id}", Guid.NewGuid().ToString())
            .Replace("{id:guid}", Guid.NewGuid().ToString())
            .Replace("{id:guid?}", "")
            .Replace("{code?}", "")
            .Replace("{attachmentId:guid}", Guid.NewGuid().ToString())
            .Replace("{name}", "carbon")
            .Replace("{version}", "2022.1")
            .Replace("{position:int}", "1");
        using var request = new HttpRequestMessage(method == "ANY" ? HttpMethod.Get : new HttpMethod(method), url);
        if (method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        return await client.SendAsync(request, Ct);
    }

    /// <summary>401/403 from the API; a redirect to the sign-in or access-denied page from the UI.</summary>
    private static bool IsDenied(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
        || (response.StatusCode == HttpStatusCode.Redirect
            && response.Headers.Location?.ToString() is { } location
            && (location.Contains("/account/sign-in", StringComparison.Ordinal) || location.Contains("/account/denied", StringComparison.Ordinal)));
}

public sealed class AuthorizationMatrixTestsOnSqlite(SqliteApp app) : AuthorizationMatrixTests(app), IClassFixture<SqliteApp>;

public sealed class AuthorizationMatrixTestsOnPostgres(PostgresApp app) : AuthorizationMatrixTests(app), IClassFixture<PostgresApp>;
