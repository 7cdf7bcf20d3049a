using Velferd.Workflows.Core.Outbox;

namespace Velferd.Workflows.Activities.DigitalPost;

/// <summary>The answer to <see cref="SendLetterRequest"/>.</summary>
/// <param name="Status"><see cref="Sent"/> or <see cref="Blocked"/> (or given up).</param>
/// <param name="Channel"><c>Digital</c> or <c>Print</c>, when sent.</param>
/// <param name="ShipmentId">The shipment id, when sent.</param>
/// <param name="Reason">Why it was blocked (<see cref="LetterBlockReason"/>), when it was.</param>
public sealed record SendLetterReply(string Status, string? Channel = null, string? ShipmentId = null, string? Reason = null) : IOutboxReply
{
    /// <summary>Status: sent by digital post or print.</summary>
    public const string Sent = "sent";

    /// <summary>Status: not sent; a person must handle it.</summary>
    public const string Blocked = "blocked";
}
