using System.Security.Cryptography;
using Jiafu.Identity.Data;
using Jiafu.Identity.Domain;
using Jiafu.Shared;
using Jiafu.Shared.District;
using Jiafu.Shared.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Jiafu.Identity.Features;

/// <summary>
/// With <c>Bootstrap:SeedDemoData=true</c> and only the administrator present, adds one demo account per role
/// (a district officer, two street officers, four inspectors, an auditor). Their shared password is generated and
/// printed once to the console.
/// </summary>
public sealed class IdentityDemoData(
    IdentityModuleDbContext db, UserManager<User> users, IOptions<BootstrapOptions> options, IOptions<DistrictOptions> district,
    TimeProvider time, ILogger<IdentityDemoData> logger) : IBootstrapStep
{
    public int Order => 100;

    public async Task RunAsync(CancellationToken ct)
    {
        if (!options.Value.SeedDemoData || await db.Users.CountAsync(ct) > 1)
        {
            return;
        }

        var streets = district.Value.EffectiveStreets;
        var password = "Demo" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)) + "7";
        (string UserName, string DisplayName, string Role, string? Street)[] accounts =
        [
            ("district.li", "李明（区就业服务中心）", Roles.DistrictOfficer, null),
            ("street.wang", $"王芳（{streets[0].Name}）", Roles.StreetOfficer, streets[0].Code),
            ("street.zhao", $"赵磊（{streets[1].Name}）", Roles.StreetOfficer, streets[1].Code),
            // Four inspectors, so a spot-check plan can draw two per object (双随机) with recusal; two belong to a street.
            ("inspector.liu", "刘洋（监督检查）", Roles.Inspector, streets[0].Code),
            ("inspector.sun", "孙立军（监督检查）", Roles.Inspector, streets[1].Code),
            ("inspector.gao", "高晓梅（监督检查）", Roles.Inspector, null),
            ("inspector.guo", "郭志刚（监督检查）", Roles.Inspector, null),
            ("auditor.chen", "陈静（审计）", Roles.Auditor, null),
        ];
        foreach (var (userName, displayName, role, street) in accounts)
        {
            var user = new User { UserName = userName, DisplayName = displayName, StreetCode = street, CreatedAt = time.GetUtcNow() };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"Demo user {userName}: " + string.Join(" ", created.Errors.Select(e => e.Description)));
            }

            await users.AddToRoleAsync(user, role);
        }

        logger.LogInformation("Seeded {Count} demo accounts", accounts.Length);
        Console.WriteLine($" Demo accounts {string.Join(", ", accounts.Select(a => a.UserName))}: password '{password}' (shown once).");
    }
}
