using Jiafu.Shared.Http;
using Jiafu.Shared.Paging;
using Jiafu.Shared.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Jiafu.Identity.Features.Users;

internal static class UserEndpoints
{
    private const string AdminOnly = " Role Admin (系统管理员).";

    public static RouteGroupBuilder MapUserEndpoints(this RouteGroupBuilder group)
    {
        group.RequireAuthorization(Policies.ManageUsers)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("", async Task<Ok<PagedResult<UserResponse>>> ([AsParameters] ListUsers query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListUsers").WithSummary("List users (用户列表)")
            .WithDescription("Search by user name or display name; filter by role, disabled state and street." + AdminOnly)
            .ProducesValidationProblem();

        group.MapPost("", async Task<Created<UserResponse>> (CreateUser command, IMediator mediator, HttpResponse response, CancellationToken ct) =>
            {
                var user = await mediator.Send(command, ct);
                response.SetETag(user.Version);
                return TypedResults.Created($"/api/v1/identity/users/{user.Id}", user);
            })
            .WithName("CreateUser").WithSummary("Create a user (新建用户)")
            .WithDescription("A street officer (街镇业务人员) needs `streetCode`; an institution operator (机构经办人) needs "
                + "`institutionId`. A taken user name is a 409." + AdminOnly)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/{id:guid}", async Task<Ok<UserResponse>> (Guid id, IMediator mediator, HttpResponse response, CancellationToken ct) =>
            {
                var user = await mediator.Send(new GetUser(id), ct);
                response.SetETag(user.Version);
                return TypedResults.Ok(user);
            })
            .WithName("GetUser").WithSummary("Get a user (用户详情)")
            .WithDescription("The `ETag` header carries the version to send back in `If-Match` when updating." + AdminOnly)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{id:guid}", async Task<Ok<UserResponse>> (Guid id, UpdateUserRequest body, HttpRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var version = ETags.RequireIfMatch(request);
                var user = await mediator.Send(new UpdateUser(id, version, body.DisplayName, body.Roles, body.StreetCode, body.InstitutionId), ct);
                request.HttpContext.Response.SetETag(user.Version);
                return TypedResults.Ok(user);
            })
            .WithName("UpdateUser").WithSummary("Update a user (编辑用户)")
            .WithDescription("Requires `If-Match` with the user's ETag: 428 without it, 412 when someone else changed the user first." + AdminOnly)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        group.MapPost("/{id:guid}/disable", async Task<NoContent> (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DisableUser(id), ct);
                return TypedResults.NoContent();
            })
            .WithName("DisableUser").WithSummary("Disable a user (停用用户)")
            .WithDescription("Sign-in is refused, the user's refresh tokens are revoked and the access tokens already issued are refused (401). You cannot disable yourself." + AdminOnly)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/{id:guid}/enable", async Task<NoContent> (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new EnableUser(id), ct);
                return TypedResults.NoContent();
            })
            .WithName("EnableUser").WithSummary("Enable a user (启用用户)")
            .WithDescription("Lets a disabled user sign in again." + AdminOnly)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/reset-password", async Task<NoContent> (Guid id, ResetPasswordRequest body, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new ResetPassword(id, body.NewPassword), ct);
                return TypedResults.NoContent();
            })
            .WithName("ResetUserPassword").WithSummary("Reset a user's password (重置密码)")
            .WithDescription("Sets a new password, clears the lockout and revokes the user's refresh tokens." + AdminOnly)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    /// <summary><c>GET /api/v1/identity/inspectors</c>: the inspector directory, for those who organise inspections.</summary>
    public static RouteGroupBuilder MapInspectorEndpoints(this RouteGroupBuilder group)
    {
        group.RequireAuthorization(Policies.ReadInspectorDirectory)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("", async Task<Ok<IReadOnlyList<InspectorResponse>>> (string? search, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListInspectors(search), ct)))
            .WithName("ListInspectors").WithSummary("List inspectors (检查人员名录)")
            .WithDescription("Enabled accounts in the Inspector role (检查人员), ordered by display name, with the street and institution "
                + "they are tied to (used for recusal, 回避), to choose a draw plan's inspector pool (双随机抽查) or a task's inspectors. "
                + "Roles Admin (系统管理员) and DistrictOfficer (区级业务人员).")
            .ProducesValidationProblem();
        return group;
    }
}
