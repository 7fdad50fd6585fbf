using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GreenBuild.Platform.Database.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PlatformNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "IssuedById",
                table: "supervision_rectifications",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeadlineWarnedForUtc",
                table: "supervision_complaints",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeadlineWarning",
                table: "supervision_complaints",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "platform_notifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Module = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReadAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EmailStatus = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EmailError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_notifications", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_platform_notifications_EmailStatus_NextAttemptAtUtc",
                table: "platform_notifications",
                columns: new[] { "EmailStatus", "NextAttemptAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_platform_notifications_UserId_Module",
                table: "platform_notifications",
                columns: new[] { "UserId", "Module" });

            // The labels module's notifications move to the platform's table (the same rows, module "labels").
            migrationBuilder.Sql("""
                INSERT INTO platform_notifications ("Id", "Module", "UserId", "Email", "Subject", "Body", "Link", "CreatedAtUtc", "ReadAtUtc", "EmailStatus", "EmailError", "Attempts")
                SELECT "Id", 'labels', "UserId", "Email", "Subject", "Body", "Link", "CreatedAtUtc", "ReadAtUtc",
                       CASE "EmailStatus" WHEN 'retry' THEN 'failed' ELSE "EmailStatus" END, "EmailError",
                       CASE "EmailStatus" WHEN 'sent' THEN 1 WHEN 'failed' THEN 1 WHEN 'retry' THEN 2 WHEN 'error' THEN 3 ELSE 0 END
                FROM label_notifications
                """);

            migrationBuilder.DropTable(
                name: "label_notifications");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "IssuedById",
                table: "supervision_rectifications");

            migrationBuilder.DropColumn(
                name: "DeadlineWarnedForUtc",
                table: "supervision_complaints");

            migrationBuilder.DropColumn(
                name: "DeadlineWarning",
                table: "supervision_complaints");

            migrationBuilder.CreateTable(
                name: "label_notifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    EmailStatus = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ReadAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_label_notifications", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_label_notifications_UserId",
                table: "label_notifications",
                column: "UserId");

            migrationBuilder.Sql("""
                INSERT INTO label_notifications ("Id", "UserId", "Email", "Subject", "Body", "Link", "CreatedAtUtc", "ReadAtUtc", "EmailStatus", "EmailError")
                SELECT "Id", "UserId", "Email", "Subject", "Body", "Link", "CreatedAtUtc", "ReadAtUtc", "EmailStatus", "EmailError"
                FROM platform_notifications WHERE "Module" = 'labels' AND "UserId" IS NOT NULL
                """);

            migrationBuilder.DropTable(
                name: "platform_notifications");
        }
    }
}
