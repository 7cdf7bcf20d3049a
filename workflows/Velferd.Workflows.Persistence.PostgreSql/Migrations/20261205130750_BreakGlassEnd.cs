using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Velferd.Workflows.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class BreakGlassEnd : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ended_at",
                table: "welfare_break_glass",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ended_by",
                table: "welfare_break_glass",
                type: "character varying(100)",
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
