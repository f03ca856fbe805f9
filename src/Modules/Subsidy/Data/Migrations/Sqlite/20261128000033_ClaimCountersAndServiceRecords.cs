using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jiafu.Subsidy.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ClaimCountersAndServiceRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CounterScope",
                table: "Claims",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CounterSubject",
                table: "Claims",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ClaimCounters",
                columns: table => new
                {
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SubjectKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClaimCounters", x => new { x.ItemCode, x.Scope, x.SubjectKey });
                    table.CheckConstraint("CK_ClaimCounters_Count", "\"Count\" >= 0");
                });

            migrationBuilder.CreateTable(
                name: "ServiceRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HouseholdHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    HouseholdHeadIdEncrypted = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HouseholdHeadIdMasked = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ServiceType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ClaimKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ImportJobId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceRecords", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRecords_ClaimKey",
                table: "ServiceRecords",
                column: "ClaimKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRecords_InstitutionId_HouseholdHash_ServiceDate_ServiceType",
                table: "ServiceRecords",
                columns: new[] { "InstitutionId", "HouseholdHash", "ServiceDate", "ServiceType" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRecords_InstitutionId_ServiceDate",
                table: "ServiceRecords",
                columns: new[] { "InstitutionId", "ServiceDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClaimCounters");

            migrationBuilder.DropTable(
                name: "ServiceRecords");

            migrationBuilder.DropColumn(
                name: "CounterScope",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "CounterSubject",
                table: "Claims");
        }
    }
}
