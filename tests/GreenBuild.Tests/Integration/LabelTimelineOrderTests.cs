using GreenBuild.Labels;
using GreenBuild.Labels.Model;
using GreenBuild.Platform.Database;
using GreenBuild.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GreenBuild.Tests.Integration;

/// <summary>The readable trail keeps the recording order of steps with the same time, on every database (the test clock stands still).</summary>
public abstract class LabelTimelineOrderTests(GreenBuildApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Steps_recorded_at_the_same_time_come_back_in_the_order_they_were_recorded()
    {
        var kinds = Enumerable.Range(0, 40).Select(i => $"test.step{i:00}").ToList();
        Guid applicationId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GreenBuildDb>();
            applicationId = await db.Set<LabelApplication>().OrderBy(a => a.CreatedAtUtc).Select(a => a.Id).FirstAsync(Ct);
            var now = app.Clock.GetUtcNow().UtcDateTime;
            // Several SaveChanges at one instant, a few steps each, as consecutive requests under a frozen clock.
            foreach (var chunk in kinds.Chunk(3))
            {
                foreach (var kind in chunk)
                {
                    History.Record(db, applicationId, LabelActor.System(), now, kind);
                }

                await db.SaveChangesAsync(Ct);
            }
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var detail = await scope.ServiceProvider.GetRequiredService<ReadApplications>().DetailAsync(LabelActor.System(), applicationId, Ct);
            Assert.Equal(kinds, detail!.Events.Select(e => e.Kind).Where(k => k.StartsWith("test.step", StringComparison.Ordinal)));
            var stored = await scope.ServiceProvider.GetRequiredService<GreenBuildDb>().Set<ApplicationEvent>().AsNoTracking()
                .Where(e => e.ApplicationId == applicationId).OrderBy(e => e.AtUtc).ThenBy(e => e.Sequence).Select(e => e.Kind).ToListAsync(Ct);
            Assert.Equal(kinds, stored.Where(k => k.StartsWith("test.step", StringComparison.Ordinal)));
        }
    }
}

public sealed class LabelTimelineOrderTestsOnSqlite(SqliteApp app) : LabelTimelineOrderTests(app), IClassFixture<SqliteApp>;

public sealed class LabelTimelineOrderTestsOnPostgres(PostgresApp app) : LabelTimelineOrderTests(app), IClassFixture<PostgresApp>;
