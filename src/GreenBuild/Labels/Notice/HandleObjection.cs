using GreenBuild.Labels.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Labels.Notice;

/// <summary>异议处理 — the province answers an objection: upheld (the label cannot be granted as noticed) or dismissed, with its reply.</summary>
public sealed class HandleObjection(GreenBuildDb db, TimeProvider clock)
{
    public async Task<Outcome<Objection>> RunAsync(LabelActor actor, Guid objectionId, bool upheld, string? response, CancellationToken cancellationToken = default)
    {
        var objection = await db.Set<Objection>().FirstOrDefaultAsync(o => o.Id == objectionId, cancellationToken);
        if (objection is null || !actor.IsProvince)
        {
            return LabelErrors.NotFound<Objection>("objection");
        }

        if (objection.Status != ObjectionStatus.Pending)
        {
            return LabelErrors.Fail<Objection>("objection.handled", "status", objection.TrackingCode);
        }

        var text = (response ?? "").Trim();
        if (text.Length is 0 or > 4000)
        {
            return LabelErrors.Fail<Objection>("objection.response", "response", 4000);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        (objection.Status, objection.Response, objection.HandledBy, objection.HandledAtUtc) =
            (upheld ? ObjectionStatus.Upheld : ObjectionStatus.Dismissed, text, actor.Name, now);
        History.Record(db, objection.ApplicationId, actor, now, upheld ? "objection.upheld" : "objection.dismissed", $"{objection.TrackingCode}：{text}");
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Objection>.Ok(objection);
    }
}
