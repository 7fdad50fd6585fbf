using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GreenBuild.Platform.Database.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ProjectsRegistry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AdvisoryFindings",
                table: "projects",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<decimal>(
                name: "AirSourceHeatPumpArea",
                table: "projects",
                type: "numeric",
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<string>(
                name: "AssemblyRateInput",
                table: "projects",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "CompletionDate",
                table: "projects",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ConstructionOrganizationId",
                table: "projects",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ConstructionPermitDate",
                table: "projects",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DemonstrationZone",
                table: "projects",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "DesignOrganizationId",
                table: "projects",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "GeothermalArea",
                table: "projects",
                type: "numeric",
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "GroundSourceHeatPumpArea",
                table: "projects",
                type: "numeric",
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<DateOnly>(
                name: "InitiationDate",
                table: "projects",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "projects",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Location",
                table: "projects",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LowEnergyClass",
                table: "projects",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "MandatoryFindings",
                table: "projects",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Subtype",
                table: "projects",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Trigger",
                table: "project_checks",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "project_attachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Stage = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_project_attachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_project_attachments_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "project_imports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    UploadedById = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UploadedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ScopeIsProvince = table.Column<bool>(type: "boolean", nullable: false),
                    ScopeCityCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    ScopeOrganizationId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FinishedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Report = table.Column<string>(type: "text", nullable: true),
                    Message = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_project_imports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "project_stage_records",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Stage = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Snapshot = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_project_stage_records", x => x.Id);
                    table.ForeignKey(
                        name: "FK_project_stage_records_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "project_attachment_contents",
                columns: table => new
                {
                    AttachmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Bytes = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_project_attachment_contents", x => x.AttachmentId);
                    table.ForeignKey(
                        name: "FK_project_attachment_contents_project_attachments_AttachmentId",
                        column: x => x.AttachmentId,
                        principalTable: "project_attachments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_projects_ConstructionOrganizationId",
                table: "projects",
                column: "ConstructionOrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_projects_DesignOrganizationId",
                table: "projects",
                column: "DesignOrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_projects_DesignReviewDate",
                table: "projects",
                column: "DesignReviewDate");

            migrationBuilder.CreateIndex(
                name: "IX_project_attachments_ProjectId",
                table: "project_attachments",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_project_imports_UploadedById",
                table: "project_imports",
                column: "UploadedById");

            migrationBuilder.CreateIndex(
                name: "IX_project_stage_records_ProjectId_Stage",
                table: "project_stage_records",
                columns: new[] { "ProjectId", "Stage" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_projects_organizations_ConstructionOrganizationId",
                table: "projects",
                column: "ConstructionOrganizationId",
                principalTable: "organizations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_projects_organizations_DesignOrganizationId",
                table: "projects",
                column: "DesignOrganizationId",
                principalTable: "organizations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_projects_organizations_ConstructionOrganizationId",
                table: "projects");

            migrationBuilder.DropForeignKey(
                name: "FK_projects_organizations_DesignOrganizationId",
                table: "projects");

            migrationBuilder.DropTable(
                name: "project_attachment_contents");

            migrationBuilder.DropTable(
                name: "project_imports");

            migrationBuilder.DropTable(
                name: "project_stage_records");

            migrationBuilder.DropTable(
                name: "project_attachments");

            migrationBuilder.DropIndex(
                name: "IX_projects_ConstructionOrganizationId",
                table: "projects");

            migrationBuilder.DropIndex(
                name: "IX_projects_DesignOrganizationId",
                table: "projects");

            migrationBuilder.DropIndex(
                name: "IX_projects_DesignReviewDate",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "AdvisoryFindings",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "AirSourceHeatPumpArea",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "AssemblyRateInput",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "CompletionDate",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "ConstructionOrganizationId",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "ConstructionPermitDate",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "DemonstrationZone",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "DesignOrganizationId",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "GeothermalArea",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "GroundSourceHeatPumpArea",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "InitiationDate",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "IsDemo",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "Location",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "LowEnergyClass",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "MandatoryFindings",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "Subtype",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "Trigger",
                table: "project_checks");
        }
    }
}
