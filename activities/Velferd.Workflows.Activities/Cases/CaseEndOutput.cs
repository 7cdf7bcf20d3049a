using Velferd.Workflows.Core.Activities;

namespace Velferd.Workflows.Activities.Cases;

/// <summary>Output of <see cref="CloseCase"/> and <see cref="CaseClosedWait"/>.</summary>
public sealed record CaseEndOutput
{
    /// <summary>The end code the case closed with (DOMAIN.md §6).</summary>
    [Output(DisplayName = "Sluttkode")]
    public string? EndCode { get; init; }
}
