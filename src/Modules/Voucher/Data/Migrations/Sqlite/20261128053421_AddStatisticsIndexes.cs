using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jiafu.Voucher.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddStatisticsIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Vouchers_Statistics_Expiring",
                table: "Vouchers",
                columns: new[] { "Status", "ValidUntil" });

            migrationBuilder.CreateIndex(
                name: "IX_Vouchers_Statistics_Issued",
                table: "Vouchers",
                columns: new[] { "IssuedAt", "StreetCode", "Status", "BusinessFormat", "FaceValueFen" });

            migrationBuilder.CreateIndex(
                name: "IX_Vouchers_Statistics_Used",
                table: "Vouchers",
                columns: new[] { "Status", "ServiceDate", "FaceValueFen" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Vouchers_Statistics_Expiring",
                table: "Vouchers");

            migrationBuilder.DropIndex(
                name: "IX_Vouchers_Statistics_Issued",
                table: "Vouchers");

            migrationBuilder.DropIndex(
                name: "IX_Vouchers_Statistics_Used",
                table: "Vouchers");
        }
    }
}
