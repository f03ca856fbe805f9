using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jiafu.Subsidy.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ServiceRecordStreet : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "StreetCode",
                table: "ServiceRecords",
                type: "TEXT",
                maxLength: 12,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "StreetCode",
                table: "ServiceRecords");
        }
    }
}
