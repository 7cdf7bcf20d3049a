using Velferd.Workflows.Core.Activities;

namespace Velferd.Workflows.Activities.Consents;

/// <summary>Output of <see cref="ConsentGate"/>.</summary>
public sealed record ConsentGateOutput
{
    /// <summary>GYLDIG, DELVIS, MANGLER, UTLØPT or TRUKKET.</summary>
    [Output(DisplayName = "Status")]
    public string? Status { get; init; }

    /// <summary>Why it is not GYLDIG, one reason a line; no names or numbers.</summary>
    [Output(DisplayName = "Mangler")]
    public IReadOnlyList<string> Missing { get; init; } = [];
}
