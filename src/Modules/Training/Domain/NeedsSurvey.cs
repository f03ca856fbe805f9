namespace Jiafu.Training.Domain;

/// <summary>
/// A training-needs survey record (培训需求调查): who was asked in which street, how many are willing to train, in
/// which categories (plan §(四): 加强对居民家庭需求、劳动力供求和培训意愿等情况的调查研究).
/// </summary>
public sealed class NeedsSurvey
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string StreetCode { get; set; }

    public DateOnly SurveyedOn { get; set; }

    public SurveyRespondentType RespondentType { get; set; }

    public int RespondentCount { get; set; }

    /// <summary>Respondents willing to take part in training (培训意愿).</summary>
    public int WillingCount { get; set; }

    /// <summary>Programme category codes asked for.</summary>
    public List<string> Categories { get; set; } = [];

    public string? Notes { get; set; }

    public string? CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

public enum SurveyRespondentType
{
    /// <summary>居民家庭 (demand side)</summary>
    Household,

    /// <summary>求职者/劳动力 (supply side)</summary>
    Jobseeker,

    /// <summary>从业人员</summary>
    Worker,

    /// <summary>家庭服务机构</summary>
    Institution,
}
