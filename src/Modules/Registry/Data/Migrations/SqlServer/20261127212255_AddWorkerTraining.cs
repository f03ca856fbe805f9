using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jiafu.Registry.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddWorkerTraining : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "WorkerTrainingRecords",
                schema: "registry",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    IdNumberHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    EnrollmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ClassId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProgrammeName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Category = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    ClassName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ProviderName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    AttendedHours = table.Column<decimal>(type: "decimal(6,1)", precision: 6, scale: 1, nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CertificateId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CertificateNumber = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    SkillLevel = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    VerificationCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    CertificateIssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CertificateValidUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    CertificateRevokedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CertificateRevokedReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkerTrainingRecords", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WorkerTrainingRecords_EnrollmentId",
                schema: "registry",
                table: "WorkerTrainingRecords",
                column: "EnrollmentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkerTrainingRecords_IdNumberHash",
                schema: "registry",
                table: "WorkerTrainingRecords",
                column: "IdNumberHash");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WorkerTrainingRecords",
                schema: "registry");
        }
    }
}
