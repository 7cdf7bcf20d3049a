using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Velferd.Workflows.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class TimerTriggers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "timer_triggers",
                columns: table => new
                {
                    id = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    definition_id = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    definition_version_id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    activity_id = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    schedule = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    next_fire_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_timer_triggers", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_timer_triggers_definition_id",
                table: "timer_triggers",
                column: "definition_id");

            migrationBuilder.CreateIndex(
                name: "IX_timer_triggers_next_fire_at",
                table: "timer_triggers",
                column: "next_fire_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "timer_triggers");
        }
    }
}
