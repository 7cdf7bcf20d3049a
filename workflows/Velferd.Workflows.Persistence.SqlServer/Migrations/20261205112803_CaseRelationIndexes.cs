using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Velferd.Workflows.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class CaseRelationIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_welfare_handovers_to_user",
                table: "welfare_handovers",
                column: "to_user");

            migrationBuilder.CreateIndex(
                name: "ix_welfare_cases_created_by",
                table: "welfare_cases",
                column: "created_by");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_welfare_handovers_to_user",
                table: "welfare_handovers");

            migrationBuilder.DropIndex(
                name: "ix_welfare_cases_created_by",
                table: "welfare_cases");
        }
    }
}
