using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GreenBuild.Platform.Database.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LabelsWorkflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "label_applications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ProjectName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CityCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FloorArea = table.Column<decimal>(type: "numeric", nullable: false),
                    IsResidential = table.Column<bool>(type: "boolean", nullable: false),
                    TargetLevel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CurrentVersion = table.Column<int>(type: "integer", nullable: false),
                    ExpectedLevel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Participants = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ReturnReasons = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ResubmitByUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PanelLevel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    DecisionReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_label_applications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "label_experts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Specialty = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    InvolvedProjectCodes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_label_experts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "label_notifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Link = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReadAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EmailStatus = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EmailError = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_label_notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "label_application_versions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    AssessmentJson = table.Column<string>(type: "text", nullable: false),
                    ExpectedLevel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TotalScore = table.Column<decimal>(type: "numeric", nullable: false),
                    ExplanationJson = table.Column<string>(type: "text", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_label_application_versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_label_application_versions_label_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "label_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "label_certificates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    VerificationCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ProjectName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CityCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FloorArea = table.Column<decimal>(type: "numeric", nullable: false),
                    Level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CertifiedLevel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StatusReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    StatusChangedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    IssuedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    NextRecheckDueUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    MonitoringBuildingCode = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    MonitoringLinkedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_label_certificates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_label_certificates_label_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "label_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "label_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Detail = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_label_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_label_events_label_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "label_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "label_evidence_files",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Clause = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_label_evidence_files", x => x.Id);
                    table.ForeignKey(
                        name: "FK_label_evidence_files_label_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "label_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "label_notices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ProjectName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OrganizationName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CityCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    ProposedLevel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PanelScore = table.Column<decimal>(type: "numeric", nullable: false),
                    Days = table.Column<int>(type: "integer", nullable: false),
                    StartsAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndsAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PublishedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_label_notices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_label_notices_label_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "label_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "label_panels",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SourceNames = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    SourceValues = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    DrawKey = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AnnouncedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DrawnAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DeadlineUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ConclusionLevel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ConclusionScore = table.Column<decimal>(type: "numeric", nullable: true),
                    ConclusionJson = table.Column<string>(type: "text", nullable: true),
                    Opinion = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ClosedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_label_panels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_label_panels_label_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "label_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "label_rechecks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CertificateId = table.Column<Guid>(type: "uuid", nullable: false),
                    DueAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    OperationFindings = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CompletedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CompletedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_label_rechecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_label_rechecks_label_certificates_CertificateId",
                        column: x => x.CertificateId,
                        principalTable: "label_certificates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "label_objections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NoticeId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    TrackingCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Contact = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Response = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    HandledBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    HandledAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_label_objections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_label_objections_label_notices_NoticeId",
                        column: x => x.NoticeId,
                        principalTable: "label_notices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "label_panel_draws",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PanelId = table.Column<Guid>(type: "uuid", nullable: false),
                    Specialty = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    CandidateText = table.Column<string>(type: "text", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AvoidText = table.Column<string>(type: "text", nullable: false),
                    StepsJson = table.Column<string>(type: "text", nullable: false),
                    Round = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_label_panel_draws", x => x.Id);
                    table.ForeignKey(
                        name: "FK_label_panel_draws_label_panels_PanelId",
                        column: x => x.PanelId,
                        principalTable: "label_panels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "label_panel_members",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PanelId = table.Column<Guid>(type: "uuid", nullable: false),
                    ExpertId = table.Column<Guid>(type: "uuid", nullable: false),
                    ExpertCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ExpertName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Specialty = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ConflictReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ScoresJson = table.Column<string>(type: "text", nullable: false),
                    Opinion = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RecommendedLevel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    AssignedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_label_panel_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_label_panel_members_label_panels_PanelId",
                        column: x => x.PanelId,
                        principalTable: "label_panels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_label_application_versions_ApplicationId_Version",
                table: "label_application_versions",
                columns: new[] { "ApplicationId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_label_applications_CityCode",
                table: "label_applications",
                column: "CityCode");

            migrationBuilder.CreateIndex(
                name: "IX_label_applications_Number",
                table: "label_applications",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_label_applications_OrganizationId",
                table: "label_applications",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_label_applications_ProjectId",
                table: "label_applications",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_label_applications_Status",
                table: "label_applications",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_label_certificates_ApplicationId",
                table: "label_certificates",
                column: "ApplicationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_label_certificates_Number",
                table: "label_certificates",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_label_certificates_ProjectId",
                table: "label_certificates",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_label_events_ApplicationId",
                table: "label_events",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_label_evidence_files_ApplicationId",
                table: "label_evidence_files",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_label_experts_Code",
                table: "label_experts",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_label_experts_UserId",
                table: "label_experts",
                column: "UserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_label_notices_ApplicationId",
                table: "label_notices",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_label_notifications_UserId",
                table: "label_notifications",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_label_objections_NoticeId",
                table: "label_objections",
                column: "NoticeId");

            migrationBuilder.CreateIndex(
                name: "IX_label_objections_TrackingCode",
                table: "label_objections",
                column: "TrackingCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_label_panel_draws_PanelId_Specialty",
                table: "label_panel_draws",
                columns: new[] { "PanelId", "Specialty" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_label_panel_members_PanelId",
                table: "label_panel_members",
                column: "PanelId");

            migrationBuilder.CreateIndex(
                name: "IX_label_panel_members_UserId",
                table: "label_panel_members",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_label_panels_ApplicationId",
                table: "label_panels",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_label_rechecks_CertificateId_DueAtUtc",
                table: "label_rechecks",
                columns: new[] { "CertificateId", "DueAtUtc" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "label_application_versions");

            migrationBuilder.DropTable(
                name: "label_events");

            migrationBuilder.DropTable(
                name: "label_evidence_files");

            migrationBuilder.DropTable(
                name: "label_experts");

            migrationBuilder.DropTable(
                name: "label_notifications");

            migrationBuilder.DropTable(
                name: "label_objections");

            migrationBuilder.DropTable(
                name: "label_panel_draws");

            migrationBuilder.DropTable(
                name: "label_panel_members");

            migrationBuilder.DropTable(
                name: "label_rechecks");

            migrationBuilder.DropTable(
                name: "label_notices");

            migrationBuilder.DropTable(
                name: "label_panels");

            migrationBuilder.DropTable(
                name: "label_certificates");

            migrationBuilder.DropTable(
                name: "label_applications");
        }
    }
}
