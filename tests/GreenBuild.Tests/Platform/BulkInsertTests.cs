using GreenBuild.Platform.Audit;
using GreenBuild.Platform.Database;
using GreenBuild.Projects.Model;
using GreenBuild.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GreenBuild.Tests.Platform;

/// <summary>
/// The bulk path (PostgreSQL binary COPY; SQLite statements bound by position) stores exactly what EF Core's
/// SaveChanges stores: every column of a project with every kind of value (text, Chinese text, GUIDs, decimals,
/// dates, date-times, booleans, enums, nulls) reads back with the same storage type and value.
/// </summary>
public abstract class BulkInsertTests(GreenBuildApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_bulk_inserted_project_is_stored_column_for_column_as_SaveChanges_stores_it()
    {
        var prefix = $"BULK-{Guid.NewGuid():N}"[..16];
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GreenBuildDb>();
        var demo = await db.Set<Project>().AsNoTracking().Where(p => p.AssemblyRatePercent != null && p.DesignReviewDate != null)
            .OrderBy(p => p.Code).FirstAsync(Ct);
        Project Copy(string code)
        {
            var copy = (Project)db.Entry(demo).CurrentValues.Clone().ToObject();
            copy.Id = Guid.CreateVersion7();
            copy.Code = code;
            copy.Name = "批量写入核对项目 “引号” 'quote' \\ 反斜杠";
            copy.GreenLevelEvidence = null;
            copy.Location = "";
            copy.FloorAreaAbove = 12345.678m;
            copy.UpdatedAtUtc = new DateTime(2026, 3, 4, 5, 6, 7, 891, DateTimeKind.Utc).AddTicks(2340);
            return copy;
        }

        var saved = Copy($"{prefix}-EF");
        db.Add(saved);
        await db.SaveChangesAsync(Ct);
        db.ChangeTracker.Clear();

        var bulk = Copy($"{prefix}-BULK");
        await using (var transaction = await db.Database.BeginTransactionAsync(Ct))
        {
            await BulkInsert.InsertAsync(db, [bulk], Ct);
            await AppendAuditEntries.ForCreatedAsync(db, scope.ServiceProvider.GetRequiredService<ICurrentActor>(), TimeProvider.System, [bulk], Ct);
            await transaction.CommitAsync(Ct);
        }

        var rows = await StoredColumns(db, $"{prefix}-%");
        Assert.Equal(2, rows.Count);
        var (ef, fromBulk) = (rows[$"{prefix}-EF"], rows[$"{prefix}-BULK"]);
        Assert.True(ef.Count > 40, "every column of the project is compared");
        foreach (var (column, value) in ef)
        {
            if (column is "Id" or "Code")
            {
                continue;
            }

            Assert.True(fromBulk.TryGetValue(column, out var other), column);
            Assert.True(Equals(value, other), $"{column}: SaveChanges stored {Show(value)}, the bulk path {Show(other)}");
        }

        // And EF reads the bulk row back as the same project.
        var read = await db.Set<Project>().AsNoTracking().SingleAsync(p => p.Code == bulk.Code, Ct);
        Assert.Equal((bulk.Id, bulk.Name, bulk.FloorAreaAbove, bulk.DesignReviewDate, bulk.UpdatedAtUtc, bulk.Stage, bulk.GreenLevel),
            (read.Id, read.Name, read.FloorAreaAbove, read.DesignReviewDate, read.UpdatedAtUtc, read.Stage, read.GreenLevel));
        Assert.True((await new VerifyAuditChain(db).RunAsync(Ct)).Intact);
    }

    private static string Show(object? value) => value is null ? "null" : $"{value.GetType().Name} {value}";

    /// <summary>The stored columns of the projects whose code matches, as the driver returns them (its type and value).</summary>
    private static async Task<Dictionary<string, Dictionary<string, object?>>> StoredColumns(GreenBuildDb db, string codePattern)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(Ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT * FROM projects WHERE \"Code\" LIKE @pattern";
            var parameter = command.CreateParameter();
            (parameter.ParameterName, parameter.Value) = ("@pattern", codePattern);
            command.Parameters.Add(parameter);
            await using var reader = await command.ExecuteReaderAsync(Ct);
            var rows = new Dictionary<string, Dictionary<string, object?>>();
            while (await reader.ReadAsync(Ct))
            {
                var row = Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => reader.IsDBNull(i) ? null : reader.GetValue(i));
                rows[(string)row["Code"]!] = row;
            }

            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}

public sealed class BulkInsertTestsOnSqlite(SqliteApp app) : BulkInsertTests(app), IClassFixture<SqliteApp>;

public sealed class BulkInsertTestsOnPostgres(PostgresApp app) : BulkInsertTests(app), IClassFixture<PostgresApp>;
