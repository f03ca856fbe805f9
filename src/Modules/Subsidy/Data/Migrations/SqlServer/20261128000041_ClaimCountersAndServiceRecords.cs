using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jiafu.Subsidy.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ClaimCountersAndServiceRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CounterScope",
                schema: "subsidy",
                table: "Claims",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CounterSubject",
                schema: "subsidy",
                table: "Claims",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ClaimCounters",
                schema: "subsidy",
                columns: table => new
                {
                    ItemCode = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Scope = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    SubjectKey = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Count = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClaimCounters", x => new { x.ItemCode, x.Scope, x.SubjectKey });
                    table.CheckConstraint("CK_ClaimCounters_Count", "\"Count\" >= 0");
                });

            migrationBuilder.CreateTable(
                name: "ServiceRecords",
                schema: "subsidy",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ServiceDate = table.Column<DateOnly>(type: "date", nullable: false),
                    HouseholdHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    HouseholdHeadIdEncrypted = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    HouseholdHeadIdMasked = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ServiceType = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    ClaimKey = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ImportJobId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceRecords", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRecords_ClaimKey",
                schema: "subsidy",
                table: "ServiceRecords",
                column: "ClaimKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRecords_InstitutionId_HouseholdHash_ServiceDate_ServiceType",
                schema: "subsidy",
                table: "ServiceRecords",
                columns: new[] { "InstitutionId", "HouseholdHash", "ServiceDate", "ServiceType" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRecords_InstitutionId_ServiceDate",
                schema: "subsidy",
                table: "ServiceRecords",
                columns: new[] { "InstitutionId", "ServiceDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClaimCounters",
                schema: "subsidy");

            migrationBuilder.DropTable(
                name: "ServiceRecords",
                schema: "subsidy");

            migrationBuilder.DropColumn(
                name: "CounterScope",
                schema: "subsidy",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "CounterSubject",
                schema: "subsidy",
                table: "Claims");
        }
    }
}
