using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Velferd.Workflows.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ConsentFollowUp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "expiry_handled_at",
                table: "welfare_consents",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "renewal_requested_at",
                table: "welfare_consents",
                type: "INTEGER",
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
