using FluentValidation;
using Jiafu.Shared.Paging;
using Jiafu.Shared.Privacy;
using Jiafu.Shared.Security;
using Jiafu.Shared.Validation;
using Jiafu.Training.Data;
using Jiafu.Training.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jiafu.Training.Features.Trainees;

/// <summary>List trainees (学员库) inside the caller's scope, with how many classes they took and completed.</summary>
public sealed record ListTrainees : PageRequest, IQuery<PagedResult<TraineeListItem>>
{
    public string? StreetCode { get; init; }

    /// <summary>Trainee category code.</summary>
    public string? Category { get; init; }

    /// <summary>Part of the name, or a full resident ID number (matched by its keyed hash).</summary>
    public string? Search { get; init; }
}

/// <param name="Enrollments">Classes taken (not withdrawn).</param>
/// <param name="Completions">Classes completed (结业).</param>
/// <param name="Certificates">Valid certificates held.</param>
public sealed record TraineeListItem(
    Guid Id, string Name, string IdNumberMasked, string Category, string StreetCode, Guid? RegistryWorkerId,
    int Enrollments, int Completions, int Certificates, DateTimeOffset CreatedAt);

public sealed class ListTraineesValidator : AbstractValidator<ListTrainees>
{
    internal static readonly SortMap<Trainee> Sorts = new SortMap<Trainee>("name")
        .Add("name", t => t.Name)
        .Add("createdAt", t => t.CreatedAt);

    public ListTraineesValidator()
    {
        this.AddPagingRules(Sorts);
        RuleFor(x => x.StreetCode).MaximumLength(12);
        RuleFor(x => x.Category).MaximumLength(50);
        RuleFor(x => x.Search).MaximumLength(50);
    }
}

public sealed class ListTraineesHandler(TrainingDbContext db, ICurrentUser current, IPersonalDataProtector protector)
    : IQueryHandler<ListTrainees, PagedResult<TraineeListItem>>
{
    public async ValueTask<PagedResult<TraineeListItem>> Handle(ListTrainees q, CancellationToken ct)
    {
        var query = db.Set<Trainee>().AsNoTracking().InScope(DataScope.From(current), db);
        if (!string.IsNullOrWhiteSpace(q.StreetCode)) query = query.Where(t => t.StreetCode == q.StreetCode.Trim());
        if (!string.IsNullOrWhiteSpace(q.Category)) query = query.Where(t => t.Category == q.Category.Trim());
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var term = q.Search.Trim();
            if (ResidentIdNumber.TryParse(term, out var id))
            {
                var hash = protector.LookupHash(id.Normalized);
                query = query.Where(t => t.IdNumberHash == hash);
            }
            else
            {
                query = query.Where(t => t.Name.Contains(term));
            }
        }

        var page = await ((IOrderedQueryable<Trainee>)query.SortBy(q.Sort, ListTraineesValidator.Sorts)).ThenBy(t => t.Id)
            .Select(t => new TraineeListItem(
                t.Id, t.Name, t.IdNumberMasked, t.Category, t.StreetCode, t.RegistryWorkerId,
                db.Set<Enrollment>().Count(e => e.TraineeId == t.Id && e.Status != EnrollmentStatus.Withdrawn),
                db.Set<Enrollment>().Count(e => e.TraineeId == t.Id && e.Status == EnrollmentStatus.Completed),
                db.Set<Certificate>().Count(c => c.TraineeId == t.Id && c.Status == CertificateStatus.Valid),
                t.CreatedAt))
            .ToPageAsync(q, ct);
        return page;
    }
}
