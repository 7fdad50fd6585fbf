using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GreenBuild.Platform.Database.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Indicators : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "indicator_assessment_runs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchemeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    IsPublished = table.Column<bool>(type: "INTEGER", nullable: false),
                    ResultJson = table.Column<string>(type: "TEXT", nullable: false),
                    RunBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RunAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PublishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicator_assessment_runs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "indicator_assessment_schemes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicator_assessment_schemes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "indicator_city_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PeriodId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CityCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReturnReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    EnteredBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReviewedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicator_city_reports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "indicator_city_targets",
                columns: table => new
                {
                    IndicatorCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CityCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    SourceLine = table.Column<int>(type: "INTEGER", nullable: true),
                    SourceQuote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicator_city_targets", x => new { x.IndicatorCode, x.CityCode });
                });

            migrationBuilder.CreateTable(
                name: "indicator_plans",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    BaselineYear = table.Column<int>(type: "INTEGER", nullable: false),
                    StartYear = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetYear = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceDocument = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    SeedVersion = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicator_plans", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "indicator_reporting_periods",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Quarter = table.Column<int>(type: "INTEGER", nullable: true),
                    IsOpen = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicator_reporting_periods", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "indicators",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PlanCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Measure = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Aggregation = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ObtainedBy = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Query = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Section = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    InColumnTable = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsPublic = table.Column<bool>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    MinValue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    MaxValue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    BaselineValue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    BaselineNote = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    BaselineLine = table.Column<int>(type: "INTEGER", nullable: true),
                    BaselineQuote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    TargetValue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    TargetNote = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    TargetLine = table.Column<int>(type: "INTEGER", nullable: true),
                    TargetQuote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    TargetAppliesToEachCity = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicators", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "indicator_assessment_items",
                columns: table => new
                {
                    SchemeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IndicatorCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Weight = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: false),
                    Rule = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Thresholds = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicator_assessment_items", x => new { x.SchemeId, x.IndicatorCode });
                    table.ForeignKey(
                        name: "FK_indicator_assessment_items_indicator_assessment_schemes_SchemeId",
                        column: x => x.SchemeId,
                        principalTable: "indicator_assessment_schemes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "indicator_reported_values",
                columns: table => new
                {
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IndicatorCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicator_reported_values", x => new { x.ReportId, x.IndicatorCode });
                    table.ForeignKey(
                        name: "FK_indicator_reported_values_indicator_city_reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "indicator_city_reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_indicator_assessment_runs_SchemeId_Year",
                table: "indicator_assessment_runs",
                columns: new[] { "SchemeId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_indicator_assessment_schemes_Name_Version",
                table: "indicator_assessment_schemes",
                columns: new[] { "Name", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_indicator_city_reports_PeriodId_CityCode",
                table: "indicator_city_reports",
                columns: new[] { "PeriodId", "CityCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_indicator_reporting_periods_PlanCode_Year_Quarter",
                table: "indicator_reporting_periods",
                columns: new[] { "PlanCode", "Year", "Quarter" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_indicators_PlanCode",
                table: "indicators",
                column: "PlanCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "indicator_assessment_items");

            migrationBuilder.DropTable(
                name: "indicator_assessment_runs");

            migrationBuilder.DropTable(
                name: "indicator_city_targets");

            migrationBuilder.DropTable(
                name: "indicator_plans");

            migrationBuilder.DropTable(
                name: "indicator_reported_values");

            migrationBuilder.DropTable(
                name: "indicator_reporting_periods");

            migrationBuilder.DropTable(
                name: "indicators");

            migrationBuilder.DropTable(
                name: "indicator_assessment_schemes");

            migrationBuilder.DropTable(
                name: "indicator_city_reports");
        }
    }
}
