using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Velferd.Workflows.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReporterFeedbackLetters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "reporter_number",
                table: "welfare_reports",
                type: "TEXT",
                maxLength: 11,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "reporter_organisation_number",
                table: "welfare_reports",
                type: "TEXT",
                maxLength: 9,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "report_id",
                table: "welfare_letters",
                type: "TEXT",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "reporter_number",
                table: "welfare_reports");

            migrationBuilder.DropColumn(
                name: "reporter_organisation_number",
                table: "welfare_reports");

            migrationBuilder.DropColumn(
                name: "report_id",
                table: "welfare_letters");
        }
    }
}
