using Velferd.Workflows.Core.Outbox;

namespace Velferd.Workflows.Activities.Krr;

/// <summary>The answer to <see cref="GetContactRequest"/>.</summary>
/// <param name="Status"><see cref="Found"/> (or given up).</param>
/// <param name="KrrStatus"><c>Active</c>, <c>Deleted</c>, <c>NotRegistered</c> or <c>Unknown</c>.</param>
/// <param name="IsReserved">True when the person has reserved against digital communication.</param>
/// <param name="HasDigitalMailbox">True when the person has a digital mailbox.</param>
/// <param name="CanReceiveDigitalPost">Active, not reserved and with a mailbox.</param>
public sealed record GetContactReply(
    string Status, string? KrrStatus = null, bool IsReserved = false, bool HasDigitalMailbox = false, bool CanReceiveDigitalPost = false) : IOutboxReply
{
    /// <summary>Status: KRR answered.</summary>
    public const string Found = "found";

    /// <summary>The reply for what KRR answered.</summary>
    public static GetContactReply From(KrrContact contact) =>
        new(Found, contact.Status.ToString(), contact.IsReserved, contact.HasDigitalMailbox, contact.CanReceiveDigitalPost);
}
