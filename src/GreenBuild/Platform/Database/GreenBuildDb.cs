using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Audit;
using GreenBuild.Platform.Places;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Platform.Database;

/// <summary>
/// The one database of GreenBuild. Each provider has its own subclass only so that each keeps its own
/// migrations (<see cref="SqliteGreenBuildDb"/>, <see cref="PostgresGreenBuildDb"/>); the model is the same.
/// </summary>
public abstract class GreenBuildDb(DbContextOptions options)
    : IdentityDbContext<GreenBuildUser, GreenBuildRole, string>(options)
{
    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<Place> Places => Set<Place>();

    public DbSet<PlaceSource> PlaceSources => Set<PlaceSource>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<GreenBuildUser>().ToTable("users");
        builder.Entity<GreenBuildRole>().ToTable("roles");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserRole<string>>().ToTable("user_roles");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserClaim<string>>().ToTable("user_claims");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserLogin<string>>().ToTable("user_logins");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserToken<string>>().ToTable("user_tokens");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityRoleClaim<string>>().ToTable("role_claims");
        builder.ApplyConfigurationsFromAssembly(typeof(GreenBuildDb).Assembly, t => t.Namespace?.StartsWith("GreenBuild.", StringComparison.Ordinal) == true);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Store UTC everywhere; SQLite hands DateTime back without a Kind, PostgreSQL wants Kind=Utc.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcDateTimeConverter>();
    }
}
