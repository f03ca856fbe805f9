using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jiafu.Training.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "training");

            migrationBuilder.CreateTable(
                name: "InboxMessages",
                schema: "training",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Consumer = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboxMessages", x => new { x.MessageId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "NeedsSurveys",
                schema: "training",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StreetCode = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: false),
                    SurveyedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RespondentType = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    RespondentCount = table.Column<int>(type: "int", nullable: false),
                    WillingCount = table.Column<int>(type: "int", nullable: false),
                    Categories = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Notes = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    CreatedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NeedsSurveys", x => x.Id);
                    table.CheckConstraint("CK_NeedsSurveys_Counts", "[RespondentCount] > 0 AND [WillingCount] >= 0 AND [WillingCount] <= [RespondentCount]");
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                schema: "training",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Type = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    TraceId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    LastError = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    LockedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    LockedUntil = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Programmes",
                schema: "training",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Category = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    ProviderInstitutionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProviderName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ProviderStreetCode = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: false),
                    RequiredHours = table.Column<int>(type: "int", nullable: false),
                    ActiveFromYear = table.Column<int>(type: "int", nullable: false),
                    ActiveToYear = table.Column<int>(type: "int", nullable: true),
                    Description = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Programmes", x => x.Id);
                    table.CheckConstraint("CK_Programmes_RequiredHours", "[RequiredHours] > 0");
                });

            migrationBuilder.CreateTable(
                name: "Trainees",
                schema: "training",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    IdNumberEncrypted = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    IdNumberHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    IdNumberMasked = table.Column<string>(type: "nvarchar(18)", maxLength: 18, nullable: false),
                    PhoneEncrypted = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    PhoneMasked = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    Category = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    StreetCode = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: false),
                    RegistryWorkerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Trainees", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Classes",
                schema: "training",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProviderStreetCode = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Location = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Capacity = table.Column<int>(type: "int", nullable: false),
                    Enrolled = table.Column<int>(type: "int", nullable: false),
                    Teacher = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    StatusReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    CompletedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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
                        principalSchema: "training",
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SubsidyStandards",
                schema: "training",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    TrainingSubsidyFen = table.Column<long>(type: "bigint", nullable: false),
                    CertificationSubsidyFen = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubsidyStandards", x => x.Id);
                    table.CheckConstraint("CK_SubsidyStandards_Amounts", "[TrainingSubsidyFen] >= 0 AND [CertificationSubsidyFen] >= 0");
                    table.ForeignKey(
                        name: "FK_SubsidyStandards_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalSchema: "training",
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Enrollments",
                schema: "training",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ClassId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TraineeId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    EnrolledAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    WithdrawnAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    WithdrawnReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    AttendedHours = table.Column<int>(type: "int", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AssessmentResult = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    SkillLevel = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    CertificateNumber = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    AssessedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Enrollments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Enrollments_Classes_ClassId",
                        column: x => x.ClassId,
                        principalSchema: "training",
                        principalTable: "Classes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Enrollments_Trainees_TraineeId",
                        column: x => x.TraineeId,
                        principalSchema: "training",
                        principalTable: "Trainees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Attendance",
                schema: "training",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EnrollmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ClassId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SessionDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Hours = table.Column<int>(type: "int", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attendance", x => x.Id);
                    table.CheckConstraint("CK_Attendance_Hours", "[Hours] >= 0 AND [Hours] <= 240");
                    table.ForeignKey(
                        name: "FK_Attendance_Enrollments_EnrollmentId",
                        column: x => x.EnrollmentId,
                        principalSchema: "training",
                        principalTable: "Enrollments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Certificates",
                schema: "training",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    EnrollmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TraineeId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ClassId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    HolderNameMasked = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    ProgrammeName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Category = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    SkillLevel = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    CertificateNumber = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    RevokedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    RevokedReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    RevokedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Certificates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Certificates_Enrollments_EnrollmentId",
                        column: x => x.EnrollmentId,
                        principalSchema: "training",
                        principalTable: "Enrollments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_ClassId_SessionDate",
                schema: "training",
                table: "Attendance",
                columns: new[] { "ClassId", "SessionDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_EnrollmentId_SessionDate",
                schema: "training",
                table: "Attendance",
                columns: new[] { "EnrollmentId", "SessionDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_ClassId",
                schema: "training",
                table: "Certificates",
                column: "ClassId");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_Code",
                schema: "training",
                table: "Certificates",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_EnrollmentId",
                schema: "training",
                table: "Certificates",
                column: "EnrollmentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_TraineeId",
                schema: "training",
                table: "Certificates",
                column: "TraineeId");

            migrationBuilder.CreateIndex(
                name: "IX_Classes_InstitutionId_StartDate",
                schema: "training",
                table: "Classes",
                columns: new[] { "InstitutionId", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Classes_ProgrammeId",
                schema: "training",
                table: "Classes",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_Classes_ProviderStreetCode_StartDate",
                schema: "training",
                table: "Classes",
                columns: new[] { "ProviderStreetCode", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Classes_StartDate",
                schema: "training",
                table: "Classes",
                column: "StartDate");

            migrationBuilder.CreateIndex(
                name: "IX_Enrollments_ClassId_TraineeId",
                schema: "training",
                table: "Enrollments",
                columns: new[] { "ClassId", "TraineeId" },
                unique: true,
                filter: "[Status] <> 'Withdrawn'");

            migrationBuilder.CreateIndex(
                name: "IX_Enrollments_Status_CompletedOn",
                schema: "training",
                table: "Enrollments",
                columns: new[] { "Status", "CompletedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Enrollments_TraineeId_StartDate",
                schema: "training",
                table: "Enrollments",
                columns: new[] { "TraineeId", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_NeedsSurveys_StreetCode_SurveyedOn",
                schema: "training",
                table: "NeedsSurveys",
                columns: new[] { "StreetCode", "SurveyedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ProcessedAt_OccurredAt",
                schema: "training",
                table: "OutboxMessages",
                columns: new[] { "ProcessedAt", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Programmes_Category",
                schema: "training",
                table: "Programmes",
                column: "Category");

            migrationBuilder.CreateIndex(
                name: "IX_Programmes_Name",
                schema: "training",
                table: "Programmes",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Programmes_ProviderInstitutionId",
                schema: "training",
                table: "Programmes",
                column: "ProviderInstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_SubsidyStandards_ProgrammeId_Year",
                schema: "training",
                table: "SubsidyStandards",
                columns: new[] { "ProgrammeId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Trainees_IdNumberHash",
                schema: "training",
                table: "Trainees",
                column: "IdNumberHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Trainees_Name",
                schema: "training",
                table: "Trainees",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Trainees_RegistryWorkerId",
                schema: "training",
                table: "Trainees",
                column: "RegistryWorkerId");

            migrationBuilder.CreateIndex(
                name: "IX_Trainees_StreetCode",
                schema: "training",
                table: "Trainees",
                column: "StreetCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Attendance",
                schema: "training");

            migrationBuilder.DropTable(
                name: "Certificates",
                schema: "training");

            migrationBuilder.DropTable(
                name: "InboxMessages",
                schema: "training");

            migrationBuilder.DropTable(
                name: "NeedsSurveys",
                schema: "training");

            migrationBuilder.DropTable(
                name: "OutboxMessages",
                schema: "training");

            migrationBuilder.DropTable(
                name: "SubsidyStandards",
                schema: "training");

            migrationBuilder.DropTable(
                name: "Enrollments",
                schema: "training");

            migrationBuilder.DropTable(
                name: "Classes",
                schema: "training");

            migrationBuilder.DropTable(
                name: "Trainees",
                schema: "training");

            migrationBuilder.DropTable(
                name: "Programmes",
                schema: "training");
        }
    }
}
