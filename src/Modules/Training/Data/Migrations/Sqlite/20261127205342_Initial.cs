using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jiafu.Training.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "InboxMessages",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Consumer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProcessedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboxMessages", x => new { x.MessageId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "NeedsSurveys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StreetCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    SurveyedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RespondentType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RespondentCount = table.Column<int>(type: "INTEGER", nullable: false),
                    WillingCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Categories = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NeedsSurveys", x => x.Id);
                    table.CheckConstraint("CK_NeedsSurveys_Counts", "[RespondentCount] > 0 AND [WillingCount] >= 0 AND [WillingCount] <= [RespondentCount]");
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    TraceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ProcessedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    LockedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LockedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Programmes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ProviderInstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProviderName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProviderStreetCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    RequiredHours = table.Column<int>(type: "INTEGER", nullable: false),
                    ActiveFromYear = table.Column<int>(type: "INTEGER", nullable: false),
                    ActiveToYear = table.Column<int>(type: "INTEGER", nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Programmes", x => x.Id);
                    table.CheckConstraint("CK_Programmes_RequiredHours", "[RequiredHours] > 0");
                });

            migrationBuilder.CreateTable(
                name: "Trainees",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    IdNumberEncrypted = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IdNumberHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IdNumberMasked = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    PhoneEncrypted = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PhoneMasked = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    StreetCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    RegistryWorkerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Trainees", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Classes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProviderStreetCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    Enrolled = table.Column<int>(type: "INTEGER", nullable: false),
                    Teacher = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StatusReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Classes", x => x.Id);
                    table.CheckConstraint("CK_Classes_Capacity", "[Capacity] > 0");
                    table.CheckConstraint("CK_Classes_Dates", "[EndDate] >= [StartDate]");
                    table.CheckConstraint("CK_Classes_Enrolled", "[Enrolled] >= 0 AND [Enrolled] <= [Capacity]");
                    table.ForeignKey(
                        name: "FK_Classes_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SubsidyStandards",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    TrainingSubsidyFen = table.Column<long>(type: "INTEGER", nullable: false),
                    CertificationSubsidyFen = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubsidyStandards", x => x.Id);
                    table.CheckConstraint("CK_SubsidyStandards_Amounts", "[TrainingSubsidyFen] >= 0 AND [CertificationSubsidyFen] >= 0");
                    table.ForeignKey(
                        name: "FK_SubsidyStandards_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Enrollments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClassId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TraineeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EnrolledAt = table.Column<long>(type: "INTEGER", nullable: false),
                    WithdrawnAt = table.Column<long>(type: "INTEGER", nullable: true),
                    WithdrawnReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AttendedHours = table.Column<int>(type: "INTEGER", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AssessmentResult = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    SkillLevel = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    CertificateNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    AssessedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Enrollments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Enrollments_Classes_ClassId",
                        column: x => x.ClassId,
                        principalTable: "Classes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Enrollments_Trainees_TraineeId",
                        column: x => x.TraineeId,
                        principalTable: "Trainees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Attendance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnrollmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClassId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Hours = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attendance", x => x.Id);
                    table.CheckConstraint("CK_Attendance_Hours", "[Hours] >= 0 AND [Hours] <= 240");
                    table.ForeignKey(
                        name: "FK_Attendance_Enrollments_EnrollmentId",
                        column: x => x.EnrollmentId,
                        principalTable: "Enrollments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Certificates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EnrollmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TraineeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClassId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HolderNameMasked = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ProgrammeName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    SkillLevel = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    CertificateNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RevokedReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RevokedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Certificates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Certificates_Enrollments_EnrollmentId",
                        column: x => x.EnrollmentId,
                        principalTable: "Enrollments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_ClassId_SessionDate",
                table: "Attendance",
                columns: new[] { "ClassId", "SessionDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_EnrollmentId_SessionDate",
                table: "Attendance",
                columns: new[] { "EnrollmentId", "SessionDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_ClassId",
                table: "Certificates",
                column: "ClassId");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_Code",
                table: "Certificates",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_EnrollmentId",
                table: "Certificates",
                column: "EnrollmentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_TraineeId",
                table: "Certificates",
                column: "TraineeId");

            migrationBuilder.CreateIndex(
                name: "IX_Classes_InstitutionId_StartDate",
                table: "Classes",
                columns: new[] { "InstitutionId", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Classes_ProgrammeId",
                table: "Classes",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_Classes_ProviderStreetCode_StartDate",
                table: "Classes",
                columns: new[] { "ProviderStreetCode", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Classes_StartDate",
                table: "Classes",
                column: "StartDate");

            migrationBuilder.CreateIndex(
                name: "IX_Enrollments_ClassId_TraineeId",
                table: "Enrollments",
                columns: new[] { "ClassId", "TraineeId" },
                unique: true,
                filter: "[Status] <> 'Withdrawn'");

            migrationBuilder.CreateIndex(
                name: "IX_Enrollments_Status_CompletedOn",
                table: "Enrollments",
                columns: new[] { "Status", "CompletedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Enrollments_TraineeId_StartDate",
                table: "Enrollments",
                columns: new[] { "TraineeId", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_NeedsSurveys_StreetCode_SurveyedOn",
                table: "NeedsSurveys",
                columns: new[] { "StreetCode", "SurveyedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ProcessedAt_OccurredAt",
                table: "OutboxMessages",
                columns: new[] { "ProcessedAt", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Programmes_Category",
                table: "Programmes",
                column: "Category");

            migrationBuilder.CreateIndex(
                name: "IX_Programmes_Name",
                table: "Programmes",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Programmes_ProviderInstitutionId",
                table: "Programmes",
                column: "ProviderInstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_SubsidyStandards_ProgrammeId_Year",
                table: "SubsidyStandards",
                columns: new[] { "ProgrammeId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Trainees_IdNumberHash",
                table: "Trainees",
                column: "IdNumberHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Trainees_Name",
                table: "Trainees",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Trainees_RegistryWorkerId",
                table: "Trainees",
                column: "RegistryWorkerId");

            migrationBuilder.CreateIndex(
                name: "IX_Trainees_StreetCode",
                table: "Trainees",
                column: "StreetCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Attendance");

            migrationBuilder.DropTable(
                name: "Certificates");

            migrationBuilder.DropTable(
                name: "InboxMessages");

            migrationBuilder.DropTable(
                name: "NeedsSurveys");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "SubsidyStandards");

            migrationBuilder.DropTable(
                name: "Enrollments");

            migrationBuilder.DropTable(
                name: "Classes");

            migrationBuilder.DropTable(
                name: "Trainees");

            migrationBuilder.DropTable(
                name: "Programmes");
        }
    }
}
