using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GreenBuild.Platform.Database.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EnergyBuildingRevision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "Revision",
                table: "energy_buildings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            // Every UPDATE raises the row's revision, however it is made (BuildingCatalog relies on it). The WHEN clause
            // keeps the trigger's own UPDATE from firing it again. A migration that rebuilds this table drops the trigger:
            // BuildingCatalogTests changes a building by plain SQL and fails if it is gone.
            migrationBuilder.Sql("""
                CREATE TRIGGER energy_buildings_revision AFTER UPDATE ON energy_buildings
                FOR EACH ROW WHEN NEW."Revision" = OLD."Revision"
                BEGIN UPDATE energy_buildings SET "Revision" = OLD."Revision" + 1 WHERE "Id" = NEW."Id"; END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS energy_buildings_revision;");
            migrationBuilder.DropColumn(
                name: "Revision",
                table: "energy_buildings");
        }
    }
}
