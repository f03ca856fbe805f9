using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jiafu.Inspection.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ComplaintsEvaluationsPerformance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Complaints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StreetCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    WorkerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    WorkerName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ServiceReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    HandlingOfficer = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Conclusion = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ClosedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Complaints", x => x.Id);
                    table.CheckConstraint("CK_Complaints_Closed", "([Status] = 'Open' AND [Outcome] IS NULL) OR ([Status] = 'Closed' AND [Outcome] IS NOT NULL AND [ClosedOn] IS NOT NULL)");
                });

            migrationBuilder.CreateTable(
                name: "FieldVisits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StreetCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    WorkerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    WorkerName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    VisitedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Visitors = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    FollowUpRequired = table.Column<bool>(type: "INTEGER", nullable: false),
                    FollowUpDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FollowUpDoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FollowUpNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    FollowUpBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FieldVisits", x => x.Id);
                    table.CheckConstraint("CK_FieldVisits_FollowUp", "[FollowUpRequired] = 1 OR ([FollowUpDue] IS NULL AND [FollowUpDoneOn] IS NULL)");
                });

            migrationBuilder.CreateTable(
                name: "PerformanceRuns",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    ComputedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ComputedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Parameters = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    InstitutionCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ExcellentCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PerformanceRuns", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "ServiceEvaluations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StreetCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    SubmitterKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ServiceReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ServiceDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Rating = table.Column<int>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceEvaluations", x => x.Id);
                    table.CheckConstraint("CK_ServiceEvaluations_Rating", "[Rating] >= 1 AND [Rating] <= 5");
                });

            migrationBuilder.CreateTable(
                name: "ComplaintFollowUps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ComplaintId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActionOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplaintFollowUps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ComplaintFollowUps_Complaints_ComplaintId",
                        column: x => x.ComplaintId,
                        principalTable: "Complaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PerformanceResults",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StreetCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    InspectionScore = table.Column<int>(type: "INTEGER", nullable: true),
                    InspectionComponent = table.Column<int>(type: "INTEGER", nullable: false),
                    SubstantiatedComplaints = table.Column<int>(type: "INTEGER", nullable: false),
                    ComplaintComponent = table.Column<int>(type: "INTEGER", nullable: false),
                    EvaluationCount = table.Column<int>(type: "INTEGER", nullable: false),
                    EvaluationAverage = table.Column<int>(type: "INTEGER", nullable: true),
                    EvaluationComponent = table.Column<int>(type: "INTEGER", nullable: false),
                    ChecksConfirmed = table.Column<int>(type: "INTEGER", nullable: false),
                    ChecksDiscrepancy = table.Column<int>(type: "INTEGER", nullable: false),
                    VerificationComponent = table.Column<int>(type: "INTEGER", nullable: false),
                    Total = table.Column<int>(type: "INTEGER", nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: false),
                    Excellent = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PerformanceResults", x => new { x.Year, x.InstitutionId });
                    table.CheckConstraint("CK_PerformanceResults_Total", "[Total] >= 0 AND [Total] <= 10000");
                    table.ForeignKey(
                        name: "FK_PerformanceResults_PerformanceRuns_Year",
                        column: x => x.Year,
                        principalTable: "PerformanceRuns",
                        principalColumn: "Year",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintFollowUps_ComplaintId_ActionOn",
                table: "ComplaintFollowUps",
                columns: new[] { "ComplaintId", "ActionOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_InstitutionId_ReceivedOn",
                table: "Complaints",
                columns: new[] { "InstitutionId", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_StreetCode_Status",
                table: "Complaints",
                columns: new[] { "StreetCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_FieldVisits_InstitutionId_VisitedOn",
                table: "FieldVisits",
                columns: new[] { "InstitutionId", "VisitedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_FieldVisits_StreetCode_VisitedOn",
                table: "FieldVisits",
                columns: new[] { "StreetCode", "VisitedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceResults_InstitutionId_Excellent",
                table: "PerformanceResults",
                columns: new[] { "InstitutionId", "Excellent" });

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceResults_Year_Rank",
                table: "PerformanceResults",
                columns: new[] { "Year", "Rank" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceEvaluations_InstitutionId_ServiceDate",
                table: "ServiceEvaluations",
                columns: new[] { "InstitutionId", "ServiceDate" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceEvaluations_SubmitterKey_ServiceReference",
                table: "ServiceEvaluations",
                columns: new[] { "SubmitterKey", "ServiceReference" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ComplaintFollowUps");

            migrationBuilder.DropTable(
                name: "FieldVisits");

            migrationBuilder.DropTable(
                name: "PerformanceResults");

            migrationBuilder.DropTable(
                name: "ServiceEvaluations");

            migrationBuilder.DropTable(
                name: "Complaints");

            migrationBuilder.DropTable(
                name: "PerformanceRuns");
        }
    }
}
