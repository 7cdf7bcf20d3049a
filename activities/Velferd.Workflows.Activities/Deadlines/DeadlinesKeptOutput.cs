using Velferd.Workflows.Core.Activities;

namespace Velferd.Workflows.Activities.Deadlines;

/// <summary>Output of <see cref="DeadlinesKept"/>.</summary>
public sealed record DeadlinesKeptOutput
{
    /// <summary>True when none of the instance's deadlines passed before it was met.</summary>
    [Output(DisplayName = "Frister overholdt")]
    public bool Kept { get; init; }
}
