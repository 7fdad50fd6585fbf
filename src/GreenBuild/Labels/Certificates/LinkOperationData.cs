using GreenBuild.Energy.Contracts;
using GreenBuild.Labels.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Labels.Certificates;

/// <summary>
/// 关联运行数据 — links a certified building to its building in energy monitoring (公共建筑能耗监测), so the certificate
/// page and re-checks show its real annual figures (<see cref="OperationData"/>). The building must exist there; the
/// certificate's own applicant may link a building that monitoring registers to the certified project, the province any
/// building not registered to another project.
/// </summary>
public sealed class LinkOperationData(GreenBuildDb db, IEnergyMonitoring energy, TimeProvider clock)
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

        var building = await energy.FindBuildingAsync(code, cancellationToken);
        if (building is null)
        {
            return LabelErrors.Fail<Certificate>("monitoring.unknown", "buildingCode", code);
        }

        if (building.ProjectId is { } project && project != certificate.ProjectId)
        {
            return LabelErrors.Fail<Certificate>("monitoring.otherProject", "buildingCode", code);
        }

        if (building.ProjectId is null && !actor.IsProvince)
        {
            return LabelErrors.Fail<Certificate>("monitoring.notOwn", "buildingCode", code);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        (certificate.MonitoringBuildingCode, certificate.MonitoringLinkedAtUtc) = (code, now);
        History.Record(db, certificate.ApplicationId, actor, now, "monitoring.linked", code);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Certificate>.Ok(certificate);
    }
}
