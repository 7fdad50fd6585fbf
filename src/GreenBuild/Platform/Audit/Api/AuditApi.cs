using GreenBuild.Platform.Accounts;

namespace GreenBuild.Platform.Audit.Api;

/// <summary>The audit log, for the province's administrators.</summary>
internal static class AuditApi
{
    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/admin/audit").WithTags("Audit").RequireAuthorization(Policies.ProvinceAdmin);
        group.MapGet("/", (SearchAuditLog search, string? entityType, string? entityKey, string? actor, AuditAction? action,
                    DateTime? from, DateTime? to, int? page, int? pageSize, CancellationToken ct) =>
                search.RunAsync(new AuditQuery(entityType, entityKey, actor, action, from?.ToUniversalTime(), to?.ToUniversalTime(), page ?? 1, pageSize ?? 50), ct))
            .WithName("SearchAuditLog").WithSummary("Audit entries, newest first, filtered and paged");
        group.MapGet("/verify", (VerifyAuditChain verify, CancellationToken ct) => verify.RunAsync(ct))
            .WithName("VerifyAuditChain").WithSummary("Checks the hash chain and names the first bad entry");
        return api;
    }
}
