using System.Security.Cryptography;
using Jiafu.Identity.Data;
using Jiafu.Identity.Domain;
using Jiafu.Shared;
using Jiafu.Shared.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Jiafu.Identity.Features;

/// <summary>
/// Creates the roles and, on an empty database, the first administrator from <c>Bootstrap:AdminUserName</c>
/// and <c>Bootstrap:AdminPassword</c>. Without a configured password one is generated and printed once to
/// the console (never to the log).
/// </summary>
public sealed class IdentityBootstrap(
    IdentityModuleDbContext db, UserManager<User> users, RoleManager<Role> roles, IOptions<BootstrapOptions> options,
    TimeProvider time, ILogger<IdentityBootstrap> logger) : IBootstrapStep
{
    public int Order => 0;

    public async Task RunAsync(CancellationToken ct)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new Role(role));
            }
        }

        if (await db.Users.AnyAsync(ct))
        {
            return;
        }

        var userName = options.Value.AdminUserName;
        var password = options.Value.AdminPassword;
        var generated = string.IsNullOrEmpty(password);
        if (generated)
        {
            password = "Jf" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)) + "9";
        }

        var admin = new User { UserName = userName, DisplayName = "系统管理员", CreatedAt = time.GetUtcNow() };
        var created = await users.CreateAsync(admin, password!);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException("Bootstrap:AdminPassword does not meet the password rules: "
                + string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(admin, Roles.Admin);
        logger.LogInformation("Created the first administrator account {UserName}", userName);
        if (generated)
        {
            Console.WriteLine();
            Console.WriteLine("==================================================================");
            Console.WriteLine($" First administrator: user name '{userName}', password '{password}'");
            Console.WriteLine(" Shown once. Sign in and change it, or set Bootstrap:AdminPassword.");
            Console.WriteLine("==================================================================");
            Console.WriteLine();
        }
    }
}
