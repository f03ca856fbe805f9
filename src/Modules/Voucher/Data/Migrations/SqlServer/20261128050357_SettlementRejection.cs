using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jiafu.Voucher.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SettlementRejection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RejectedAt",
                schema: "voucher",
                table: "Settlements",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RejectedBy",
                schema: "voucher",
                table: "Settlements",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RejectedVoucherIds",
                schema: "voucher",
                table: "Settlements",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "RejectionReason",
                schema: "voucher",
                table: "Settlements",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RejectedAt",
                schema: "voucher",
                table: "Settlements");

            migrationBuilder.DropColumn(
                name: "RejectedBy",
                schema: "voucher",
                table: "Settlements");

            migrationBuilder.DropColumn(
                name: "RejectedVoucherIds",
                schema: "voucher",
                table: "Settlements");

            migrationBuilder.DropColumn(
                name: "RejectionReason",
                schema: "voucher",
                table: "Settlements");
        }
    }
}
