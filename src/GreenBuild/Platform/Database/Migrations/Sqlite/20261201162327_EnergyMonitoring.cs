using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GreenBuild.Platform.Database.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EnergyMonitoring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "energy_area_years",
                columns: table => new
                {
                    CityCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    BuildingType = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    EnergyMilli = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_energy_area_years", x => new { x.CityCode, x.BuildingType, x.ItemCode, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "energy_building_periods",
                columns: table => new
                {
                    BuildingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    EnergyMilli = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_energy_building_periods", x => new { x.BuildingId, x.ItemCode, x.Year, x.Month });
                });

            migrationBuilder.CreateTable(
                name: "energy_buildings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CityCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    BuildingType = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    OperationClass = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    ClimateZone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    FloorArea = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_energy_buildings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "energy_collectors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CityCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    ApiKeyPrefix = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_energy_collectors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "energy_ingest_batches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CollectorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ContentSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Lines = table.Column<int>(type: "INTEGER", nullable: false),
                    Stored = table.Column<int>(type: "INTEGER", nullable: false),
                    Duplicates = table.Column<int>(type: "INTEGER", nullable: false),
                    Conflicts = table.Column<int>(type: "INTEGER", nullable: false),
                    Rejected = table.Column<int>(type: "INTEGER", nullable: false),
                    DaysWritten = table.Column<int>(type: "INTEGER", nullable: false),
                    Strict = table.Column<bool>(type: "INTEGER", nullable: false),
                    Committed = table.Column<bool>(type: "INTEGER", nullable: false),
                    ErrorsJson = table.Column<string>(type: "text", nullable: false),
                    Seconds = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_energy_ingest_batches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "energy_item_codes",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CategoryCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    CanonicalUnit = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    AcceptedUnits = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DictionaryVersion = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    IsLocal = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_energy_item_codes", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "energy_meter_days",
                columns: table => new
                {
                    MeterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Entries = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Hourly = table.Column<byte[]>(type: "BLOB", nullable: false),
                    EnergyMilli = table.Column<long>(type: "INTEGER", nullable: false),
                    Readings = table.Column<int>(type: "INTEGER", nullable: false),
                    Valid = table.Column<int>(type: "INTEGER", nullable: false),
                    Expected = table.Column<int>(type: "INTEGER", nullable: false),
                    Excluded = table.Column<int>(type: "INTEGER", nullable: false),
                    Flags = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_energy_meter_days", x => new { x.MeterId, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "energy_meter_periods",
                columns: table => new
                {
                    MeterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    EnergyMilli = table.Column<long>(type: "INTEGER", nullable: false),
                    Valid = table.Column<int>(type: "INTEGER", nullable: false),
                    Expected = table.Column<int>(type: "INTEGER", nullable: false),
                    Excluded = table.Column<int>(type: "INTEGER", nullable: false),
                    Days = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_energy_meter_periods", x => new { x.MeterId, x.Year, x.Month });
                });

            migrationBuilder.CreateTable(
                name: "energy_quotas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    CityCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    BuildingType = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    QuotaKwhPerM2 = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: false),
                    Constraint = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: true),
                    Guide = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    SetAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SetBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_energy_quotas", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "energy_surcharge_schedules",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    UnitPrice = table.Column<decimal>(type: "TEXT", precision: 10, scale: 4, nullable: false),
                    TiersJson = table.Column<string>(type: "text", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    SetAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_energy_surcharge_schedules", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "energy_meters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    BuildingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    ParentMeterId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Multiplier = table.Column<decimal>(type: "TEXT", precision: 14, scale: 4, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    IntervalMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    RegisterDigits = table.Column<int>(type: "INTEGER", nullable: true),
                    CollectorId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_energy_meters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_energy_meters_energy_buildings_BuildingId",
                        column: x => x.BuildingId,
                        principalTable: "energy_buildings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_energy_meters_energy_collectors_CollectorId",
                        column: x => x.CollectorId,
                        principalTable: "energy_collectors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_energy_meters_energy_item_codes_ItemCode",
                        column: x => x.ItemCode,
                        principalTable: "energy_item_codes",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_energy_meters_energy_meters_ParentMeterId",
                        column: x => x.ParentMeterId,
                        principalTable: "energy_meters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "energy_meter_replacements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OldFinal = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: false),
                    NewInitial = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_energy_meter_replacements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_energy_meter_replacements_energy_meters_MeterId",
                        column: x => x.MeterId,
                        principalTable: "energy_meters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_energy_building_periods_Year_Month",
                table: "energy_building_periods",
                columns: new[] { "Year", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_energy_buildings_CityCode",
                table: "energy_buildings",
                column: "CityCode");

            migrationBuilder.CreateIndex(
                name: "IX_energy_buildings_Code",
                table: "energy_buildings",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_energy_collectors_ApiKeyPrefix",
                table: "energy_collectors",
                column: "ApiKeyPrefix",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_energy_collectors_Name",
                table: "energy_collectors",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_energy_ingest_batches_CollectorId",
                table: "energy_ingest_batches",
                column: "CollectorId");

            migrationBuilder.CreateIndex(
                name: "IX_energy_ingest_batches_ReceivedAtUtc",
                table: "energy_ingest_batches",
                column: "ReceivedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_energy_meter_replacements_MeterId_AtUtc",
                table: "energy_meter_replacements",
                columns: new[] { "MeterId", "AtUtc" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_energy_meters_BuildingId",
                table: "energy_meters",
                column: "BuildingId");

            migrationBuilder.CreateIndex(
                name: "IX_energy_meters_Code",
                table: "energy_meters",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_energy_meters_CollectorId",
                table: "energy_meters",
                column: "CollectorId");

            migrationBuilder.CreateIndex(
                name: "IX_energy_meters_ItemCode",
                table: "energy_meters",
                column: "ItemCode");

            migrationBuilder.CreateIndex(
                name: "IX_energy_meters_ParentMeterId",
                table: "energy_meters",
                column: "ParentMeterId");

            migrationBuilder.CreateIndex(
                name: "IX_energy_quotas_Year_CityCode_BuildingType",
                table: "energy_quotas",
                columns: new[] { "Year", "CityCode", "BuildingType" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "energy_area_years");

            migrationBuilder.DropTable(
                name: "energy_building_periods");

            migrationBuilder.DropTable(
                name: "energy_ingest_batches");

            migrationBuilder.DropTable(
                name: "energy_meter_days");

            migrationBuilder.DropTable(
                name: "energy_meter_periods");

            migrationBuilder.DropTable(
                name: "energy_meter_replacements");

            migrationBuilder.DropTable(
                name: "energy_quotas");

            migrationBuilder.DropTable(
                name: "energy_surcharge_schedules");

            migrationBuilder.DropTable(
                name: "energy_meters");

            migrationBuilder.DropTable(
                name: "energy_buildings");

            migrationBuilder.DropTable(
                name: "energy_collectors");

            migrationBuilder.DropTable(
                name: "energy_item_codes");
        }
    }
}
