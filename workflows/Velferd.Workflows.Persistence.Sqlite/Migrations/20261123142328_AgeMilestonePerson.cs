using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Velferd.Workflows.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AgeMilestonePerson : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "milestone_age",
                table: "deadlines",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "milestone_lead_time",
                table: "deadlines",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "person_identity_number",
                table: "deadlines",
                type: "TEXT",
                maxLength: 11,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "milestone_age",
                table: "deadlines");

            migrationBuilder.DropColumn(
                name: "milestone_lead_time",
                table: "deadlines");

            migrationBuilder.DropColumn(
                name: "person_identity_number",
                table: "deadlines");
        }
    }
}
