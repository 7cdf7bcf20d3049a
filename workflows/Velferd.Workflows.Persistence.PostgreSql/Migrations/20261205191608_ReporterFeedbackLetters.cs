using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Velferd.Workflows.Persistence.PostgreSql.Migrations
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
                type: "character varying(11)",
                maxLength: 11,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "reporter_organisation_number",
                table: "welfare_reports",
                type: "character varying(9)",
                maxLength: 9,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "report_id",
                table: "welfare_letters",
                type: "character varying(64)",
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
