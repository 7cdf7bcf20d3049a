using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Velferd.Workflows.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ConsentFollowUp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "expiry_handled_at",
                table: "welfare_consents",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "renewal_requested_at",
                table: "welfare_consents",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "expiry_handled_at",
                table: "welfare_consents");

            migrationBuilder.DropColumn(
                name: "renewal_requested_at",
                table: "welfare_consents");
        }
    }
}
