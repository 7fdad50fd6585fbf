using Microsoft.AspNetCore.Identity;

namespace GreenBuild.Platform.Accounts;

/// <summary>A person who signs in: an official, an applicant's staff member, an expert or an inspector.</summary>
public sealed class GreenBuildUser : IdentityUser
{
    public GreenBuildUser()
    {
        Id = Guid.CreateVersion7().ToString();
        SecurityStamp = Guid.NewGuid().ToString();
    }

    public string DisplayName { get; set; } = "";

    /// <summary>The organization the user works for (省厅, a city's 住建局, an enterprise, an institute…).</summary>
    public Guid? OrganizationId { get; set; }

    /// <summary>GB/T 2260 code of the user's city, for city roles (a prefecture code such as 140100).</summary>
    public string? CityCode { get; set; }

    /// <summary>A disabled account cannot sign in and its sessions end at the next validation.</summary>
    public bool IsDisabled { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}

/// <summary>One of the platform's roles (see <see cref="Roles"/>).</summary>
public sealed class GreenBuildRole : IdentityRole
{
    public GreenBuildRole()
    {
        Id = Guid.CreateVersion7().ToString();
    }

    public GreenBuildRole(string name) : this()
    {
        Name = name;
        NormalizedName = name.ToUpperInvariant();
    }
}
