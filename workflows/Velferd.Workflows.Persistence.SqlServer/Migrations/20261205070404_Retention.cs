using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Velferd.Workflows.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Retention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_workflow_instances_status_finished_at",
                table: "workflow_instances",
                columns: new[] { "status", "finished_at" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_workflow_instance_id",
                table: "outbox_messages",
                column: "workflow_instance_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_workflow_instances_status_finished_at",
                table: "workflow_instances");

            migrationBuilder.DropIndex(
                name: "IX_outbox_messages_workflow_instance_id",
                table: "outbox_messages");
        }
    }
}
