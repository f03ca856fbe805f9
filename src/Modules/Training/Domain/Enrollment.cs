namespace Jiafu.Training.Domain;

/// <summary>A trainee's seat in a class (报名): attendance, completion, and the assessment (鉴定) result.</summary>
public sealed class Enrollment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ClassId { get; set; }

    public Guid TraineeId { get; set; }

    /// <summary>The class dates, copied so that overlapping seats of one person are found by index.</summary>
    public DateOnly StartDate { get; set; }

    public DateOnly EndDate { get; set; }

    public EnrollmentStatus Status { get; set; } = EnrollmentStatus.Enrolled;

    public DateTimeOffset EnrolledAt { get; set; }

    public DateTimeOffset? WithdrawnAt { get; set; }

    public string? WithdrawnReason { get; set; }

    /// <summary>Sum of the attendance records' hours (one decimal).</summary>
    public decimal AttendedHours { get; set; }

    public DateOnly? CompletedOn { get; set; }

    public AssessmentResult? AssessmentResult { get; set; }

    /// <summary>Skill level code from <c>Training:SkillLevels</c>.</summary>
    public string? SkillLevel { get; set; }

    /// <summary>The number printed on the vocational skill certificate (证书编号).</summary>
    public string? CertificateNumber { get; set; }

    public DateOnly? AssessedOn { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public bool IsActive => Status != EnrollmentStatus.Withdrawn;
}

public enum EnrollmentStatus
{
    /// <summary>在册</summary>
    Enrolled,

    /// <summary>已退出</summary>
    Withdrawn,

    /// <summary>已结业 (attended hours reached the requirement when the class completed)</summary>
    Completed,

    /// <summary>未结业 (short of the requirement when the class completed)</summary>
    NotCompleted,
}

public enum AssessmentResult
{
    Passed,
    Failed,
}

/// <summary>One session's attendance (考勤) of one trainee: the date and hours attended.</summary>
public sealed class AttendanceRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid EnrollmentId { get; set; }

    public Guid ClassId { get; set; }

    public DateOnly SessionDate { get; set; }

    public decimal Hours { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public string? RecordedBy { get; set; }
}
