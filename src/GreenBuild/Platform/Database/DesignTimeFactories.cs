using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace GreenBuild.Platform.Database;

/// <summary>Lets <c>dotnet ef migrations add … --context SqliteGreenBuildDb</c> build the model without the app.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteGreenBuildDb>
{
    public SqliteGreenBuildDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteGreenBuildDb>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>Lets <c>dotnet ef migrations add … --context PostgresGreenBuildDb</c> build the model without a server.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresGreenBuildDb>
{
    public PostgresGreenBuildDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresGreenBuildDb>().UseNpgsql("Host=localhost;Database=design").Options);
}
