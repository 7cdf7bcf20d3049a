using Velferd.Workflows.Activities.Folkeregister;
using Velferd.Workflows.Activities.Krr;

namespace Velferd.Workflows.Activities.DigitalPost;

/// <summary>
/// Chooses a letter's channel from KRR and Folkeregisteret, checked just before sending (DOMAIN.md ):
/// digital post when the person is active in KRR, not reserved and has a mailbox; otherwise print; never print to a
/// strictly confidential address (digital post to one is allowed unless configured off); no letters to an unknown
/// or deceased person.
/// </summary>
public static class LetterChannelRule
{
    /// <summary>The channel, and why a letter is blocked.</summary>
    public static (LetterChannel Channel, LetterBlockReason Reason) Choose(
        FolkeregisterPerson? person, KrrContact contact, bool allowDigitalPostToStrictlyConfidential)
    {
        if (person is null)
        {
            return (LetterChannel.Blocked, LetterBlockReason.PersonNotFound);
        }

        if (person.IsDeceased)
        {
            return (LetterChannel.Blocked, LetterBlockReason.Deceased);
        }

        var strictlyConfidential = person.AddressProtection == AddressProtection.StrictlyConfidential;
        if (contact.CanReceiveDigitalPost && (!strictlyConfidential || allowDigitalPostToStrictlyConfidential))
        {
            return (LetterChannel.Digital, LetterBlockReason.None);
        }

        return strictlyConfidential
            ? (LetterChannel.Blocked, LetterBlockReason.StrictlyConfidentialAddress)
            : (LetterChannel.Print, LetterBlockReason.None);
    }
}
