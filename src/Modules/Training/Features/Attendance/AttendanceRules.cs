using Jiafu.Shared.Errors;
using Jiafu.Training.Domain;

namespace Jiafu.Training.Features.Attendance;

public static class AttendanceRules
{
    /// <summary>Attendance is recorded while the class runs, for a date within its dates.</summary>
    public static void EnsureRecordable(TrainingClass cls, DateOnly date, string field)
    {
        if (cls.Status != ClassStatus.InProgress)
        {
            throw new ConflictException($"Attendance is recorded while the class is in progress; it is {cls.Status}. 培训班未在培训中，不能记录考勤。",
                "class_not_in_progress");
        }

        if (date < cls.StartDate || date > cls.EndDate)
        {
            throw new FieldValidationException(field, $"The session date must be between {cls.StartDate:yyyy-MM-dd} and {cls.EndDate:yyyy-MM-dd}. 上课日期不在培训期间内。");
        }
    }
}
