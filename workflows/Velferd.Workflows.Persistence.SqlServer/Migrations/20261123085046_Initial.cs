using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Velferd.Workflows.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "stimuli",
                columns: table => new
                {
                    id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    idempotency_key = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    workflow_instance_id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    definition_version_id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    bookmark_id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    event_name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    correlation_id = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    payload_json = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    attempts = table.Column<int>(type: "int", nullable: false),
                    lease_owner = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    claim_token = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    lease_expires_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    available_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    last_error = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stimuli", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "workflow_definitions",
                columns: table => new
                {
                    id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    definition_id = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    version = table.Column<int>(type: "int", nullable: false),
                    is_latest = table.Column<bool>(type: "bit", nullable: false),
                    is_published = table.Column<bool>(type: "bit", nullable: false),
                    name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    document_json = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workflow_definitions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "workflow_instances",
                columns: table => new
                {
                    id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    definition_id = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    definition_version_id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    definition_version = table.Column<int>(type: "int", nullable: false),
                    name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    correlation_id = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    sub_status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    incident_count = table.Column<int>(type: "int", nullable: false),
                    revision = table.Column<long>(type: "bigint", nullable: false),
                    schema_version = table.Column<int>(type: "int", nullable: false),
                    state_json = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workflow_instances", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "activity_executions",
                columns: table => new
                {
                    id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    workflow_instance_id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    activity_id = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    activity_node_id = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    activity_type = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    activity_name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    resumed = table.Column<bool>(type: "bit", nullable: false),
                    outcomes = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    message = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    output_json = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    started_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activity_executions", x => x.id);
                    table.ForeignKey(
                        name: "FK_activity_executions_workflow_instances_workflow_instance_id",
                        column: x => x.workflow_instance_id,
                        principalTable: "workflow_instances",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "workflow_bookmarks",
                columns: table => new
                {
                    id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    workflow_instance_id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    activity_id = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    key = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    correlation_id = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workflow_bookmarks", x => x.id);
                    table.ForeignKey(
                        name: "FK_workflow_bookmarks_workflow_instances_workflow_instance_id",
                        column: x => x.workflow_instance_id,
                        principalTable: "workflow_instances",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_activity_executions_workflow_instance_id_sequence",
                table: "activity_executions",
                columns: new[] { "workflow_instance_id", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_stimuli_claim_token",
                table: "stimuli",
                column: "claim_token");

            migrationBuilder.CreateIndex(
                name: "IX_stimuli_idempotency_key",
                table: "stimuli",
                column: "idempotency_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_stimuli_status_available_at",
                table: "stimuli",
                columns: new[] { "status", "available_at" });

            migrationBuilder.CreateIndex(
                name: "IX_stimuli_status_lease_expires_at",
                table: "stimuli",
                columns: new[] { "status", "lease_expires_at" });

            migrationBuilder.CreateIndex(
                name: "IX_workflow_bookmarks_name_key_correlation_id",
                table: "workflow_bookmarks",
                columns: new[] { "name", "key", "correlation_id" });

            migrationBuilder.CreateIndex(
                name: "IX_workflow_bookmarks_workflow_instance_id",
                table: "workflow_bookmarks",
                column: "workflow_instance_id");

            migrationBuilder.CreateIndex(
                name: "IX_workflow_definitions_definition_id_is_latest",
                table: "workflow_definitions",
                columns: new[] { "definition_id", "is_latest" });

            migrationBuilder.CreateIndex(
                name: "IX_workflow_definitions_definition_id_is_published",
                table: "workflow_definitions",
                columns: new[] { "definition_id", "is_published" });

            migrationBuilder.CreateIndex(
                name: "IX_workflow_definitions_definition_id_version",
                table: "workflow_definitions",
                columns: new[] { "definition_id", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_workflow_definitions_name",
                table: "workflow_definitions",
                column: "name");

            migrationBuilder.CreateIndex(
                name: "IX_workflow_instances_correlation_id",
                table: "workflow_instances",
                column: "correlation_id");

            migrationBuilder.CreateIndex(
                name: "IX_workflow_instances_definition_id_id",
                table: "workflow_instances",
                columns: new[] { "definition_id", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_workflow_instances_status_sub_status",
                table: "workflow_instances",
                columns: new[] { "status", "sub_status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "activity_executions");

            migrationBuilder.DropTable(
                name: "stimuli");

            migrationBuilder.DropTable(
                name: "workflow_bookmarks");

            migrationBuilder.DropTable(
                name: "workflow_definitions");

            migrationBuilder.DropTable(
                name: "workflow_instances");
        }
    }
}
