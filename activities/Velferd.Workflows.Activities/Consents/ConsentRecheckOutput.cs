using Velferd.Workflows.Core.Activities;

namespace Velferd.Workflows.Activities.Consents;

/// <summary>Output of <see cref="ConsentRecheck"/>.</summary>
public sealed record ConsentRecheckOutput
{
    /// <summary>The status before the change, as given.</summary>
    [Output(DisplayName = "Status før")]
    public string? StatusBefore { get; init; }

    /// <summary>The status now: GYLDIG, DELVIS, MANGLER, UTLØPT or TRUKKET.</summary>
    [Output(DisplayName = "Status")]
    public string? Status { get; init; }

    /// <summary>True when the status is weaker than before.</summary>
    [Output(DisplayName = "Svekket")]
    public bool Weakened { get; init; }

    /// <summary>Why it is not GYLDIG, one reason a line; no names or numbers.</summary>
    [Output(DisplayName = "Mangler")]
    public IReadOnlyList<string> Missing { get; init; } = [];
}
