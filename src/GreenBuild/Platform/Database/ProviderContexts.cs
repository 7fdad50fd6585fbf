using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Platform.Database;

/// <summary>GreenBuild on SQLite, the embedded default.</summary>
public sealed class SqliteGreenBuildDb(DbContextOptions<SqliteGreenBuildDb> options) : GreenBuildDb(options);

/// <summary>GreenBuild on PostgreSQL, the production database.</summary>
public sealed class PostgresGreenBuildDb(DbContextOptions<PostgresGreenBuildDb> options) : GreenBuildDb(options);
