using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Velferd.Workflows.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class InstanceTeam : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "team",
                table: "workflow_instances",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "scope_json",
                table: "stimuli",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "team",
                table: "stimuli",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_workflow_instances_team_id",
                table: "workflow_instances",
                columns: new[] { "team", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_workflow_instances_team_id",
                table: "workflow_instances");

            migrationBuilder.DropColumn(
                name: "team",
                table: "workflow_instances");

            migrationBuilder.DropColumn(
                name: "scope_json",
                table: "stimuli");

            migrationBuilder.DropColumn(
                name: "team",
                table: "stimuli");
        }
    }
}
