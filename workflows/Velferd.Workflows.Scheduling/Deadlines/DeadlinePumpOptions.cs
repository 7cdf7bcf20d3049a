using System.ComponentModel.DataAnnotations;

namespace Velferd.Workflows.Scheduling.Deadlines;

/// <summary>How the deadline pump claims and fires due deadlines.</summary>
public sealed class DeadlinePumpOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Workflows:Deadlines";

    /// <summary>Most deadline steps claimed (and committed) at once.</summary>
    [Range(1, 5000)]
    public int BatchSize { get; set; } = 500;

    /// <summary>How long a claim holds; a node that dies mid-pump leaves its claims to expire after this.</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromSeconds(30);
}
