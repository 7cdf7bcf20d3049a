using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Velferd.Workflows.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class TestRuns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "test_run_by",
                table: "workflow_instances",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "test_run_by",
                table: "stimuli",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "is_test",
                table: "outbox_messages",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "test_run_by",
                table: "human_tasks",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "test_run_by",
                table: "deadlines",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "test_run_by",
                table: "workflow_instances");

            migrationBuilder.DropColumn(
                name: "test_run_by",
                table: "stimuli");

            migrationBuilder.DropColumn(
                name: "is_test",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "test_run_by",
                table: "human_tasks");

            migrationBuilder.DropColumn(
                name: "test_run_by",
                table: "deadlines");
        }
    }
}
