namespace Velferd.Workflows.Activities.Krr;

/// <summary>What KRR says about reaching a person digitally (DOMAIN.md R-70). No contact details are kept.</summary>
/// <param name="Status">The person's status in KRR.</param>
/// <param name="IsReserved">True when the person has reserved against digital communication.</param>
/// <param name="HasDigitalMailbox">True when the person has a digital mailbox (DPI) with a certificate.</param>
public sealed record KrrContact(KrrStatus Status, bool IsReserved, bool HasDigitalMailbox)
{
    /// <summary>True when a letter may go to the digital mailbox: active, not reserved, with a mailbox.</summary>
    public bool CanReceiveDigitalPost => Status == KrrStatus.Active && !IsReserved && HasDigitalMailbox;
}
