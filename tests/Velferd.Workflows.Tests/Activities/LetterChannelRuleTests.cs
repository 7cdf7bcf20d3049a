using Velferd.Workflows.Activities.DigitalPost;
using Velferd.Workflows.Activities.Folkeregister;
using Velferd.Workflows.Activities.Krr;

namespace Velferd.Workflows.Tests.Activities;

public sealed class LetterChannelRuleTests
{
    [Theory]
    [InlineData(AddressProtection.None, KrrStatus.Active, false, true, true, LetterChannel.Digital, LetterBlockReason.None)]
    [InlineData(AddressProtection.None, KrrStatus.Active, true, false, true, LetterChannel.Print, LetterBlockReason.None)]
    [InlineData(AddressProtection.None, KrrStatus.Active, false, false, true, LetterChannel.Print, LetterBlockReason.None)]
    [InlineData(AddressProtection.None, KrrStatus.Deleted, false, true, true, LetterChannel.Print, LetterBlockReason.None)]
    [InlineData(AddressProtection.None, KrrStatus.Unknown, false, true, true, LetterChannel.Print, LetterBlockReason.None)]
    [InlineData(AddressProtection.Confidential, KrrStatus.NotRegistered, false, false, true, LetterChannel.Print, LetterBlockReason.None)]
    [InlineData(AddressProtection.StrictlyConfidential, KrrStatus.Active, false, true, true, LetterChannel.Digital, LetterBlockReason.None)]
    [InlineData(AddressProtection.StrictlyConfidential, KrrStatus.Active, false, true, false, LetterChannel.Blocked, LetterBlockReason.StrictlyConfidentialAddress)]
    [InlineData(AddressProtection.StrictlyConfidential, KrrStatus.Active, true, false, true, LetterChannel.Blocked, LetterBlockReason.StrictlyConfidentialAddress)]
    [InlineData(AddressProtection.StrictlyConfidential, KrrStatus.NotRegistered, false, false, true, LetterChannel.Blocked, LetterBlockReason.StrictlyConfidentialAddress)]
    public void Choose_PersonAndKrr_FollowsR70AndR63(
        AddressProtection protection, KrrStatus status, bool reserved, bool mailbox, bool allowDigital, LetterChannel channel, LetterBlockReason reason)
    {
        var person = new FolkeregisterPerson(null, protection, IsDeceased: false);

        var chosen = LetterChannelRule.Choose(person, new KrrContact(status, reserved, mailbox), allowDigital);

        Assert.Equal((channel, reason), chosen);
    }

    [Fact]
    public void Choose_UnknownOrDeceasedPerson_Blocks()
    {
        var digital = new KrrContact(KrrStatus.Active, false, true);

        Assert.Equal((LetterChannel.Blocked, LetterBlockReason.PersonNotFound), LetterChannelRule.Choose(null, digital, true));
        Assert.Equal((LetterChannel.Blocked, LetterBlockReason.Deceased), LetterChannelRule.Choose(new FolkeregisterPerson(null, AddressProtection.None, true), digital, true));
    }
}
