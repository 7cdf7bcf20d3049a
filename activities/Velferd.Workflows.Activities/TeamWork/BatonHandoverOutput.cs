using Velferd.Workflows.Core.Activities;

namespace Velferd.Workflows.Activities.TeamWork;

/// <summary>Output of <see cref="BatonHandedOver"/>.</summary>
public sealed record BatonHandoverOutput
{
    /// <summary>The new stafettholder (user name).</summary>
    [Output(DisplayName = "Ny stafettholder")]
    public string? Holder { get; init; }
}
