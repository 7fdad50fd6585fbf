using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Places;
using GreenBuild.Supervision.Model;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Supervision.Pages;

/// <summary>Who may organize a task: the province (140000) and any city for provincial users, the own city for a city officer.</summary>
internal static class TaskOrganizers
{
    public static async Task<IReadOnlyList<(string Code, string Name)>> ForAsync(GreenBuildDb db, DataScope scope, CancellationToken ct)
    {
        var places = await db.Places.AsNoTracking().Where(p => p.Level != PlaceLevel.County).OrderBy(p => p.Code).ToListAsync(ct);
        return [.. places.Where(p => p.Code == InspectionTask.ProvinceCode ? scope.IsProvince : scope.CanSeeCity(p.Code)).Select(p => (p.Code, p.Name))];
    }
}
