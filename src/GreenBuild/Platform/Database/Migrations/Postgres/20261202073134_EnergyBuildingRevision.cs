using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GreenBuild.Platform.Database.Migrations.Postgres
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
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            // Every UPDATE raises the row's revision, however it is made (BuildingCatalog relies on it).
            migrationBuilder.Sql("""
                CREATE FUNCTION energy_buildings_revision() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN NEW."Revision" := OLD."Revision" + 1; RETURN NEW; END $$;
                """);
            migrationBuilder.Sql("CREATE TRIGGER energy_buildings_revision BEFORE UPDATE ON energy_buildings FOR EACH ROW EXECUTE FUNCTION energy_buildings_revision();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS energy_buildings_revision ON energy_buildings;");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS energy_buildings_revision();");
            migrationBuilder.DropColumn(
                name: "Revision",
                table: "energy_buildings");
        }
    }
}
