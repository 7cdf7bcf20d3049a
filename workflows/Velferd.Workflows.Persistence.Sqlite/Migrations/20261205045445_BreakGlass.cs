using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Velferd.Workflows.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class BreakGlass : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "welfare_break_glass",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    case_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    team = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    user_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    opened_at = table.Column<long>(type: "INTEGER", nullable: false),
                    expires_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_welfare_break_glass", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_welfare_break_glass_case_user",
                table: "welfare_break_glass",
                columns: new[] { "case_id", "user_name" });

            migrationBuilder.CreateIndex(
                name: "ix_welfare_break_glass_team",
                table: "welfare_break_glass",
                column: "team");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "welfare_break_glass");
        }
    }
}
