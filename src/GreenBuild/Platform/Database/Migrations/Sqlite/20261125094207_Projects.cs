using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GreenBuild.Platform.Database.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Projects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "projects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CityCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    IsUrban = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsNewBuilding = table.Column<bool>(type: "INTEGER", nullable: false),
                    BuildingType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Funding = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FloorAreaAbove = table.Column<decimal>(type: "TEXT", nullable: false),
                    FloorAreaBelow = table.Column<decimal>(type: "TEXT", nullable: false),
                    Storeys = table.Column<int>(type: "INTEGER", nullable: false),
                    Height = table.Column<decimal>(type: "TEXT", nullable: false),
                    IsSuperHighRise = table.Column<bool>(type: "INTEGER", nullable: false),
                    DesignReviewDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EnergyStandardPercent = table.Column<int>(type: "INTEGER", nullable: true),
                    GreenLevel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IsPrefabricated = table.Column<bool>(type: "INTEGER", nullable: false),
                    AssemblyRatePercent = table.Column<decimal>(type: "TEXT", nullable: true),
                    IsDemonstration = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsGreenInnovationProject = table.Column<bool>(type: "INTEGER", nullable: false),
                    StructureType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SolarThermalArea = table.Column<decimal>(type: "TEXT", nullable: false),
                    PvCapacityKwp = table.Column<decimal>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_projects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_projects_organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "project_checks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    RuleSetVersion = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DesignReviewDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CheckedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    MandatoryFindings = table.Column<int>(type: "INTEGER", nullable: false),
                    AdvisoryFindings = table.Column<int>(type: "INTEGER", nullable: false),
                    Findings = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_project_checks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_project_checks_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_project_checks_ProjectId",
                table: "project_checks",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_projects_CityCode",
                table: "projects",
                column: "CityCode");

            migrationBuilder.CreateIndex(
                name: "IX_projects_Code",
                table: "projects",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_projects_OrganizationId",
                table: "projects",
                column: "OrganizationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "project_checks");

            migrationBuilder.DropTable(
                name: "projects");
        }
    }
}
