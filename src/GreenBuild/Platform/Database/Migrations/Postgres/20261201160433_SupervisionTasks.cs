using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GreenBuild.Platform.Database.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SupervisionTasks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "supervision_attachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_attachments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "supervision_complaints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TrackingCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CityCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    ContactName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    ContactPhone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DueAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Answer = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true),
                    AnsweredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ChallengeId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_complaints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "supervision_credit_records",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ValidFrom = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ValidUntil = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_credit_records", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "supervision_inspections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    ObjectKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ObjectCode = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ObjectName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CityCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    InspectedOn = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SubmittedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ApprovedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ApprovedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PublishedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_inspections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "supervision_inspectors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: true),
                    OrganizationName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CityCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Specialties = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    IsAvailable = table.Column<bool>(type: "boolean", nullable: false),
                    UserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_inspectors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "supervision_objects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CityCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Type = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: true),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_objects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "supervision_reminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RectificationId = table.Column<Guid>(type: "uuid", nullable: false),
                    InspectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_reminders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "supervision_tasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    PreviousVersionId = table.Column<Guid>(type: "uuid", nullable: true),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CityCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    ObjectKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Stages = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Types = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    ObjectCities = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreditFilter = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SampleMode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    SampleValue = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    Stratification = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    InspectorsPerObject = table.Column<int>(type: "integer", nullable: false),
                    Specialties = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    AvoidOwnEmployer = table.Column<bool>(type: "boolean", nullable: false),
                    AvoidOwnCity = table.Column<bool>(type: "boolean", nullable: false),
                    AvoidPreviousInspector = table.Column<bool>(type: "boolean", nullable: false),
                    DrawAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AnnouncedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AnnouncedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DrawnBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DrawnAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_tasks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "supervision_complaint_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ComplaintId = table.Column<Guid>(type: "uuid", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true),
                    By = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_complaint_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_supervision_complaint_events_supervision_complaints_Complai~",
                        column: x => x.ComplaintId,
                        principalTable: "supervision_complaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "supervision_findings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InspectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Severity = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_findings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_supervision_findings_supervision_inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "supervision_inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "supervision_inspection_assignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InspectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    InspectorId = table.Column<Guid>(type: "uuid", nullable: false),
                    InspectorNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    InspectorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_inspection_assignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_supervision_inspection_assignments_supervision_inspections_~",
                        column: x => x.InspectionId,
                        principalTable: "supervision_inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "supervision_inspection_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InspectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Citation = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Result = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_inspection_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_supervision_inspection_items_supervision_inspections_Inspec~",
                        column: x => x.InspectionId,
                        principalTable: "supervision_inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "supervision_rectifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InspectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Requirement = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    DeadlineUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Report = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ReportedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReinspectionNote = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ReinspectedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ReinspectedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Reminders = table.Column<int>(type: "integer", nullable: false),
                    LastReminderAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    IsOverdue = table.Column<bool>(type: "boolean", nullable: false),
                    IssuedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IssuedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_rectifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_supervision_rectifications_supervision_inspections_Inspecti~",
                        column: x => x.InspectionId,
                        principalTable: "supervision_inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "supervision_task_draws",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    ListId = table.Column<Guid>(type: "uuid", nullable: false),
                    ForObject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    AvoidText = table.Column<string>(type: "text", nullable: false),
                    SelectedText = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_task_draws", x => x.Id);
                    table.ForeignKey(
                        name: "FK_supervision_task_draws_supervision_tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "supervision_tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "supervision_task_lists",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Stratum = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DrawCount = table.Column<int>(type: "integer", nullable: false),
                    Size = table.Column<int>(type: "integer", nullable: false),
                    CanonicalText = table.Column<string>(type: "text", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    MembersJson = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_task_lists", x => x.Id);
                    table.ForeignKey(
                        name: "FK_supervision_task_lists_supervision_tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "supervision_tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "supervision_task_sources",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Values = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    EnteredBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    EnteredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_task_sources", x => x.Id);
                    table.ForeignKey(
                        name: "FK_supervision_task_sources_supervision_tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "supervision_tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_supervision_attachments_OwnerKind_OwnerId",
                table: "supervision_attachments",
                columns: new[] { "OwnerKind", "OwnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_supervision_complaint_events_ComplaintId",
                table: "supervision_complaint_events",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_supervision_complaints_ChallengeId",
                table: "supervision_complaints",
                column: "ChallengeId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_supervision_complaints_TrackingCode",
                table: "supervision_complaints",
                column: "TrackingCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_supervision_credit_records_OrganizationId_Kind",
                table: "supervision_credit_records",
                columns: new[] { "OrganizationId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_supervision_credit_records_Source",
                table: "supervision_credit_records",
                column: "Source");

            migrationBuilder.CreateIndex(
                name: "IX_supervision_findings_InspectionId",
                table: "supervision_findings",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_supervision_inspection_assignments_InspectionId",
                table: "supervision_inspection_assignments",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_supervision_inspection_assignments_UserId",
                table: "supervision_inspection_assignments",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_supervision_inspection_items_InspectionId",
                table: "supervision_inspection_items",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_supervision_inspections_ObjectKind_ObjectCode",
                table: "supervision_inspections",
                columns: new[] { "ObjectKind", "ObjectCode" });

            migrationBuilder.CreateIndex(
                name: "IX_supervision_inspections_TaskId_ObjectCode",
                table: "supervision_inspections",
                columns: new[] { "TaskId", "ObjectCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_supervision_inspectors_Number",
                table: "supervision_inspectors",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_supervision_inspectors_UserId",
                table: "supervision_inspectors",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_supervision_objects_Kind_Code",
                table: "supervision_objects",
                columns: new[] { "Kind", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_supervision_rectifications_InspectionId",
                table: "supervision_rectifications",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_supervision_rectifications_Status_DeadlineUtc",
                table: "supervision_rectifications",
                columns: new[] { "Status", "DeadlineUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_supervision_reminders_RectificationId",
                table: "supervision_reminders",
                column: "RectificationId");

            migrationBuilder.CreateIndex(
                name: "IX_supervision_task_draws_TaskId_Sequence",
                table: "supervision_task_draws",
                columns: new[] { "TaskId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_supervision_task_lists_TaskId_Kind_Stratum",
                table: "supervision_task_lists",
                columns: new[] { "TaskId", "Kind", "Stratum" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_supervision_task_sources_TaskId_Position",
                table: "supervision_task_sources",
                columns: new[] { "TaskId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_supervision_tasks_Code_Version",
                table: "supervision_tasks",
                columns: new[] { "Code", "Version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "supervision_attachments");

            migrationBuilder.DropTable(
                name: "supervision_complaint_events");

            migrationBuilder.DropTable(
                name: "supervision_credit_records");

            migrationBuilder.DropTable(
                name: "supervision_findings");

            migrationBuilder.DropTable(
                name: "supervision_inspection_assignments");

            migrationBuilder.DropTable(
                name: "supervision_inspection_items");

            migrationBuilder.DropTable(
                name: "supervision_inspectors");

            migrationBuilder.DropTable(
                name: "supervision_objects");

            migrationBuilder.DropTable(
                name: "supervision_rectifications");

            migrationBuilder.DropTable(
                name: "supervision_reminders");

            migrationBuilder.DropTable(
                name: "supervision_task_draws");

            migrationBuilder.DropTable(
                name: "supervision_task_lists");

            migrationBuilder.DropTable(
                name: "supervision_task_sources");

            migrationBuilder.DropTable(
                name: "supervision_complaints");

            migrationBuilder.DropTable(
                name: "supervision_inspections");

            migrationBuilder.DropTable(
                name: "supervision_tasks");
        }
    }
}
