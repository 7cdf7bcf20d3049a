using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Velferd.Workflows.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Deadlines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "deadlines",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    source_rule = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    workflow_instance_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    activity_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    correlation_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    team = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    bookmark_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    bookmark_key = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    bookmark_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    anchor_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    due_local = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    duration = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    max_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reminder_before = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    reminder_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reminder_targets = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    escalation_after = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    escalation_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    escalation_targets = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    next_step = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    next_fire_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    extension_count = table.Column<int>(type: "integer", nullable: false),
                    requested_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    extension_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    extension_requested_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    extension_approved_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    resolved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    claimed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    claim_token = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    claim_expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_deadlines", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_deadlines_bookmark_id",
                table: "deadlines",
                column: "bookmark_id");

            migrationBuilder.CreateIndex(
                name: "IX_deadlines_claim_token",
                table: "deadlines",
                column: "claim_token");

            migrationBuilder.CreateIndex(
                name: "IX_deadlines_correlation_id_due_at",
                table: "deadlines",
                columns: new[] { "correlation_id", "due_at" });

            migrationBuilder.CreateIndex(
                name: "IX_deadlines_next_fire_at",
                table: "deadlines",
                column: "next_fire_at");

            migrationBuilder.CreateIndex(
                name: "IX_deadlines_status_due_at",
                table: "deadlines",
                columns: new[] { "status", "due_at" });

            migrationBuilder.CreateIndex(
                name: "IX_deadlines_workflow_instance_id",
                table: "deadlines",
                column: "workflow_instance_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "deadlines");
        }
    }
}
