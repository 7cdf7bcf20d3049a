using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Velferd.Workflows.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class CaseKindIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_welfare_cases_kind",
                table: "welfare_cases",
                columns: new[] { "kind", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_welfare_cases_kind",
                table: "welfare_cases");
        }
    }
}
