using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jiafu.Inspection.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "inspection");

            migrationBuilder.CreateTable(
                name: "InboxMessages",
                schema: "inspection",
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
                name: "IntegrityEntries",
                schema: "inspection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InstitutionName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Points = table.Column<int>(type: "int", nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    SourceType = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    SourceId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntegrityEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IntegrityProfiles",
                schema: "inspection",
                columns: table => new
                {
                    InstitutionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InstitutionName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Score = table.Column<int>(type: "int", nullable: false),
                    CreditClass = table.Column<string>(type: "nvarchar(1)", maxLength: 1, nullable: false),
                    RedList = table.Column<bool>(type: "bit", nullable: false),
                    BlackList = table.Column<bool>(type: "bit", nullable: false),
                    Reasons = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    EntryCount = table.Column<int>(type: "int", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntegrityProfiles", x => x.InstitutionId);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                schema: "inspection",
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
                name: "SpotCheckPlans",
                schema: "inspection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Population = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Seed = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    SeedRecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    RateA = table.Column<int>(type: "int", nullable: false),
                    RateB = table.Column<int>(type: "int", nullable: false),
                    RateC = table.Column<int>(type: "int", nullable: false),
                    RateD = table.Column<int>(type: "int", nullable: false),
                    InspectorsPerObject = table.Column<int>(type: "int", nullable: false),
                    RecuseSameStreet = table.Column<bool>(type: "bit", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    PopulationSize = table.Column<int>(type: "int", nullable: false),
                    DrawnAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    DrawnBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpotCheckPlans", x => x.Id);
                    table.CheckConstraint("CK_SpotCheckPlans_Inspectors", "[InspectorsPerObject] >= 2");
                    table.CheckConstraint("CK_SpotCheckPlans_Rates", "[RateA] BETWEEN 0 AND 1000 AND [RateB] BETWEEN 0 AND 1000 AND [RateC] BETWEEN 0 AND 1000 AND [RateD] BETWEEN 0 AND 1000");
                });

            migrationBuilder.CreateTable(
                name: "Templates",
                schema: "inspection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    VersionNumber = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ObjectType = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Templates", x => x.Id);
                    table.CheckConstraint("CK_Templates_Version", "[VersionNumber] > 0");
                });

            migrationBuilder.CreateTable(
                name: "SpotCheckDrawLog",
                schema: "inspection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ObjectId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RecusedUserId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ReplacedByUserId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Sequence = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpotCheckDrawLog", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SpotCheckDrawLog_SpotCheckPlans_PlanId",
                        column: x => x.PlanId,
                        principalSchema: "inspection",
                        principalTable: "SpotCheckPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SpotCheckPool",
                schema: "inspection",
                columns: table => new
                {
                    PlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    StreetCode = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: true),
                    ConflictInstitutionIds = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpotCheckPool", x => new { x.PlanId, x.UserId });
                    table.ForeignKey(
                        name: "FK_SpotCheckPool_SpotCheckPlans_PlanId",
                        column: x => x.PlanId,
                        principalSchema: "inspection",
                        principalTable: "SpotCheckPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SpotCheckPopulation",
                schema: "inspection",
                columns: table => new
                {
                    PlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ObjectId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    StreetCode = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: false),
                    CreditClass = table.Column<string>(type: "nvarchar(1)", maxLength: 1, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpotCheckPopulation", x => new { x.PlanId, x.ObjectId });
                    table.ForeignKey(
                        name: "FK_SpotCheckPopulation_SpotCheckPlans_PlanId",
                        column: x => x.PlanId,
                        principalSchema: "inspection",
                        principalTable: "SpotCheckPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SpotChecks",
                schema: "inspection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ObjectId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ObjectName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    StreetCode = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: false),
                    CreditClass = table.Column<string>(type: "nvarchar(1)", maxLength: 1, nullable: false),
                    Rank = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Result = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Findings = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    CheckedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ResultBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpotChecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SpotChecks_SpotCheckPlans_PlanId",
                        column: x => x.PlanId,
                        principalSchema: "inspection",
                        principalTable: "SpotCheckPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Campaigns",
                schema: "inspection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    ObjectType = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    TemplateId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TaskCount = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Campaigns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Campaigns_Templates_TemplateId",
                        column: x => x.TemplateId,
                        principalSchema: "inspection",
                        principalTable: "Templates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TemplateItems",
                schema: "inspection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TemplateId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Weight = table.Column<int>(type: "int", nullable: false),
                    Evidence = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TemplateItems", x => x.Id);
                    table.CheckConstraint("CK_TemplateItems_Weight", "[Weight] > 0 AND [Weight] <= 100");
                    table.ForeignKey(
                        name: "FK_TemplateItems_Templates_TemplateId",
                        column: x => x.TemplateId,
                        principalSchema: "inspection",
                        principalTable: "Templates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SpotCheckInspectors",
                schema: "inspection",
                columns: table => new
                {
                    SpotCheckId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpotCheckInspectors", x => new { x.SpotCheckId, x.UserId });
                    table.ForeignKey(
                        name: "FK_SpotCheckInspectors_SpotChecks_SpotCheckId",
                        column: x => x.SpotCheckId,
                        principalSchema: "inspection",
                        principalTable: "SpotChecks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Tasks",
                schema: "inspection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CampaignId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ObjectType = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ObjectId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ObjectName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StreetCode = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Score = table.Column<int>(type: "int", nullable: true),
                    Findings = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    InspectedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RectifyBy = table.Column<DateOnly>(type: "date", nullable: true),
                    OutcomeBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    OutcomeAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    EscalatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tasks", x => x.Id);
                    table.CheckConstraint("CK_Tasks_Score", "[Score] IS NULL OR ([Score] >= 0 AND [Score] <= 100)");
                    table.ForeignKey(
                        name: "FK_Tasks_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalSchema: "inspection",
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TaskInspectors",
                schema: "inspection",
                columns: table => new
                {
                    TaskId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskInspectors", x => new { x.TaskId, x.UserId });
                    table.ForeignKey(
                        name: "FK_TaskInspectors_Tasks_TaskId",
                        column: x => x.TaskId,
                        principalSchema: "inspection",
                        principalTable: "Tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TaskItemScores",
                schema: "inspection",
                columns: table => new
                {
                    TaskId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ItemId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Points = table.Column<int>(type: "int", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskItemScores", x => new { x.TaskId, x.ItemId });
                    table.CheckConstraint("CK_TaskItemScores_Points", "[Points] >= 0");
                    table.ForeignKey(
                        name: "FK_TaskItemScores_Tasks_TaskId",
                        column: x => x.TaskId,
                        principalSchema: "inspection",
                        principalTable: "Tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_TemplateId",
                schema: "inspection",
                table: "Campaigns",
                column: "TemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_Year_ObjectType",
                schema: "inspection",
                table: "Campaigns",
                columns: new[] { "Year", "ObjectType" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IntegrityEntries_InstitutionId_OccurredOn",
                schema: "inspection",
                table: "IntegrityEntries",
                columns: new[] { "InstitutionId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_IntegrityEntries_SourceType_SourceId_Kind",
                schema: "inspection",
                table: "IntegrityEntries",
                columns: new[] { "SourceType", "SourceId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IntegrityProfiles_CreditClass",
                schema: "inspection",
                table: "IntegrityProfiles",
                column: "CreditClass");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ProcessedAt_OccurredAt",
                schema: "inspection",
                table: "OutboxMessages",
                columns: new[] { "ProcessedAt", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SpotCheckDrawLog_PlanId_Sequence",
                schema: "inspection",
                table: "SpotCheckDrawLog",
                columns: new[] { "PlanId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_SpotCheckInspectors_UserId",
                schema: "inspection",
                table: "SpotCheckInspectors",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_SpotChecks_PlanId_ObjectId",
                schema: "inspection",
                table: "SpotChecks",
                columns: new[] { "PlanId", "ObjectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SpotChecks_Result",
                schema: "inspection",
                table: "SpotChecks",
                column: "Result");

            migrationBuilder.CreateIndex(
                name: "IX_TaskInspectors_UserId",
                schema: "inspection",
                table: "TaskInspectors",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_CampaignId_ObjectId",
                schema: "inspection",
                table: "Tasks",
                columns: new[] { "CampaignId", "ObjectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_CampaignId_StreetCode_Status",
                schema: "inspection",
                table: "Tasks",
                columns: new[] { "CampaignId", "StreetCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_InstitutionId",
                schema: "inspection",
                table: "Tasks",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_Status_RectifyBy",
                schema: "inspection",
                table: "Tasks",
                columns: new[] { "Status", "RectifyBy" });

            migrationBuilder.CreateIndex(
                name: "IX_TemplateItems_TemplateId_Position",
                schema: "inspection",
                table: "TemplateItems",
                columns: new[] { "TemplateId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Templates_Code_VersionNumber",
                schema: "inspection",
                table: "Templates",
                columns: new[] { "Code", "VersionNumber" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InboxMessages",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "IntegrityEntries",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "IntegrityProfiles",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "OutboxMessages",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "SpotCheckDrawLog",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "SpotCheckInspectors",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "SpotCheckPool",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "SpotCheckPopulation",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "TaskInspectors",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "TaskItemScores",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "TemplateItems",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "SpotChecks",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "Tasks",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "SpotCheckPlans",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "Campaigns",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "Templates",
                schema: "inspection");
        }
    }
}
