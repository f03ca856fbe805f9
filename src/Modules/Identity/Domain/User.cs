using Microsoft.AspNetCore.Identity;

namespace Jiafu.Identity.Domain;

/// <summary>A person who signs in to the dashboard, with the data scope their role needs.</summary>
public sealed class User : IdentityUser<Guid>
{
    public User()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    public string DisplayName { get; set; } = "";

    /// <summary>For street officers: the street (街道/镇) code they are scoped to.</summary>
    public string? StreetCode { get; set; }

    /// <summary>For institution operators: the institution they act for.</summary>
    public string? InstitutionId { get; set; }

    public bool IsDisabled { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastSignInAt { get; set; }

    /// <summary>The ETag of the record: Identity's concurrency stamp, renewed on every update.</summary>
    public string Version => ConcurrencyStamp ?? "";
}

public sealed class Role : IdentityRole<Guid>
{
    public Role()
    {
        Id = Guid.CreateVersion7();
    }

    public Role(string name) : this()
    {
        Name = name;
    }
}
