using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jiafu.Registry.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddWorkerTraining : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "WorkerTrainingRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    IdNumberHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EnrollmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClassId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ClassName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ProviderName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AttendedHours = table.Column<decimal>(type: "TEXT", precision: 6, scale: 1, nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CertificateId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CertificateNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    SkillLevel = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    VerificationCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    CertificateIssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CertificateValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CertificateRevokedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CertificateRevokedReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkerTrainingRecords", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WorkerTrainingRecords_EnrollmentId",
                table: "WorkerTrainingRecords",
                column: "EnrollmentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkerTrainingRecords_IdNumberHash",
                table: "WorkerTrainingRecords",
                column: "IdNumberHash");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WorkerTrainingRecords");
        }
    }
}
