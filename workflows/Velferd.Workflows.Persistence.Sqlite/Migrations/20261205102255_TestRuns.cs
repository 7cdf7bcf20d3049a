using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Velferd.Workflows.Persistence.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "test_run_by",
                table: "stimuli",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "is_test",
                table: "outbox_messages",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "test_run_by",
                table: "human_tasks",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "test_run_by",
                table: "deadlines",
                type: "TEXT",
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
