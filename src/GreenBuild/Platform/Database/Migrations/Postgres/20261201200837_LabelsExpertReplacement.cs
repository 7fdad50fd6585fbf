using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GreenBuild.Platform.Database.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LabelsExpertReplacement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "DeadlineUtc",
                table: "label_panel_members",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReplacedAtUtc",
                table: "label_panel_members",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReplacedReason",
                table: "label_panel_members",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DeadlineUtc",
                table: "label_panel_members");

            migrationBuilder.DropColumn(
                name: "ReplacedAtUtc",
                table: "label_panel_members");

            migrationBuilder.DropColumn(
                name: "ReplacedReason",
                table: "label_panel_members");
        }
    }
}
