using System.ComponentModel.DataAnnotations;

namespace Velferd.Workflows.Host.Auth;

/// <summary>A seeded demo user.</summary>
public sealed class DemoUser
{
    /// <summary>User name.</summary>
    [Required]
    public string UserName { get; set; } = "";

    /// <summary>Password (demo only).</summary>
    [Required]
    public string Password { get; set; } = "";

    /// <summary>Display name.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>Roles (see <see cref="Roles"/>).</summary>
    public List<string> Roles { get; set; } = [];

    /// <summary>Teams the user belongs to.</summary>
    public List<string> Teams { get; set; } = [];

    /// <summary>The services the user works for (<c>helse</c>, <c>ppt</c>, <c>skole</c>, <c>barnevern</c>, <c>nav</c>, <c>ke</c>, …).</summary>
    public List<string> Services { get; set; } = [];
}
