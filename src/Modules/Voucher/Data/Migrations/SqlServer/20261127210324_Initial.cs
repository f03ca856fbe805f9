using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jiafu.Voucher.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "voucher");

            migrationBuilder.CreateTable(
                name: "Batches",
                schema: "voucher",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Quantity = table.Column<int>(type: "int", nullable: false),
                    FaceValueFen = table.Column<long>(type: "bigint", nullable: false),
                    TotalValueFen = table.Column<long>(type: "bigint", nullable: false),
                    EligibleGroups = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    IssuedCount = table.Column<int>(type: "int", nullable: false),
                    SettledFen = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Batches", x => x.Id);
                    table.CheckConstraint("CK_Batches_Issued", "\"IssuedCount\" >= 0 AND \"IssuedCount\" <= \"Quantity\"");
                    table.CheckConstraint("CK_Batches_Settled", "\"SettledFen\" >= 0 AND \"SettledFen\" <= \"TotalValueFen\"");
                    table.CheckConstraint("CK_Batches_Value", "\"Quantity\" > 0 AND \"FaceValueFen\" > 0 AND \"TotalValueFen\" = \"Quantity\" * \"FaceValueFen\"");
                });

            migrationBuilder.CreateTable(
                name: "InboxMessages",
                schema: "voucher",
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
                name: "OutboxMessages",
                schema: "voucher",
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
                name: "VoucherEvents",
                schema: "voucher",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    VoucherId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Action = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    FromStatus = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    ToStatus = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Actor = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VoucherEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Applications",
                schema: "voucher",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BatchId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ApplicantName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    IdNumberEncrypted = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    IdNumberMasked = table.Column<string>(type: "nvarchar(18)", maxLength: 18, nullable: false),
                    HouseholdHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    PhoneEncrypted = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    PhoneMasked = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    StreetCode = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: false),
                    Address = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Group = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    HouseholdSize = table.Column<int>(type: "int", nullable: true),
                    EvidenceNote = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    RejectionReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    ReviewedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ReviewedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    VoucherId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    CreatedById = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Applications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Applications_Batches_BatchId",
                        column: x => x.BatchId,
                        principalSchema: "voucher",
                        principalTable: "Batches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Settlements",
                schema: "voucher",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BatchId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InstitutionName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    VoucherCount = table.Column<int>(type: "int", nullable: false),
                    AmountFen = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ApprovedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PaymentReference = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Settlements", x => x.Id);
                    table.CheckConstraint("CK_Settlements_Amount", "\"AmountFen\" > 0 AND \"VoucherCount\" > 0");
                    table.ForeignKey(
                        name: "FK_Settlements_Batches_BatchId",
                        column: x => x.BatchId,
                        principalSchema: "voucher",
                        principalTable: "Batches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StreetQuotas",
                schema: "voucher",
                columns: table => new
                {
                    BatchId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StreetCode = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: false),
                    Quota = table.Column<int>(type: "int", nullable: false),
                    Issued = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StreetQuotas", x => new { x.BatchId, x.StreetCode });
                    table.CheckConstraint("CK_StreetQuotas_Issued", "\"Issued\" >= 0 AND \"Issued\" <= \"Quota\"");
                    table.ForeignKey(
                        name: "FK_StreetQuotas_Batches_BatchId",
                        column: x => x.BatchId,
                        principalSchema: "voucher",
                        principalTable: "Batches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VerificationSamples",
                schema: "voucher",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BatchId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Rate = table.Column<decimal>(type: "decimal(5,4)", precision: 5, scale: 4, nullable: false),
                    Seed = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    PopulationCount = table.Column<int>(type: "int", nullable: false),
                    VoucherIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    DrawnAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DrawnBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VerificationSamples", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VerificationSamples_Batches_BatchId",
                        column: x => x.BatchId,
                        principalSchema: "voucher",
                        principalTable: "Batches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Vouchers",
                schema: "voucher",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(13)", maxLength: 13, nullable: false),
                    BatchId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StreetCode = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: false),
                    HolderNameMasked = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    FaceValueFen = table.Column<long>(type: "bigint", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    InstitutionName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    BusinessFormat = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    SelectedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ScheduledFor = table.Column<DateOnly>(type: "date", nullable: true),
                    WorkerName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    ServiceDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ServiceMinutes = table.Column<int>(type: "int", nullable: true),
                    ServiceItems = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    ResidentConfirmed = table.Column<bool>(type: "bit", nullable: true),
                    ServedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    FollowUpDate = table.Column<DateOnly>(type: "date", nullable: true),
                    FollowUpChannel = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Satisfaction = table.Column<int>(type: "int", nullable: true),
                    FollowUpIssues = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    VerificationResult = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    VerificationNote = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    VerifiedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    VerifiedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    SettlementId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    VoidReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Vouchers", x => x.Id);
                    table.CheckConstraint("CK_Vouchers_Satisfaction", "\"Satisfaction\" IS NULL OR (\"Satisfaction\" >= 1 AND \"Satisfaction\" <= 5)");
                    table.ForeignKey(
                        name: "FK_Vouchers_Batches_BatchId",
                        column: x => x.BatchId,
                        principalSchema: "voucher",
                        principalTable: "Batches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_BatchId_HouseholdHash",
                schema: "voucher",
                table: "Applications",
                columns: new[] { "BatchId", "HouseholdHash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Applications_BatchId_Status_StreetCode",
                schema: "voucher",
                table: "Applications",
                columns: new[] { "BatchId", "Status", "StreetCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_CreatedById",
                schema: "voucher",
                table: "Applications",
                column: "CreatedById");

            migrationBuilder.CreateIndex(
                name: "IX_Batches_Name",
                schema: "voucher",
                table: "Batches",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ProcessedAt_OccurredAt",
                schema: "voucher",
                table: "OutboxMessages",
                columns: new[] { "ProcessedAt", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Settlements_BatchId",
                schema: "voucher",
                table: "Settlements",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_Settlements_InstitutionId_BatchId",
                schema: "voucher",
                table: "Settlements",
                columns: new[] { "InstitutionId", "BatchId" });

            migrationBuilder.CreateIndex(
                name: "IX_VerificationSamples_BatchId",
                schema: "voucher",
                table: "VerificationSamples",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_VoucherEvents_VoucherId_At",
                schema: "voucher",
                table: "VoucherEvents",
                columns: new[] { "VoucherId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Vouchers_ApplicationId",
                schema: "voucher",
                table: "Vouchers",
                column: "ApplicationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Vouchers_BatchId_Status",
                schema: "voucher",
                table: "Vouchers",
                columns: new[] { "BatchId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Vouchers_Code",
                schema: "voucher",
                table: "Vouchers",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Vouchers_InstitutionId_Status",
                schema: "voucher",
                table: "Vouchers",
                columns: new[] { "InstitutionId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Vouchers_SettlementId",
                schema: "voucher",
                table: "Vouchers",
                column: "SettlementId");

            migrationBuilder.CreateIndex(
                name: "IX_Vouchers_StreetCode_Status",
                schema: "voucher",
                table: "Vouchers",
                columns: new[] { "StreetCode", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Applications",
                schema: "voucher");

            migrationBuilder.DropTable(
                name: "InboxMessages",
                schema: "voucher");

            migrationBuilder.DropTable(
                name: "OutboxMessages",
                schema: "voucher");

            migrationBuilder.DropTable(
                name: "Settlements",
                schema: "voucher");

            migrationBuilder.DropTable(
                name: "StreetQuotas",
                schema: "voucher");

            migrationBuilder.DropTable(
                name: "VerificationSamples",
                schema: "voucher");

            migrationBuilder.DropTable(
                name: "VoucherEvents",
                schema: "voucher");

            migrationBuilder.DropTable(
                name: "Vouchers",
                schema: "voucher");

            migrationBuilder.DropTable(
                name: "Batches",
                schema: "voucher");
        }
    }
}
