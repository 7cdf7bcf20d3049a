namespace Velferd.Workflows.Activities.SvarUt;

/// <summary>What SvarUt answers for a shipment.</summary>
/// <param name="ShipmentId">SvarUt's forsendelse id.</param>
/// <param name="Channel"><c>Digital</c> or <c>Print</c>: how SvarUt will deliver it.</param>
public sealed record SvarUtReceipt(string ShipmentId, string Channel);
