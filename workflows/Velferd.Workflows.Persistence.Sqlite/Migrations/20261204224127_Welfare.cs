using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Velferd.Workflows.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Welfare : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "welfare_cases",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    municipality = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    level = table.Column<int>(type: "INTEGER", nullable: true),
                    team = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    question = table.Column<string>(type: "TEXT", nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    end_code = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    close_reason = table.Column<string>(type: "TEXT", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    closed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    revision = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_welfare_cases", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "welfare_policies",
                columns: table => new
                {
                    municipality = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    consent_policy = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    consent_validity_months = table.Column<int>(type: "INTEGER", nullable: false),
                    sole_consent_age = table.Column<int>(type: "INTEGER", nullable: false),
                    other_categories_need_holders = table.Column<bool>(type: "INTEGER", nullable: false),
                    consent_renewal_days = table.Column<int>(type: "INTEGER", nullable: false),
                    changed_at = table.Column<long>(type: "INTEGER", nullable: false),
                    changed_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_welfare_policies", x => new { x.municipality, x.version });
                });

            migrationBuilder.CreateTable(
                name: "welfare_case_events",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    case_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    detail = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_welfare_case_events", x => x.id);
                    table.ForeignKey(
                        name: "FK_welfare_case_events_welfare_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "welfare_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "welfare_case_members",
                columns: table => new
                {
                    case_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    user_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    service = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    added_at = table.Column<long>(type: "INTEGER", nullable: false),
                    added_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_welfare_case_members", x => new { x.case_id, x.user_name, x.service });
                    table.ForeignKey(
                        name: "FK_welfare_case_members_welfare_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "welfare_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "welfare_case_persons",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    case_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    identity_kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 11, nullable: true),
                    due_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    birth_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    birth_date_from_registry = table.Column<bool>(type: "INTEGER", nullable: false),
                    address_protection = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    has_parental_responsibility = table.Column<bool>(type: "INTEGER", nullable: false),
                    registry_status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_welfare_case_persons", x => x.id);
                    table.ForeignKey(
                        name: "FK_welfare_case_persons_welfare_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "welfare_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "welfare_consents",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    case_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    purpose = table.Column<string>(type: "TEXT", nullable: false),
                    valid_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    method = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    child_view = table.Column<string>(type: "TEXT", nullable: true),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_welfare_consents", x => x.id);
                    table.ForeignKey(
                        name: "FK_welfare_consents_welfare_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "welfare_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "welfare_consent_scopes",
                columns: table => new
                {
                    consent_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_welfare_consent_scopes", x => new { x.consent_id, x.kind, x.code });
                    table.ForeignKey(
                        name: "FK_welfare_consent_scopes_welfare_consents_consent_id",
                        column: x => x.consent_id,
                        principalTable: "welfare_consents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "welfare_consent_signers",
                columns: table => new
                {
                    consent_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    identity_kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 11, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    capacity = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_welfare_consent_signers", x => new { x.consent_id, x.position });
                    table.ForeignKey(
                        name: "FK_welfare_consent_signers_welfare_consents_consent_id",
                        column: x => x.consent_id,
                        principalTable: "welfare_consents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "welfare_consent_withdrawals",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    consent_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    services = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    categories = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    via = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_welfare_consent_withdrawals", x => x.id);
                    table.ForeignKey(
                        name: "FK_welfare_consent_withdrawals_welfare_consents_consent_id",
                        column: x => x.consent_id,
                        principalTable: "welfare_consents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_welfare_case_events_case",
                table: "welfare_case_events",
                columns: new[] { "case_id", "at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_welfare_case_members_user",
                table: "welfare_case_members",
                column: "user_name");

            migrationBuilder.CreateIndex(
                name: "ix_welfare_case_persons_case",
                table: "welfare_case_persons",
                columns: new[] { "case_id", "position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_welfare_case_persons_number",
                table: "welfare_case_persons",
                column: "number");

            migrationBuilder.CreateIndex(
                name: "ix_welfare_cases_team_status",
                table: "welfare_cases",
                columns: new[] { "team", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_welfare_consent_withdrawals_consent_id",
                table: "welfare_consent_withdrawals",
                column: "consent_id");

            migrationBuilder.CreateIndex(
                name: "ix_welfare_consents_case",
                table: "welfare_consents",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_welfare_consents_valid_to",
                table: "welfare_consents",
                column: "valid_to");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "welfare_case_events");

            migrationBuilder.DropTable(
                name: "welfare_case_members");

            migrationBuilder.DropTable(
                name: "welfare_case_persons");

            migrationBuilder.DropTable(
                name: "welfare_consent_scopes");

            migrationBuilder.DropTable(
                name: "welfare_consent_signers");

            migrationBuilder.DropTable(
                name: "welfare_consent_withdrawals");

            migrationBuilder.DropTable(
                name: "welfare_policies");

            migrationBuilder.DropTable(
                name: "welfare_consents");

            migrationBuilder.DropTable(
                name: "welfare_cases");
        }
    }
}
