using System.Linq.Expressions;
using Jiafu.Contracts.Registry;
using Jiafu.Inspection.Domain;
using Jiafu.Shared.Errors;
using Jiafu.Shared.Security;

namespace Jiafu.Inspection.Features;

/// <summary>
/// The data scope of records kept against an institution (complaints, field visits, service evaluations): district roles and
/// inspectors everything, street officers their street, institution operators and bound API clients their institutions.
/// Out of scope is 404.
/// </summary>
public static class SupervisionScope
{
    public static IQueryable<Complaint> InScope(this IQueryable<Complaint> query, ICurrentUser user) =>
        query.Where(Filter<Complaint>(user, c => c.StreetCode, c => c.InstitutionId));

    public static IQueryable<FieldVisit> InScope(this IQueryable<FieldVisit> query, ICurrentUser user) =>
        query.Where(Filter<FieldVisit>(user, v => v.StreetCode, v => v.InstitutionId));

    public static IQueryable<ServiceEvaluation> InScope(this IQueryable<ServiceEvaluation> query, ICurrentUser user) =>
        query.Where(Filter<ServiceEvaluation>(user, e => e.StreetCode, e => e.InstitutionId));

    /// <summary>The institution a record is written against, when the caller may act for it; otherwise 404 naming the field.</summary>
    public static async Task<InstitutionSummary> InstitutionInScopeAsync(
        this IRegistryReader registry, ICurrentUser user, Guid institutionId, CancellationToken ct)
    {
        var institution = await registry.FindInstitutionAsync(institutionId, ct);
        if (institution is null || !DataScope.From(user).AllowsInstitution(institution.Id, institution.StreetCode))
        {
            throw new NotFoundException("Institution", institutionId.ToString());
        }

        return institution;
    }

    /// <summary>
    /// The worker a record names, who must be (or have been) employed by the record's institution; 400 on <c>workerId</c>
    /// otherwise. Null when the record names no worker of the register.
    /// </summary>
    public static async Task<WorkerSummary?> WorkerOfInstitutionAsync(
        this IRegistryReader registry, Guid? workerId, Guid institutionId, CancellationToken ct)
    {
        if (workerId is null)
        {
            return null;
        }

        return await registry.FindWorkerOfInstitutionAsync(workerId.Value, institutionId, ct)
            ?? throw new FieldValidationException("workerId",
                "No worker of the register with this id works or worked for the institution. 登记的从业人员中没有该机构的这名人员。");
    }

    private static Expression<Func<T, bool>> Filter<T>(ICurrentUser user, Expression<Func<T, string>> street, Expression<Func<T, Guid>> institution)
    {
        var scope = DataScope.From(user);
        var parameter = street.Parameters[0];
        Expression body = scope.Kind switch
        {
            DataScopeKind.District => Expression.Constant(true),
            DataScopeKind.Street => Expression.Equal(street.Body, Expression.Constant(scope.StreetCode ?? "")),
            _ => Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(Guid)],
                Expression.Constant(InspectionScope.InstitutionIds(scope)), Replace(institution, parameter)),
        };
        return Expression.Lambda<Func<T, bool>>(body, parameter);
    }

    private static Expression Replace<T>(Expression<Func<T, Guid>> lambda, ParameterExpression parameter) =>
        new ParameterReplacer(lambda.Parameters[0], parameter).Visit(lambda.Body);

    private sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
