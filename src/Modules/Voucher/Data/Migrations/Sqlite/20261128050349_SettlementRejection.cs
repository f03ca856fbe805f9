using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jiafu.Voucher.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SettlementRejection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "RejectedAt",
                table: "Settlements",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RejectedBy",
                table: "Settlements",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RejectedVoucherIds",
                table: "Settlements",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "RejectionReason",
                table: "Settlements",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RejectedAt",
                table: "Settlements");

            migrationBuilder.DropColumn(
                name: "RejectedBy",
                table: "Settlements");

            migrationBuilder.DropColumn(
                name: "RejectedVoucherIds",
                table: "Settlements");

            migrationBuilder.DropColumn(
                name: "RejectionReason",
                table: "Settlements");
        }
    }
}
