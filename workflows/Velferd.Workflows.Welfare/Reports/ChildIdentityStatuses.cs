namespace Velferd.Workflows.Welfare.Reports;

/// <summary>How well a melding's child is identified: a melding is never refused over it.</summary>
public static class ChildIdentityStatuses
{
    /// <summary>A fødselsnummer or D-number with valid check digits.</summary>
    public const string Identified = "IDENTIFISERT";

    /// <summary>An unborn child with a due date.</summary>
    public const string Unborn = "UFØDT";

    /// <summary>A bad or missing identifier: kept, and a task «avklar identitet» is created.</summary>
    public const string Unresolved = "IDENTITET_UAVKLART";
}
