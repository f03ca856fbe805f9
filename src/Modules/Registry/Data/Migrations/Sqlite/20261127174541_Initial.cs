using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jiafu.Registry.Data.Migrations.Sqlite
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
                name: "Institutions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    StreetCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    LegalRepresentative = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    BusinessFormats = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    StatusReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RecognisedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    IsEmployeeBased = table.Column<bool>(type: "INTEGER", nullable: false),
                    EmployeeBasedUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IsAllianceMember = table.Column<bool>(type: "INTEGER", nullable: false),
                    AllianceJoinedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Institutions", x => x.Id);
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
                name: "StatusChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubjectType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromStatus = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ToStatus = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatusChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WorkerEmployments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EmploymentType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkerEmployments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Workers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    IdNumberEncrypted = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IdNumberHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IdNumberMasked = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Gender = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PhoneEncrypted = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PhoneHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PhoneMasked = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StreetCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    EmploymentType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    JobTypes = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    HealthCheckDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HealthCheckValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AccidentInsuranceValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IdentityVerified = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsRevoked = table.Column<bool>(type: "INTEGER", nullable: false),
                    RevokedReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Workers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EmployeeFilings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AllWorkersContracted = table.Column<bool>(type: "INTEGER", nullable: false),
                    SocialInsurancePaid = table.Column<bool>(type: "INTEGER", nullable: false),
                    UnifiedDispatch = table.Column<bool>(type: "INTEGER", nullable: false),
                    MinimumWagePaidThroughBank = table.Column<bool>(type: "INTEGER", nullable: false),
                    OngoingTraining = table.Column<bool>(type: "INTEGER", nullable: false),
                    WrittenManagementRules = table.Column<bool>(type: "INTEGER", nullable: false),
                    StaffCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ReviewedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ReviewNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmployeeFilings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EmployeeFilings_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InstitutionTitles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    GrantedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    GrantedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    WithdrawnAt = table.Column<long>(type: "INTEGER", nullable: true),
                    WithdrawnReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstitutionTitles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InstitutionTitles_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ServicePoints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StreetCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    StatusReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RecognisedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UnifiedSignage = table.Column<bool>(type: "INTEGER", nullable: false),
                    UnifiedDispatch = table.Column<bool>(type: "INTEGER", nullable: false),
                    UnifiedTraining = table.Column<bool>(type: "INTEGER", nullable: false),
                    UnifiedPricing = table.Column<bool>(type: "INTEGER", nullable: false),
                    UnifiedServiceStandards = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServicePoints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServicePoints_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WorkerCertificates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Level = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkerCertificates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkerCertificates_Workers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "Workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EmployeeFilings_InstitutionId_SubmittedAt",
                table: "EmployeeFilings",
                columns: new[] { "InstitutionId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Institutions_CreditCode",
                table: "Institutions",
                column: "CreditCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Institutions_Name",
                table: "Institutions",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Institutions_StreetCode_Status",
                table: "Institutions",
                columns: new[] { "StreetCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_InstitutionTitles_InstitutionId_Title_Year",
                table: "InstitutionTitles",
                columns: new[] { "InstitutionId", "Title", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ProcessedAt_OccurredAt",
                table: "OutboxMessages",
                columns: new[] { "ProcessedAt", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ServicePoints_InstitutionId",
                table: "ServicePoints",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_ServicePoints_StreetCode_Status",
                table: "ServicePoints",
                columns: new[] { "StreetCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_StatusChanges_SubjectId_ChangedAt",
                table: "StatusChanges",
                columns: new[] { "SubjectId", "ChangedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkerCertificates_WorkerId",
                table: "WorkerCertificates",
                column: "WorkerId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkerEmployments_InstitutionId",
                table: "WorkerEmployments",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkerEmployments_WorkerId_StartedOn",
                table: "WorkerEmployments",
                columns: new[] { "WorkerId", "StartedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Workers_IdNumberHash",
                table: "Workers",
                column: "IdNumberHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Workers_InstitutionId",
                table: "Workers",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_Workers_Name",
                table: "Workers",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Workers_PhoneHash",
                table: "Workers",
                column: "PhoneHash");

            migrationBuilder.CreateIndex(
                name: "IX_Workers_StreetCode_Name",
                table: "Workers",
                columns: new[] { "StreetCode", "Name" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EmployeeFilings");

            migrationBuilder.DropTable(
                name: "InboxMessages");

            migrationBuilder.DropTable(
                name: "InstitutionTitles");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "ServicePoints");

            migrationBuilder.DropTable(
                name: "StatusChanges");

            migrationBuilder.DropTable(
                name: "WorkerCertificates");

            migrationBuilder.DropTable(
                name: "WorkerEmployments");

            migrationBuilder.DropTable(
                name: "Institutions");

            migrationBuilder.DropTable(
                name: "Workers");
        }
    }
}
