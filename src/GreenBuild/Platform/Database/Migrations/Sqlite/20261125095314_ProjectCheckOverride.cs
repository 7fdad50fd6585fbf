using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GreenBuild.Platform.Database.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProjectCheckOverride : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "OverrideReason",
                table: "project_checks",
                type: "TEXT",
                maxLength: 500,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OverrideReason",
                table: "project_checks");
        }
    }
}
