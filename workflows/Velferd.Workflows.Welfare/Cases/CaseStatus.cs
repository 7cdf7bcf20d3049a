namespace Velferd.Workflows.Welfare.Cases;

/// <summary>Whether work goes on.</summary>
public enum CaseStatus
{
    /// <summary>Åpen.</summary>
    Open,

    /// <summary>Avsluttet, with an end code.</summary>
    Closed,
}
