using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Velferd.Workflows.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Reports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "welfare_investigations",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    case_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    report_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    team = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    start_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    deadline_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    conclusion_code = table.Column<int>(type: "INTEGER", nullable: true),
                    conclusion_reason = table.Column<string>(type: "TEXT", nullable: true),
                    concluded_at = table.Column<long>(type: "INTEGER", nullable: true),
                    concluded_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    revision = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_welfare_investigations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "welfare_reports",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    melding_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    child_index = table.Column<int>(type: "INTEGER", nullable: false),
                    case_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    municipality = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    team = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    child_identity_kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    child_number = table.Column<string>(type: "TEXT", maxLength: 11, nullable: true),
                    child_due_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    child_identity_status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    received_at = table.Column<long>(type: "INTEGER", nullable: false),
                    registered_at = table.Column<long>(type: "INTEGER", nullable: false),
                    registered_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    reporter_category = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    reporter_role = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    reporter_organisation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    text = table.Column<string>(type: "TEXT", nullable: false),
                    acute = table.Column<bool>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ssb_code = table.Column<int>(type: "INTEGER", nullable: true),
                    investigation_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    review_outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    review_reason = table.Column<string>(type: "TEXT", nullable: true),
                    reviewed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    reviewed_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    revision = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_welfare_reports", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "welfare_deviation_notes",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    investigation_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    text = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_welfare_deviation_notes", x => x.id);
                    table.ForeignKey(
                        name: "FK_welfare_deviation_notes_welfare_investigations_investigation_id",
                        column: x => x.investigation_id,
                        principalTable: "welfare_investigations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_welfare_deviation_notes_investigation_id",
                table: "welfare_deviation_notes",
                column: "investigation_id");

            migrationBuilder.CreateIndex(
                name: "ix_welfare_investigations_case",
                table: "welfare_investigations",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_welfare_investigations_report",
                table: "welfare_investigations",
                column: "report_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_welfare_reports_case",
                table: "welfare_reports",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_welfare_reports_melding_child",
                table: "welfare_reports",
                columns: new[] { "melding_id", "child_index" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_welfare_reports_team_received",
                table: "welfare_reports",
                columns: new[] { "team", "received_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "welfare_deviation_notes");

            migrationBuilder.DropTable(
                name: "welfare_reports");

            migrationBuilder.DropTable(
                name: "welfare_investigations");
        }
    }
}
