using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jiafu.Inspection.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ComplaintsEvaluationsPerformance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Complaints",
                schema: "inspection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InstitutionName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    StreetCode = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: false),
                    WorkerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    WorkerName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    ServiceReference = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Source = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Content = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    HandlingOfficer = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Conclusion = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    ClosedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    CreatedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Complaints", x => x.Id);
                    table.CheckConstraint("CK_Complaints_Closed", "([Status] = 'Open' AND [Outcome] IS NULL) OR ([Status] = 'Closed' AND [Outcome] IS NOT NULL AND [ClosedOn] IS NOT NULL)");
                });

            migrationBuilder.CreateTable(
                name: "FieldVisits",
                schema: "inspection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InstitutionName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    StreetCode = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: false),
                    WorkerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    WorkerName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    VisitedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Visitors = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Findings = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    FollowUpRequired = table.Column<bool>(type: "bit", nullable: false),
                    FollowUpDue = table.Column<DateOnly>(type: "date", nullable: true),
                    FollowUpDoneOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FollowUpNote = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    FollowUpBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    CreatedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FieldVisits", x => x.Id);
                    table.CheckConstraint("CK_FieldVisits_FollowUp", "[FollowUpRequired] = 1 OR ([FollowUpDue] IS NULL AND [FollowUpDoneOn] IS NULL)");
                });

            migrationBuilder.CreateTable(
                name: "PerformanceRuns",
                schema: "inspection",
                columns: table => new
                {
                    Year = table.Column<int>(type: "int", nullable: false),
                    ComputedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ComputedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Parameters = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    InstitutionCount = table.Column<int>(type: "int", nullable: false),
                    ExcellentCount = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PerformanceRuns", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "ServiceEvaluations",
                schema: "inspection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InstitutionName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    StreetCode = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: false),
                    SubmitterKey = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    SubmittedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ServiceReference = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ServiceDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Rating = table.Column<int>(type: "int", nullable: false),
                    Comment = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceEvaluations", x => x.Id);
                    table.CheckConstraint("CK_ServiceEvaluations_Rating", "[Rating] >= 1 AND [Rating] <= 5");
                });

            migrationBuilder.CreateTable(
                name: "ComplaintFollowUps",
                schema: "inspection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ComplaintId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ActionOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Action = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplaintFollowUps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ComplaintFollowUps_Complaints_ComplaintId",
                        column: x => x.ComplaintId,
                        principalSchema: "inspection",
                        principalTable: "Complaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PerformanceResults",
                schema: "inspection",
                columns: table => new
                {
                    Year = table.Column<int>(type: "int", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InstitutionName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    StreetCode = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: false),
                    InspectionScore = table.Column<int>(type: "int", nullable: true),
                    InspectionComponent = table.Column<int>(type: "int", nullable: false),
                    SubstantiatedComplaints = table.Column<int>(type: "int", nullable: false),
                    ComplaintComponent = table.Column<int>(type: "int", nullable: false),
                    EvaluationCount = table.Column<int>(type: "int", nullable: false),
                    EvaluationAverage = table.Column<int>(type: "int", nullable: true),
                    EvaluationComponent = table.Column<int>(type: "int", nullable: false),
                    ChecksConfirmed = table.Column<int>(type: "int", nullable: false),
                    ChecksDiscrepancy = table.Column<int>(type: "int", nullable: false),
                    VerificationComponent = table.Column<int>(type: "int", nullable: false),
                    Total = table.Column<int>(type: "int", nullable: false),
                    Rank = table.Column<int>(type: "int", nullable: false),
                    Excellent = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PerformanceResults", x => new { x.Year, x.InstitutionId });
                    table.CheckConstraint("CK_PerformanceResults_Total", "[Total] >= 0 AND [Total] <= 10000");
                    table.ForeignKey(
                        name: "FK_PerformanceResults_PerformanceRuns_Year",
                        column: x => x.Year,
                        principalSchema: "inspection",
                        principalTable: "PerformanceRuns",
                        principalColumn: "Year",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintFollowUps_ComplaintId_ActionOn",
                schema: "inspection",
                table: "ComplaintFollowUps",
                columns: new[] { "ComplaintId", "ActionOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_InstitutionId_ReceivedOn",
                schema: "inspection",
                table: "Complaints",
                columns: new[] { "InstitutionId", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_StreetCode_Status",
                schema: "inspection",
                table: "Complaints",
                columns: new[] { "StreetCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_FieldVisits_InstitutionId_VisitedOn",
                schema: "inspection",
                table: "FieldVisits",
                columns: new[] { "InstitutionId", "VisitedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_FieldVisits_StreetCode_VisitedOn",
                schema: "inspection",
                table: "FieldVisits",
                columns: new[] { "StreetCode", "VisitedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceResults_InstitutionId_Excellent",
                schema: "inspection",
                table: "PerformanceResults",
                columns: new[] { "InstitutionId", "Excellent" });

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceResults_Year_Rank",
                schema: "inspection",
                table: "PerformanceResults",
                columns: new[] { "Year", "Rank" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceEvaluations_InstitutionId_ServiceDate",
                schema: "inspection",
                table: "ServiceEvaluations",
                columns: new[] { "InstitutionId", "ServiceDate" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceEvaluations_SubmitterKey_ServiceReference",
                schema: "inspection",
                table: "ServiceEvaluations",
                columns: new[] { "SubmitterKey", "ServiceReference" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ComplaintFollowUps",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "FieldVisits",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "PerformanceResults",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "ServiceEvaluations",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "Complaints",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "PerformanceRuns",
                schema: "inspection");
        }
    }
}
