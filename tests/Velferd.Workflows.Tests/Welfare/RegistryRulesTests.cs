using Velferd.Workflows.Testing.Welfare;
using Velferd.Workflows.Welfare;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Persons;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Tests.Welfare;

public sealed class RegistryRulesTests
{
    private static readonly DateTimeOffset Now = WelfareCaseBuilder.DefaultNow;

    [Fact]
    public void Apply_R40_FolkeregisteretsBirthDateReplacesTheEnteredOne()
    {
        var entered = WelfareCaseBuilder.Open().With(c => c with { Child = c.Child with { BirthDate = new DateOnly(2010, 1, 1), BirthDateFromRegistry = false } }).Build();

        var applied = Assert.IsType<CaseChange<WelfareCase>.Applied>(RegistryRules.Apply(entered, entered.Child.Id,
            new RegistryAnswer.Found(new DateOnly(2014, 5, 10), AddressProtection.StrictlyConfidential, null), Now));

        Assert.Equal((new DateOnly(2014, 5, 10), true, RegistryStatus.Found), (applied.Value.Child.BirthDate, applied.Value.Child.BirthDateFromRegistry, applied.Value.Child.RegistryStatus));
        Assert.Equal(AddressProtection.StrictlyConfidential, applied.Value.Child.AddressProtection);
    }

    [Fact]
    public void Apply_R28_HoldersFromFolkeregisteretBecomeTheGuardiansWithResponsibility()
    {
        var subject = WelfareCaseBuilder.Open().Build();
        var newHolder = IdentityNumbers.Fnr(new DateOnly(1980, 1, 1));

        var applied = Assert.IsType<CaseChange<WelfareCase>.Applied>(RegistryRules.Apply(subject, subject.Child.Id,
            new RegistryAnswer.Found(new DateOnly(2014, 5, 10), AddressProtection.None, [WelfareCaseBuilder.MotherNumber, newHolder]), Now));

        var guardians = applied.Value.Guardians;
        Assert.Equal(3, guardians.Count);
        Assert.True(guardians.Single(g => g.Identity.Number == WelfareCaseBuilder.MotherNumber).HasParentalResponsibility);
        Assert.False(guardians.Single(g => g.Identity.Number == WelfareCaseBuilder.FatherNumber).HasParentalResponsibility);
        Assert.Equal(RegistryStatus.Pending, guardians.Single(g => g.Identity.Number == newHolder).RegistryStatus);
    }

    [Fact]
    public void Apply_R58_UnknownNumberIsKeptAndMarkedIkkeFunnet()
    {
        var subject = WelfareCaseBuilder.Open().Build();

        var applied = Assert.IsType<CaseChange<WelfareCase>.Applied>(RegistryRules.Apply(subject, subject.Child.Id, new RegistryAnswer.NotFound(), Now));

        Assert.Equal(RegistryStatus.NotFound, applied.Value.Child.RegistryStatus);
        Assert.Equal(subject.Child.Identity, applied.Value.Child.Identity);
        var entry = Assert.Single(applied.Events);
        Assert.Equal(CaseEventKinds.RegistryNotFound, entry.Kind);
        Assert.Contains("ikke funnet i Folkeregisteret", entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_R75_BirthDateShowingAge24MarksTheCaseOutsideTheTargetGroup()
    {
        var subject = WelfareCaseBuilder.Open().ChildBornOn(null).Build();

        var applied = Assert.IsType<CaseChange<WelfareCase>.Applied>(RegistryRules.Apply(subject, subject.Child.Id,
            new RegistryAnswer.Found(new DateOnly(1999, 1, 1), AddressProtection.None, []), Now));

        Assert.Contains(applied.Events, e => e.Kind == CaseEventKinds.OutsideTargetGroup);
    }
    // R-60 on an ettervern case that stays open after a move: the note names the event with the rule after its id, and
    // the same event read again must find it, or every replay adds another note.
    [Theory]
    [InlineData(LifeEvents.Moved, true)]
    [InlineData(LifeEvents.Died, false)]
    public void HasHandled_R60_LifeEventNoteWithTheRuleAfterTheId_RecognisesTheSameEventOnly(string eventType, bool inAftercare)
    {
        var subject = WelfareCaseBuilder.Open().Build();
        var noted = Assert.IsType<CaseChange<WelfareCase>.Applied>(RegistryRules.LifeEvent(subject, eventType, "12", inAftercare, Now));
        var timeline = noted.Events.Where(e => e.Kind == CaseEventKinds.RegistryLifeEvent).ToList();

        Assert.True(RegistryRules.HasHandled(timeline, "12"));
        Assert.False(RegistryRules.HasHandled(timeline, "1"));
        Assert.False(RegistryRules.HasHandled(timeline, "123"));
    }

    [Fact]
    public void HasHandled_R29_ParentalResponsibilityNote_RecognisesTheSameEvent()
    {
        var subject = WelfareCaseBuilder.Open().Build();

        var noted = RegistryRules.ParentalResponsibilityChanged(subject, "77", Now);

        Assert.True(RegistryRules.HasHandled(noted.Events, "77"));
        Assert.False(RegistryRules.HasHandled(noted.Events, "7"));
    }
}
