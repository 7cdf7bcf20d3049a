using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Velferd.Workflows.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class TeamWork : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "welfare_anonymous_discussions",
                columns: table => new
                {
                    id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    question = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    age_band = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    advice = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_welfare_anonymous_discussions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "welfare_case_log_entries",
                columns: table => new
                {
                    id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    case_id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    text = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    responsible_service = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    due_date = table.Column<DateOnly>(type: "date", nullable: true),
                    status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    meeting_id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    goal_attainment = table.Column<int>(type: "int", nullable: true),
                    at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    by = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_welfare_case_log_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "welfare_handovers",
                columns: table => new
                {
                    id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    case_id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    from_user = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    to_user = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    offered_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    offered_by = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    remind_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    reminded_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_welfare_handovers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "welfare_meetings",
                columns: table => new
                {
                    id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    case_id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    services = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    categories = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    scheduled_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    scheduled_by = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    recorded_by = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    parents_present = table.Column<bool>(type: "bit", nullable: true),
                    child_present = table.Column<bool>(type: "bit", nullable: true),
                    child_view = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    summary = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    cancelled_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    cancel_reason = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_welfare_meetings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "welfare_notifications",
                columns: table => new
                {
                    id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    recipient = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    team = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    case_id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    text = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_welfare_notifications", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "welfare_meeting_participants",
                columns: table => new
                {
                    meeting_id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    position = table.Column<int>(type: "int", nullable: false),
                    user_name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    service = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_welfare_meeting_participants", x => new { x.meeting_id, x.position });
                    table.ForeignKey(
                        name: "FK_welfare_meeting_participants_welfare_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "welfare_meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_welfare_case_log_entries_case",
                table: "welfare_case_log_entries",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_welfare_handovers_case",
                table: "welfare_handovers",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_welfare_handovers_status_remind_at",
                table: "welfare_handovers",
                columns: new[] { "status", "remind_at" });

            migrationBuilder.CreateIndex(
                name: "ix_welfare_meetings_case_at",
                table: "welfare_meetings",
                columns: new[] { "case_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_welfare_notifications_recipient",
                table: "welfare_notifications",
                column: "recipient");

            migrationBuilder.CreateIndex(
                name: "ix_welfare_notifications_team",
                table: "welfare_notifications",
                column: "team");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "welfare_anonymous_discussions");

            migrationBuilder.DropTable(
                name: "welfare_case_log_entries");

            migrationBuilder.DropTable(
                name: "welfare_handovers");

            migrationBuilder.DropTable(
                name: "welfare_meeting_participants");

            migrationBuilder.DropTable(
                name: "welfare_notifications");

            migrationBuilder.DropTable(
                name: "welfare_meetings");
        }
    }
}
