using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jiafu.Registry.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddStatisticsIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Workers_Statistics",
                table: "Workers",
                columns: new[] { "StreetCode", "CreatedAt", "EmploymentType", "Gender", "BirthDate", "IsRevoked", "IdentityVerified", "HealthCheckValidUntil", "AccidentInsuranceValidUntil", "InstitutionId", "JobTypes" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Workers_Statistics",
                table: "Workers");
        }
    }
}
