using System.Security.Cryptography;
using System.Text;
using Jiafu.Contracts.Registry;
using Jiafu.Contracts.Subsidy;
using Jiafu.Contracts.Training;
using Jiafu.Contracts.Voucher;

namespace Jiafu.Integration.Features.Webhooks;

/// <summary>A webhook event type (推送事件类型) a client may subscribe to, and the scopes that entitle it (any one of them).</summary>
/// <param name="Type">The name in the payload's <c>type</c>, e.g. <c>voucher.assigned-to-institution</c>.</param>
/// <param name="Description">What happened, in English and Chinese.</param>
/// <param name="Scopes">A client holding any one of these scopes may subscribe.</param>
public sealed record WebhookEventTypeResponse(string Type, string Description, IReadOnlyList<string> Scopes);

/// <summary>An integration event mapped to what a webhook receiver sees, with the institutions it concerns (its data scope).</summary>
internal sealed record WebhookEvent(Guid Id, string Type, DateTimeOffset OccurredAt, int Version, object Data, IReadOnlyList<Guid> InstitutionIds);

/// <summary>
/// The webhook event types and how integration events map to them. Only events that concern an institution are offered: a
/// client receives one only when it is bound to that institution and holds one of the type's scopes. Payloads carry ids and
/// states, never personal data (no ID numbers, phones or their hashes).
/// </summary>
internal static class WebhookEventCatalog
{
    public const string Ping = "ping";

    private const string RegistryRead = "registry.read";
    private const string RegistryWrite = "registry.write";
    private const string TrainingRead = "training.read";
    private const string TrainingWrite = "training.write";
    private const string VouchersRead = "vouchers.read";
    private const string VouchersServices = "vouchers.services.write";
    private const string SubsidyRead = "subsidy.read";
    private const string SubsidyWrite = "subsidy.write";

    public static readonly IReadOnlyList<WebhookEventTypeResponse> Types =
    [
        new("registry.institution-recognised", "An institution was recognised (机构认定通过).", [RegistryRead, RegistryWrite]),
        new("registry.institution-status-changed", "An institution was suspended, revoked or restored (机构状态变更).", [RegistryRead, RegistryWrite]),
        new("registry.employee-filing-approved", "An employee-based enterprise filing was approved (员工制备案通过).", [RegistryRead, RegistryWrite]),
        new("registry.employee-filing-expired", "An employee-based enterprise filing expired (员工制备案到期).", [RegistryRead, RegistryWrite]),
        new("registry.worker-registered", "A worker of the institution was registered (从业人员登记).", [RegistryRead, RegistryWrite]),
        new("registry.worker-moved", "A worker joined or left the institution (从业人员变动).", [RegistryRead, RegistryWrite]),
        new("training.trainee-completed", "A trainee completed a class the institution ran (学员结业).", [TrainingRead, TrainingWrite]),
        new("voucher.assigned-to-institution", "A voucher was assigned to the institution (促进就业券选定机构).", [VouchersRead, VouchersServices]),
        new("voucher.status-changed", "A voucher held by the institution moved in its workflow (促进就业券状态变更).", [VouchersRead, VouchersServices]),
        new("voucher.settlement-changed", "A settlement statement of the institution was submitted, approved or paid (结算单状态变更).", [VouchersRead, VouchersServices]),
        new("subsidy.application-reviewed", "A subsidy application of the institution passed the district review (补贴申请审核通过).", [SubsidyRead, SubsidyWrite]),
        new("subsidy.application-paid", "An approved subsidy of the institution was paid (补贴已拨付).", [SubsidyRead, SubsidyWrite]),
        new("subsidy.application-recovered", "A paid subsidy of the institution was recovered (补贴追回).", [SubsidyRead, SubsidyWrite]),
    ];

    private static readonly Dictionary<string, WebhookEventTypeResponse> ByType = Types.ToDictionary(t => t.Type, StringComparer.Ordinal);

    public static WebhookEventTypeResponse? Find(string type) => ByType.GetValueOrDefault(type);

    /// <summary>True when a client with <paramref name="scopes"/> may receive <paramref name="type"/>.</summary>
    public static bool IsEntitled(string type, IEnumerable<string> scopes) =>
        Find(type) is { } t && scopes.Any(s => t.Scopes.Contains(s, StringComparer.Ordinal));

    public static IEnumerable<WebhookEvent> Map(InstitutionRecognised e) =>
        [new(e.Id, "registry.institution-recognised", e.OccurredAt, e.Version, new { e.InstitutionId, e.Name, e.CreditCode, e.StreetCode }, [e.InstitutionId])];

    public static IEnumerable<WebhookEvent> Map(InstitutionStatusChanged e) =>
        [new(e.Id, "registry.institution-status-changed", e.OccurredAt, e.Version, new { e.InstitutionId, e.FromStatus, e.ToStatus, e.Reason }, [e.InstitutionId])];

    public static IEnumerable<WebhookEvent> Map(EmployeeFilingApproved e) =>
        [new(e.Id, "registry.employee-filing-approved", e.OccurredAt, e.Version, new { e.InstitutionId, e.FilingId, e.ValidFrom, e.ValidUntil }, [e.InstitutionId])];

    public static IEnumerable<WebhookEvent> Map(EmployeeFilingExpired e) =>
        [new(e.Id, "registry.employee-filing-expired", e.OccurredAt, e.Version, new { e.InstitutionId, e.FilingId }, [e.InstitutionId])];

    public static IEnumerable<WebhookEvent> Map(WorkerRegistered e) => e.InstitutionId is { } institution
        ? [new(e.Id, "registry.worker-registered", e.OccurredAt, e.Version, new { e.WorkerId, InstitutionId = institution }, [institution])]
        : [];

    /// <summary>A bulk registration becomes one webhook event per worker; each id is derived from the batch event and the worker, so it is stable.</summary>
    public static IEnumerable<WebhookEvent> Map(WorkersRegistered e) => e.Workers
        .Where(w => w.InstitutionId is not null)
        .Select(w => new WebhookEvent(DerivedId(e.Id, w.WorkerId), "registry.worker-registered", e.OccurredAt, e.Version,
            new { w.WorkerId, InstitutionId = w.InstitutionId!.Value }, [w.InstitutionId!.Value]));

    public static IEnumerable<WebhookEvent> Map(WorkerMoved e)
    {
        Guid[] institutions = new[] { e.FromInstitutionId, e.ToInstitutionId }.OfType<Guid>().Distinct().ToArray();
        return institutions.Length == 0
            ? []
            : [new(e.Id, "registry.worker-moved", e.OccurredAt, e.Version, new { e.WorkerId, e.FromInstitutionId, e.ToInstitutionId }, institutions)];
    }

    public static IEnumerable<WebhookEvent> Map(TraineeCompleted e) =>
    [
        new(e.Id, "training.trainee-completed", e.OccurredAt, e.Version, new
        {
            e.EnrollmentId, e.ClassId, e.ClassName, e.ProgrammeId, e.ProgrammeName, e.Category, e.RegistryWorkerId,
            InstitutionId = e.ProviderInstitutionId, e.AttendedHours, e.StartDate, e.CompletedOn,
        }, [e.ProviderInstitutionId]),
    ];

    public static IEnumerable<WebhookEvent> Map(VoucherStatusChanged e)
    {
        if (e.InstitutionId is not { } institution)
        {
            return [];
        }

        var data = new { e.VoucherId, e.BatchId, InstitutionId = institution, e.FromStatus, e.ToStatus, e.Action };
        var status = new WebhookEvent(e.Id, "voucher.status-changed", e.OccurredAt, e.Version, data, [institution]);
        return e.Action == "SelectInstitution"
            ? [new(DerivedId(e.Id, Guid.Empty), "voucher.assigned-to-institution", e.OccurredAt, e.Version, data, [institution]), status]
            : [status];
    }

    public static IEnumerable<WebhookEvent> Map(VoucherSettlementChanged e) =>
        [new(e.Id, "voucher.settlement-changed", e.OccurredAt, e.Version, new { e.SettlementId, e.BatchId, e.InstitutionId, e.Status, e.VoucherCount, e.Amount }, [e.InstitutionId])];

    public static IEnumerable<WebhookEvent> Map(SubsidyApplicationApproved e) =>
    [
        new(e.Id, "subsidy.application-reviewed", e.OccurredAt, e.Version,
            new { e.ApplicationId, e.ItemCode, e.Year, e.InstitutionId, Decision = "Approved", e.Amount }, [e.InstitutionId]),
    ];

    public static IEnumerable<WebhookEvent> Map(SubsidyApplicationPaid e) =>
    [
        new(e.Id, "subsidy.application-paid", e.OccurredAt, e.Version,
            new { e.ApplicationId, e.ItemCode, e.Year, e.InstitutionId, e.Amount, e.PaidOn, e.BankReference }, [e.InstitutionId]),
    ];

    public static IEnumerable<WebhookEvent> Map(SubsidyApplicationRecovered e) =>
    [
        new(e.Id, "subsidy.application-recovered", e.OccurredAt, e.Version,
            new { e.ApplicationId, e.ItemCode, e.Year, e.InstitutionId, e.Amount, e.Reason }, [e.InstitutionId]),
    ];

    /// <summary>A stable id for the n-th webhook event derived from one integration event.</summary>
    private static Guid DerivedId(Guid eventId, Guid part)
    {
        Span<byte> bytes = stackalloc byte[32];
        SHA256.HashData(Encoding.ASCII.GetBytes($"{eventId:N}:{part:N}"), bytes);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80); // version 8 (custom)
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 9562 variant
        return new Guid(bytes[..16], bigEndian: true);
    }
}
