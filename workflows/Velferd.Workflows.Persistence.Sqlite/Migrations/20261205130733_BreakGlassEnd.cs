using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Velferd.Workflows.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class BreakGlassEnd : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ended_at",
                table: "welfare_break_glass",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ended_by",
                table: "welfare_break_glass",
                type: "TEXT",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ended_at",
                table: "welfare_break_glass");

            migrationBuilder.DropColumn(
                name: "ended_by",
                table: "welfare_break_glass");
        }
    }
}
