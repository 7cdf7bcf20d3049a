using Velferd.Workflows.Core.Outbox;

namespace Velferd.Workflows.Activities.SvarUt;

/// <summary>The answer to a <see cref="SvarUtShipment"/>.</summary>
/// <param name="Status"><see cref="Sent"/> (or given up).</param>
/// <param name="ShipmentId">SvarUt's id of the shipment.</param>
/// <param name="Channel">How SvarUt delivers it.</param>
public sealed record SvarUtShipmentReply(string Status, string? ShipmentId = null, string? Channel = null) : IOutboxReply
{
    /// <summary>Status: SvarUt accepted the shipment.</summary>
    public const string Sent = "sent";
}
