namespace Jiafu.Registry.Domain;

/// <summary>
/// An employee-based enterprise filing (员工制家政企业备案): the institution declares the criteria, the
/// district reviews, and a filing is valid for a configured period, then re-checked.
/// </summary>
public sealed class EmployeeFiling
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid InstitutionId { get; set; }

    /// <summary>Labour contracts or service agreements with every worker (签订劳动合同或服务协议).</summary>
    public bool AllWorkersContracted { get; set; }

    /// <summary>Social insurance paid for the staff (缴纳社会保险).</summary>
    public bool SocialInsurancePaid { get; set; }

    /// <summary>Unified dispatch of the workers (统一派遣).</summary>
    public bool UnifiedDispatch { get; set; }

    /// <summary>Wages at least the minimum wage, paid through a bank (工资不低于最低工资标准并通过银行发放).</summary>
    public bool MinimumWagePaidThroughBank { get; set; }

    /// <summary>Ongoing training (持续开展培训).</summary>
    public bool OngoingTraining { get; set; }

    /// <summary>Written management rules (书面管理制度).</summary>
    public bool WrittenManagementRules { get; set; }

    public int StaffCount { get; set; }

    public FilingStatus Status { get; set; } = FilingStatus.Submitted;

    public DateTimeOffset SubmittedAt { get; set; }

    public string? SubmittedBy { get; set; }

    public DateTimeOffset? ReviewedAt { get; set; }

    public string? ReviewedBy { get; set; }

    public string? ReviewNote { get; set; }

    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidUntil { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();
}

public enum FilingStatus
{
    /// <summary>已提交.</summary>
    Submitted,

    /// <summary>已备案.</summary>
    Filed,

    /// <summary>未通过.</summary>
    Rejected,

    /// <summary>已到期.</summary>
    Expired,
}
