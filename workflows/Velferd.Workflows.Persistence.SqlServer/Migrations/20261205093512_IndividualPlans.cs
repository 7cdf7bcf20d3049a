using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Velferd.Workflows.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class IndividualPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "welfare_coordinators",
                columns: table => new
                {
                    id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    case_id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    user_name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    appointed_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    appointed_by = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    accepted_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    left_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    leave_reason = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    revision = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_welfare_coordinators", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "welfare_individual_plans",
                columns: table => new
                {
                    id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    case_id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    received_on = table.Column<DateOnly>(type: "date", nullable: false),
                    need = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    services = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    long_term_needs = table.Column<bool>(type: "bit", nullable: false),
                    right_decision = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    right_decided_on = table.Column<DateOnly>(type: "date", nullable: true),
                    right_reason = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    wanted = table.Column<bool>(type: "bit", nullable: true),
                    wish_recorded_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    created_by = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    revision = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_welfare_individual_plans", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_welfare_coordinators_case",
                table: "welfare_coordinators",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ux_welfare_individual_plans_case",
                table: "welfare_individual_plans",
                column: "case_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "welfare_coordinators");

            migrationBuilder.DropTable(
                name: "welfare_individual_plans");
        }
    }
}
