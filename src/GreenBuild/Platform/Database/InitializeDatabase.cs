using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Places;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Platform.Database;

/// <summary>
/// Brings a database up to date: applies migrations, creates the roles, loads the places and each module's
/// reviewed reference data (<see cref="IReferenceDataLoader"/>). Safe to run
/// at every start and from <c>greenbuild db migrate</c>: each step does only what is missing.
/// </summary>
public sealed class InitializeDatabase(
    GreenBuildDb db, RoleManager<GreenBuildRole> roles, LoadPlaces places, IEnumerable<IReferenceDataLoader> referenceData, ILogger<InitializeDatabase> log)
{
    public async Task<IReadOnlyList<string>> RunAsync(CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        if (pending.Count > 0)
        {
            log.LogInformation("Applied {Count} migrations: {Migrations}", pending.Count, string.Join(", ", pending));
        }

        foreach (var role in Roles.AccountRoles)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new GreenBuildRole(role));
            }
        }

        var changedPlaces = await places.RunAsync(cancellationToken);
        if (changedPlaces > 0)
        {
            log.LogInformation("Loaded {Count} places from the shipped catalog", changedPlaces);
        }

        foreach (var loader in referenceData.OrderBy(l => l.Order))
        {
            log.LogInformation("Reference data: {Summary}", await loader.RunAsync(cancellationToken));
        }

        return pending;
    }
}
