using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jiafu.Subsidy.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddStatisticsIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Applications_Statistics_Created",
                table: "Applications",
                columns: new[] { "CreatedAt", "Status", "AmountFen" });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_Statistics_Paid",
                table: "Applications",
                columns: new[] { "Status", "PaidOn", "ItemCode", "StreetCode", "AmountFen" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Applications_Statistics_Created",
                table: "Applications");

            migrationBuilder.DropIndex(
                name: "IX_Applications_Statistics_Paid",
                table: "Applications");
        }
    }
}
