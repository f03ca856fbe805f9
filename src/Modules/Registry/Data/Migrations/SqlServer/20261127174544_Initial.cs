using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jiafu.Registry.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "registry");

            migrationBuilder.CreateTable(
                name: "InboxMessages",
                schema: "registry",
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
                name: "Institutions",
                schema: "registry",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CreditCode = table.Column<string>(type: "nvarchar(18)", maxLength: 18, nullable: false),
                    StreetCode = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: false),
                    Address = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    LegalRepresentative = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    ContactPhone = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    BusinessFormats = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    StatusReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    RecognisedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    IsEmployeeBased = table.Column<bool>(type: "bit", nullable: false),
                    EmployeeBasedUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    IsAllianceMember = table.Column<bool>(type: "bit", nullable: false),
                    AllianceJoinedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Institutions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                schema: "registry",
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
                name: "StatusChanges",
                schema: "registry",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SubjectType = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    SubjectId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FromStatus = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    ToStatus = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Action = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    ChangedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatusChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WorkerEmployments",
                schema: "registry",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    WorkerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EmploymentType = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkerEmployments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Workers",
                schema: "registry",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    IdNumberEncrypted = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    IdNumberHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    IdNumberMasked = table.Column<string>(type: "nvarchar(18)", maxLength: 18, nullable: false),
                    Gender = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: false),
                    PhoneEncrypted = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    PhoneHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    PhoneMasked = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    InstitutionId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    StreetCode = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: true),
                    EmploymentType = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    JobTypes = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    HealthCheckDate = table.Column<DateOnly>(type: "date", nullable: true),
                    HealthCheckValidUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    AccidentInsuranceValidUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    IdentityVerified = table.Column<bool>(type: "bit", nullable: false),
                    IsRevoked = table.Column<bool>(type: "bit", nullable: false),
                    RevokedReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Workers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EmployeeFilings",
                schema: "registry",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AllWorkersContracted = table.Column<bool>(type: "bit", nullable: false),
                    SocialInsurancePaid = table.Column<bool>(type: "bit", nullable: false),
                    UnifiedDispatch = table.Column<bool>(type: "bit", nullable: false),
                    MinimumWagePaidThroughBank = table.Column<bool>(type: "bit", nullable: false),
                    OngoingTraining = table.Column<bool>(type: "bit", nullable: false),
                    WrittenManagementRules = table.Column<bool>(type: "bit", nullable: false),
                    StaffCount = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    SubmittedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ReviewedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ReviewedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ReviewNote = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmployeeFilings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EmployeeFilings_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalSchema: "registry",
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InstitutionTitles",
                schema: "registry",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Level = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    GrantedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    GrantedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    WithdrawnAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    WithdrawnReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstitutionTitles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InstitutionTitles_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalSchema: "registry",
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ServicePoints",
                schema: "registry",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StreetCode = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: false),
                    Address = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    StatusReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    RecognisedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    UnifiedSignage = table.Column<bool>(type: "bit", nullable: false),
                    UnifiedDispatch = table.Column<bool>(type: "bit", nullable: false),
                    UnifiedTraining = table.Column<bool>(type: "bit", nullable: false),
                    UnifiedPricing = table.Column<bool>(type: "bit", nullable: false),
                    UnifiedServiceStandards = table.Column<bool>(type: "bit", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServicePoints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServicePoints_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalSchema: "registry",
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WorkerCertificates",
                schema: "registry",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    WorkerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Number = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    Level = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkerCertificates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkerCertificates_Workers_WorkerId",
                        column: x => x.WorkerId,
                        principalSchema: "registry",
                        principalTable: "Workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EmployeeFilings_InstitutionId_SubmittedAt",
                schema: "registry",
                table: "EmployeeFilings",
                columns: new[] { "InstitutionId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Institutions_CreditCode",
                schema: "registry",
                table: "Institutions",
                column: "CreditCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Institutions_Name",
                schema: "registry",
                table: "Institutions",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Institutions_StreetCode_Status",
                schema: "registry",
                table: "Institutions",
                columns: new[] { "StreetCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_InstitutionTitles_InstitutionId_Title_Year",
                schema: "registry",
                table: "InstitutionTitles",
                columns: new[] { "InstitutionId", "Title", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ProcessedAt_OccurredAt",
                schema: "registry",
                table: "OutboxMessages",
                columns: new[] { "ProcessedAt", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ServicePoints_InstitutionId",
                schema: "registry",
                table: "ServicePoints",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_ServicePoints_StreetCode_Status",
                schema: "registry",
                table: "ServicePoints",
                columns: new[] { "StreetCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_StatusChanges_SubjectId_ChangedAt",
                schema: "registry",
                table: "StatusChanges",
                columns: new[] { "SubjectId", "ChangedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkerCertificates_WorkerId",
                schema: "registry",
                table: "WorkerCertificates",
                column: "WorkerId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkerEmployments_InstitutionId",
                schema: "registry",
                table: "WorkerEmployments",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkerEmployments_WorkerId_StartedOn",
                schema: "registry",
                table: "WorkerEmployments",
                columns: new[] { "WorkerId", "StartedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Workers_IdNumberHash",
                schema: "registry",
                table: "Workers",
                column: "IdNumberHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Workers_InstitutionId",
                schema: "registry",
                table: "Workers",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_Workers_Name",
                schema: "registry",
                table: "Workers",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Workers_PhoneHash",
                schema: "registry",
                table: "Workers",
                column: "PhoneHash");

            migrationBuilder.CreateIndex(
                name: "IX_Workers_StreetCode_Name",
                schema: "registry",
                table: "Workers",
                columns: new[] { "StreetCode", "Name" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EmployeeFilings",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "InboxMessages",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "InstitutionTitles",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "OutboxMessages",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "ServicePoints",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "StatusChanges",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "WorkerCertificates",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "WorkerEmployments",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "Institutions",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "Workers",
                schema: "registry");
        }
    }
}
