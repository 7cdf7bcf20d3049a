using System.ComponentModel.DataAnnotations;

namespace Velferd.Workflows.Activities.AgeMilestones;

/// <summary>How far ahead and in what pages the age-milestone scan looks (its schedule is in <c>Workflows:Housekeeping</c>).</summary>
public sealed class AgeMilestoneScanOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Workflows:Housekeeping:AgeMilestoneScan";

    /// <summary>
    /// Milestones due within this window are checked against Folkeregisteret. Longer catches a correction that moves a
    /// milestone earlier by more than the window sooner; shorter asks Folkeregisteret less.
    /// </summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00")]
    public TimeSpan LookAhead { get; set; } = TimeSpan.FromDays(60);

    /// <summary>Milestones read at once; the scan never loads more than one page.</summary>
    [Range(1, 5000)]
    public int PageSize { get; set; } = 200;
}
