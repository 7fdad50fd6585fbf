using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GreenBuild.Platform.Database.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LabelsTimelineSequence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_label_events_ApplicationId",
                table: "label_events");

            migrationBuilder.AddColumn<long>(
                name: "Sequence",
                table: "label_events",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            // Steps recorded before the key existed: their time order, ties by their (time-based) id.
            migrationBuilder.Sql("""
                UPDATE label_events SET "Sequence" = (SELECT COUNT(*) FROM label_events e
                    WHERE e."AtUtc" < label_events."AtUtc" OR (e."AtUtc" = label_events."AtUtc" AND e."Id" <= label_events."Id"))
                """);

            migrationBuilder.CreateIndex(
                name: "IX_label_events_ApplicationId_AtUtc_Sequence",
                table: "label_events",
                columns: new[] { "ApplicationId", "AtUtc", "Sequence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_label_events_ApplicationId_AtUtc_Sequence",
                table: "label_events");

            migrationBuilder.DropColumn(
                name: "Sequence",
                table: "label_events");

            migrationBuilder.CreateIndex(
                name: "IX_label_events_ApplicationId",
                table: "label_events",
                column: "ApplicationId");
        }
    }
}
