using Jiafu.Identity.Domain;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace Jiafu.Identity.Features.Users;

/// <summary>One user (用户详情); the response's <c>ETag</c> is what an update sends back in <c>If-Match</c>.</summary>
public sealed record GetUser(Guid Id) : IQuery<UserResponse>;

public sealed class GetUserHandler(UserManager<User> users, TimeProvider time) : IQueryHandler<GetUser, UserResponse>
{
    public async ValueTask<UserResponse> Handle(GetUser query, CancellationToken ct)
    {
        var user = await users.FindOrThrowAsync(query.Id);
        var roles = (await users.GetRolesAsync(user)).Order().ToArray();
        return UserResponse.From(user, roles, time.GetUtcNow());
    }
}
