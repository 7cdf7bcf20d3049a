namespace Velferd.Workflows.Activities.SvarUt;

/// <summary>How we send through SvarUt; the endpoint itself is <c>Services:SvarUt</c>.</summary>
public sealed class SvarUtOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "SvarUt";

    /// <summary>The municipality's SvarUt sender account (forsendelsesservice), sent with every shipment.</summary>
    public string SenderAccount { get; set; } = "velferd";

    /// <summary>The sender name shown on printed letters.</summary>
    public string SenderName { get; set; } = "Kommunen";
}
