using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GreenBuild.Platform.Database.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EnergyBuildingYears : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "energy_building_years",
                columns: table => new
                {
                    BuildingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    ElectricityMilli = table.Column<long>(type: "INTEGER", nullable: false),
                    HeatMilli = table.Column<long>(type: "INTEGER", nullable: false),
                    GasMilli = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_energy_building_years", x => new { x.Year, x.BuildingId });
                });

            // Existing databases: the year rows are the yearly building roll-ups of the three carriers side by side.
            migrationBuilder.Sql("""
                INSERT INTO energy_building_years ("Year", "BuildingId", "ElectricityMilli", "HeatMilli", "GasMilli")
                SELECT "Year", "BuildingId",
                       SUM(CASE WHEN "ItemCode" = '01000' THEN "EnergyMilli" ELSE 0 END),
                       SUM(CASE WHEN "ItemCode" = '04000' THEN "EnergyMilli" ELSE 0 END),
                       SUM(CASE WHEN "ItemCode" = '03000' THEN "EnergyMilli" ELSE 0 END)
                FROM energy_building_periods
                WHERE "Month" = 0 AND "ItemCode" IN ('01000', '04000', '03000')
                GROUP BY "Year", "BuildingId";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "energy_building_years");
        }
    }
}
