using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Velferd.Workflows.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class HumanTasks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "human_tasks",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    workflow_instance_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    bookmark_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    activity_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    definition_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    correlation_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    description = table.Column<string>(type: "text", nullable: true),
                    fields_json = table.Column<string>(type: "text", nullable: false),
                    outcomes_json = table.Column<string>(type: "text", nullable: false),
                    candidate_team = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    candidate_role = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    assigned_to = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    priority = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    priority_order = table.Column<int>(type: "integer", nullable: false),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    due_order = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reminder_offset = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    escalation_offset = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    outcome = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    form_data_json = table.Column<string>(type: "text", nullable: true),
                    completed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_human_tasks", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "human_task_history",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    task_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    detail = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_human_task_history", x => x.id);
                    table.ForeignKey(
                        name: "FK_human_task_history_human_tasks_task_id",
                        column: x => x.task_id,
                        principalTable: "human_tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_human_task_history_task_id_version",
                table: "human_task_history",
                columns: new[] { "task_id", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_human_tasks_active_assignee",
                table: "human_tasks",
                columns: new[] { "assigned_to", "due_order", "id" },
                filter: "\"status\" IN ('Open', 'Claimed')");

            migrationBuilder.CreateIndex(
                name: "ix_human_tasks_active_team",
                table: "human_tasks",
                columns: new[] { "candidate_team", "due_order", "id" },
                filter: "\"status\" IN ('Open', 'Claimed')");

            migrationBuilder.CreateIndex(
                name: "ix_human_tasks_active_team_priority",
                table: "human_tasks",
                columns: new[] { "candidate_team", "priority_order", "due_order", "id" },
                filter: "\"status\" IN ('Open', 'Claimed')");

            migrationBuilder.CreateIndex(
                name: "ix_human_tasks_assignee_status",
                table: "human_tasks",
                columns: new[] { "assigned_to", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_human_tasks_bookmark",
                table: "human_tasks",
                column: "bookmark_id");

            migrationBuilder.CreateIndex(
                name: "ix_human_tasks_correlation",
                table: "human_tasks",
                column: "correlation_id");

            migrationBuilder.CreateIndex(
                name: "ix_human_tasks_instance",
                table: "human_tasks",
                column: "workflow_instance_id");

            migrationBuilder.CreateIndex(
                name: "ix_human_tasks_team_status",
                table: "human_tasks",
                columns: new[] { "candidate_team", "status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "human_task_history");

            migrationBuilder.DropTable(
                name: "human_tasks");
        }
    }
}
