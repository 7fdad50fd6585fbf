using System.Net;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Audit;
using GreenBuild.Platform.Database;
using GreenBuild.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GreenBuild.Tests.Platform;

/// <summary>留痕: every change is logged in an append-only hash chain that detects tampering.</summary>
public abstract class AuditTrailTests(GreenBuildApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void The_audit_page_reads_creations_as_values_and_old_creations_and_updates_as_before_and_after()
    {
        static AuditEntry Entry(AuditAction action, string changes) => new()
        {
            Sequence = 1, ActorId = "a", ActorName = "a", Action = action, EntityType = "Organization", EntityKey = "k",
            Changes = changes, PreviousHash = AuditChain.Genesis, Hash = "",
        };

        var created = GreenBuild.Platform.Audit.Pages.AuditLogModel.ChangesOf(Entry(AuditAction.Create, """{"Id":"k","Name":"甲","Note":null,"Rules":{"before":1}}"""));
        Assert.Equal([("Id", null, "k"), ("Name", null, "甲"), ("Note", null, null), ("Rules", null, """{"before":1}""")],
            created.Select(c => (c.Field, c.Before, c.After)));
        var old = GreenBuild.Platform.Audit.Pages.AuditLogModel.ChangesOf(Entry(AuditAction.Create, """{"Name":{"before":null,"after":"甲"}}"""));
        Assert.Equal([("Name", null, "甲")], old.Select(c => (c.Field, c.Before, c.After)));
        var updated = GreenBuild.Platform.Audit.Pages.AuditLogModel.ChangesOf(Entry(AuditAction.Update, """{"Name":{"before":"甲","after":"乙"}}"""));
        Assert.Equal([("Name", "甲", "乙")], updated.Select(c => (c.Field, c.Before, c.After)));
    }

    [Fact]
    public void An_entry_hash_is_SHA256_of_its_fields_joined_by_the_unit_separator_with_the_previous_hash()
    {
        // The documented rule computed the plain way (docs/modules/platform.md), against the chain's own code.
        var entry = new AuditEntry
        {
            Sequence = 123_456_789, TimestampUtc = new DateTime(2026, 12, 2, 5, 6, 7, 891, DateTimeKind.Utc), ActorId = "7f3c",
            ActorName = "省厅管理员（演示）", Action = AuditAction.Update, EntityType = "Project", EntityKey = "01a23522-4b5c-7207",
            Changes = """{"Name":{"before":"甲","after":"乙 😀"}}""", PreviousHash = new string('a', 64), Hash = "",
        };
        var joined = string.Join('\u001f', "123456789", "2026-12-02T05:06:07.891Z", entry.ActorId, entry.ActorName, "Update", entry.EntityType,
            entry.EntityKey, entry.Changes, entry.PreviousHash);
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(joined)));
        Assert.Equal(expected, AuditChain.HashOf(entry));
        var first = new AuditEntry
        {
            Sequence = 1, TimestampUtc = entry.TimestampUtc, ActorId = "", ActorName = "", Action = AuditAction.Create, EntityType = "Place",
            EntityKey = "", Changes = "{}", PreviousHash = AuditChain.Genesis, Hash = "",
        };
        var plain = string.Join('\u001f', "1", "2026-12-02T05:06:07.891Z", "", "", "Create", "Place", "", "{}", AuditChain.Genesis);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(plain))), AuditChain.HashOf(first));
    }

    [Fact]
    public async Task Creating_a_record_logs_who_did_it_and_the_values_it_got()
    {
        var admin = await app.SignedInAs(Roles.ProvinceAdmin);
        var response = await admin.PostJsonAsync("/api/v1/admin/organizations",
            new { name = "审计测试设计院", kind = "DesignFirm", cityCode = "140100" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.ReadJsonAsync()).GetProperty("id").GetString();

        var entry = await InScope(db => db.AuditEntries.SingleAsync(a => a.EntityType == "Organization" && a.EntityKey == id, Ct));
        Assert.Equal(AuditAction.Create, entry.Action);
        Assert.Equal("省厅管理员（演示）", entry.ActorName);
        Assert.Contains("\"Name\":\"审计测试设计院\"", entry.Changes);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, entry.TimestampUtc);
    }

    [Fact]
    public async Task Updating_a_record_logs_only_the_changed_fields_before_and_after_and_masks_secrets()
    {
        var admin = await app.SignedInAs(Roles.ProvinceAdmin);
        var user = await InScope(db => db.Users.SingleAsync(u => u.Email == DemoAccounts.EmailOf(Roles.Expert), Ct));
        var before = await InScope(db => db.AuditEntries.MaxAsync(a => a.Sequence, Ct));

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/admin/users/{user.Id}/disable", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/admin/users/{user.Id}/enable", null, Ct)).StatusCode);

        var entries = await InScope(db => db.AuditEntries.Where(a => a.Sequence > before && a.EntityKey == user.Id)
            .OrderBy(a => a.Sequence).ToListAsync(Ct));
        var disabled = entries.First(e => e.Changes.Contains("IsDisabled"));
        Assert.Equal(AuditAction.Update, disabled.Action);
        Assert.Contains("\"IsDisabled\":{\"before\":false,\"after\":true}", disabled.Changes);
        Assert.DoesNotContain("Email", disabled.Changes);
        Assert.Contains("\"SecurityStamp\":{\"before\":\"***\",\"after\":\"***\"}", disabled.Changes);
        Assert.DoesNotContain(user.SecurityStamp!, string.Concat(entries.Select(e => e.Changes)));
    }

    [Fact]
    public async Task A_normal_history_verifies_intact()
    {
        var verdict = await InScope(db => new VerifyAuditChain(db).RunAsync(Ct));
        Assert.True(verdict.Intact, verdict.Problem);
        Assert.True(verdict.EntriesChecked > 100, "places, organizations and demo accounts were logged");
    }

    [Fact]
    public async Task The_database_refuses_to_update_or_delete_audit_entries()
    {
        await InScope(async db =>
        {
            await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE audit_entries SET \"ActorName\" = 'mallory' WHERE \"Sequence\" = 1", Ct));
            await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM audit_entries WHERE \"Sequence\" = 1", Ct));
            return 0;
        });
    }

    [Fact]
    public async Task The_application_refuses_to_modify_an_audit_entry()
    {
        await InScope(async db =>
        {
            var entry = await db.AuditEntries.FirstAsync(Ct);
            entry.ActorName = "mallory";
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(Ct));
            Assert.Contains("只能追加", error.Message);
            return 0;
        });
    }

    [Fact]
    public async Task An_edited_entry_is_named_as_the_first_bad_one()
    {
        var verdict = await VerifyAfterTampering("UPDATE audit_entries SET \"ActorName\" = 'mallory' WHERE \"Sequence\" = 5");
        Assert.False(verdict.Intact);
        Assert.Equal(5, verdict.FirstBadSequence);
        Assert.Contains("edited", verdict.Problem);
    }

    [Fact]
    public async Task A_deleted_entry_is_named_as_the_first_bad_one()
    {
        var verdict = await VerifyAfterTampering("DELETE FROM audit_entries WHERE \"Sequence\" = 7");
        Assert.False(verdict.Intact);
        Assert.Equal(7, verdict.FirstBadSequence);
        Assert.Contains("deleted", verdict.Problem);
    }

    [Fact]
    public async Task Reordered_entries_are_detected_at_the_first_moved_one()
    {
        var verdict = await VerifyAfterTampering(
            "UPDATE audit_entries SET \"Sequence\" = -3 WHERE \"Sequence\" = 3",
            "UPDATE audit_entries SET \"Sequence\" = 3 WHERE \"Sequence\" = 4",
            "UPDATE audit_entries SET \"Sequence\" = 4 WHERE \"Sequence\" = -3");
        Assert.False(verdict.Intact);
        Assert.Equal(3, verdict.FirstBadSequence);
    }

    [Fact]
    public async Task A_rehashed_forgery_still_breaks_at_the_next_entry()
    {
        // An attacker who edits entry 6 and recomputes its hash cannot fix entry 7's link without rewriting all after it.
        var forged = await InScope(async db =>
        {
            var entry = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.Sequence == 6, Ct);
            entry.ActorName = "mallory";
            return AuditChain.HashOf(entry);
        });
        var verdict = await VerifyAfterTampering($"UPDATE audit_entries SET \"ActorName\" = 'mallory', \"Hash\" = '{forged}' WHERE \"Sequence\" = 6");
        Assert.Equal(7, verdict.FirstBadSequence);
    }

    [Fact]
    public async Task Concurrent_writers_extend_one_chain_without_forks_or_gaps()
    {
        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => InScope(async db =>
        {
            db.Organizations.Add(new Organization { Name = $"并发测试单位 {i} {Guid.NewGuid():N}", Kind = OrganizationKind.Other });
            return await db.SaveChangesAsync(Ct);
        })));
        var verdict = await InScope(db => new VerifyAuditChain(db).RunAsync(Ct));
        Assert.True(verdict.Intact, verdict.Problem);
    }

    private async Task<AuditVerdict> VerifyAfterTampering(params string[] statements) => await InScope(async db =>
    {
        // The attacker has database access and removes the append-only trigger first; all inside a rolled-back transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(Ct);
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_no_change", Ct);
        }
        else
        {
            await db.Database.ExecuteSqlRawAsync("DROP TRIGGER audit_entries_no_update", Ct);
            await db.Database.ExecuteSqlRawAsync("DROP TRIGGER audit_entries_no_delete", Ct);
        }

        foreach (var statement in statements)
        {
            await db.Database.ExecuteSqlRawAsync(statement, Ct);
        }

        var verdict = await new VerifyAuditChain(db).RunAsync(Ct);
        await transaction.RollbackAsync(Ct);
        return verdict;
    });

    private async Task<T> InScope<T>(Func<GreenBuildDb, Task<T>> body)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await body(scope.ServiceProvider.GetRequiredService<GreenBuildDb>());
    }
}

public sealed class AuditTrailTestsOnSqlite(SqliteApp app) : AuditTrailTests(app), IClassFixture<SqliteApp>;

public sealed class AuditTrailTestsOnPostgres(PostgresApp app) : AuditTrailTests(app), IClassFixture<PostgresApp>;
