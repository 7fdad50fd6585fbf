using GreenBuild.Labels.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Labels.Certificates;

/// <summary>
/// 关联运行数据 — links a certified building to its building code in energy monitoring (公共建筑能耗监测), so re-checks
/// read its real energy and water use. The monitoring module has no public contract yet, so the link is kept as the
/// monitoring building code and shown with the certificate; the province or the certificate's own applicant sets it.
/// </summary>
public sealed class LinkOperationData(GreenBuildDb db, TimeProvider clock)
{
    public async Task<Outcome<Certificate>> RunAsync(LabelActor actor, Guid certificateId, string? buildingCode, CancellationToken cancellationToken = default)
    {
        var certificate = await db.Set<Certificate>().FirstOrDefaultAsync(c => c.Id == certificateId, cancellationToken);
        if (certificate is null || !(actor.IsProvince || (actor.IsApplicant && actor.Scope.OrganizationId == certificate.OrganizationId)))
        {
            return LabelErrors.NotFound<Certificate>("certificate");
        }

        var code = (buildingCode ?? "").Trim();
        if (code.Length is 0 or > 60 || code.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            return LabelErrors.Fail<Certificate>("monitoring.code", "buildingCode", 60);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        (certificate.MonitoringBuildingCode, certificate.MonitoringLinkedAtUtc) = (code, now);
        History.Record(db, certificate.ApplicationId, actor, now, "monitoring.linked", code);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Certificate>.Ok(certificate);
    }
}
