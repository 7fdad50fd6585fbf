using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GreenBuild.Platform.Database.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EnergyBatchSubmitter : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SubmittedBy",
                table: "energy_ingest_batches",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_energy_ingest_batches_SubmittedBy",
                table: "energy_ingest_batches",
                column: "SubmittedBy");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_energy_ingest_batches_SubmittedBy",
                table: "energy_ingest_batches");

            migrationBuilder.DropColumn(
                name: "SubmittedBy",
                table: "energy_ingest_batches");
        }
    }
}
